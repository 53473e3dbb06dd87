package io.ccmm.ui.common;

import java.util.concurrent.TimeUnit;

/**
 * Milestones of the way to the first window, printed to the error stream when the app is started with {@code
 * -Dccmm.startTimes=true} (BENCHMARKS.md, "Window start"): milliseconds since the launcher's {@code main}, and the
 * thread that reached the milestone. Silent and nearly free otherwise.
 */
public final class StartTimes {

    private static final boolean ON = Boolean.getBoolean("ccmm.startTimes");

    private static volatile long origin = System.nanoTime();

    private StartTimes() {}

    /** Counts from now on (the launcher's {@code main}). */
    public static void begin() {
        origin = System.nanoTime();
    }

    public static void mark(String milestone) {
        if (ON) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin);
            System.err.println("start " + ms + " ms " + milestone + " ["
                    + Thread.currentThread().getName() + "]");
        }
    }
}
