package io.ccmm.app;

import io.ccmm.cli.Cli;
import io.ccmm.ui.common.StartTimes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Plain main, kept out of the {@code Application} subclass: headless commands run without starting the JavaFX toolkit,
 * and a classpath jar can still launch the window.
 */
public final class Launcher {

    /** What the arguments ask for. */
    enum Start {
        /** No arguments, or files to open (a double-click): the window. */
        WINDOW,
        /** A headless command or {@code --help}/{@code --version}. */
        COMMAND,
        /** Something that is neither (a mistyped command, a missing file): a usage error, and no window. */
        USAGE_ERROR
    }

    private Launcher() {}

    public static void main(String[] args) {
        StartTimes.begin();
        // Report charts are drawn with Java2D into images and never need a display; a stale DISPLAY would fail them.
        System.setProperty("java.awt.headless", "true");
        switch (decide(args)) {
            case COMMAND -> System.exit(Cli.run(args));
            case USAGE_ERROR -> System.exit(
                    Cli.usageError(args, new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
            case WINDOW -> CcmmApplication.launchWindow(args);
        }
    }

    /** Decides without starting anything: a command runs headless, existing files open the window, else usage. */
    static Start decide(String[] args) {
        if (args.length == 0 || Arrays.stream(args).allMatch(Launcher::isAssessmentFile)) {
            return Start.WINDOW; // no command is named *.ccmm: the command tree need not be built for the window
        }
        if (Cli.isCommand(args) || args[0].startsWith("-")) {
            return Start.COMMAND; // picocli reports an unknown option as bad usage
        }
        return Arrays.stream(args).allMatch(Launcher::isExistingFile) ? Start.WINDOW : Start.USAGE_ERROR;
    }

    private static boolean isAssessmentFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".ccmm") && isExistingFile(arg);
    }

    private static boolean isExistingFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
