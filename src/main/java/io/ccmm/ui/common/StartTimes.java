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

    private static final String SCHEDSTAT = "/proc/thread-self/schedstat";

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

    /**
     * The CPU time of the calling thread: on Linux from {@code /proc/thread-self/schedstat}, read through {@code
     * java.io} (whose native code is loaded from the start); the first use of {@link ManagementFactory} would load a
     * native library and hundreds of classes (about 0.1 s) on whichever thread marks first, in the very start being
     * measured. Elsewhere from the thread bean.
     */
    private static long threadCpuNanos() {
        try {
            String stat;
            try (java.io.FileInputStream in = new java.io.FileInputStream(SCHEDSTAT)) {
                stat = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            }
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    public static void mark(String milestone) {
        if (ON) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin);
            long cpu = TimeUnit.NANOSECONDS.toMillis(threadCpuNanos());
            System.err.println("start " + ms + " ms " + milestone + " ["
                    + Thread.currentThread().getName() + ", CPU " + cpu + " ms]");
        }
    }
}
