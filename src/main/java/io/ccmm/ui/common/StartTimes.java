package io.ccmm.ui.common;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Milestones of the way to the first window, printed to the error stream when the app is started with {@code
 * -Dccmm.startTimes=true} (BENCHMARKS.md, "Window start"): milliseconds since the launcher's {@code main}, the
 * thread that reached the milestone and the CPU time that thread has used so far (which, unlike the wall time, does
 * not grow when other processes share the machine). Silent and nearly free otherwise.
 */
public final class StartTimes {

    private static final boolean ON = Boolean.getBoolean("ccmm.startTimes");

    private static volatile long origin = System.nanoTime();

    private StartTimes() {}

    /** Counts from now on (the launcher's {@code main}). */
    public static void begin() {
        origin = System.nanoTime();
    }

    /** Like {@link #mark(String)}, with the number of nodes (skins' parts included) under {@code root}. */
    public static void markNodes(String milestone, javafx.scene.Parent root) {
        if (ON) {
            mark(milestone + ", " + count(root) + " nodes");
        }
    }

    private static int count(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    public static void mark(String milestone) {
        if (ON) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin);
            long cpu = TimeUnit.NANOSECONDS.toMillis(
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            System.err.println("start " + ms + " ms " + milestone + " ["
                    + Thread.currentThread().getName() + ", CPU " + cpu + " ms]");
        }
    }
}
