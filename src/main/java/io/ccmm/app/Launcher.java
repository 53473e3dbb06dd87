package io.ccmm.app;

import io.ccmm.cli.Cli;

/**
 * Plain main, kept out of the {@code Application} subclass: headless commands run without starting the JavaFX toolkit,
 * and a classpath jar can still launch the window.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        CcmmApplication.launchWindow(args);
    }
}
