package io.ccmm.app;

/** The floor of the start-up benchmarks: a JVM that starts, prints one line and exits, on the same class path. */
public final class TrivialMain {

    private TrivialMain() {}

    public static void main(String[] args) {
        System.out.println("ok");
    }
}
