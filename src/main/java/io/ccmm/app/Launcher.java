package io.ccmm.app;

import io.ccmm.cli.Cli;

/**
 * Plain main, kept out of the {@code Application} subclass: headless commands run without starting the JavaFX toolkit,
 * and a classpath jar can still launch the window.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        // Report charts are drawn with Java2D into images and never need a display; a stale DISPLAY would fail them.
        System.setProperty("java.awt.headless", "true");
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        CcmmApplication.launchWindow(args);
    }
}
