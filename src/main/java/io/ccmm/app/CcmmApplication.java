package io.ccmm.app;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.AppIcons;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.AppContext;
import io.ccmm.ui.main.Documents;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.main.StartReading;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: fonts, theme, main window. {@code main} lives in {@link Launcher}. */
public final class CcmmApplication extends Application {

    /** The settings and first file, read while the toolkit starts; absent when the window was not launched by main. */
    private static volatile StartReading reading;

    private MainWindow window;

    static void launchWindow(String[] args) {
        reading = StartReading.begin(SettingsStore.forUser(), List.of(args));
        Application.launch(CcmmApplication.class, args);
    }

    /**
     * Runs once the toolkit is up, before {@link #start}: the bundled fonts are registered and the window's icons
     * decoded on a thread of their own while the FX thread applies the theme. Both are loaded once; a failure here is
     * met again, and reported, where the FX thread loads them itself.
     */
    @Override
    public void init() {
        Thread fonts = new Thread(
                () -> {
                    try {
                        BundledFonts.load();
                        AppIcons.images();
                        io.ccmm.ui.common.StartTimes.mark("fonts and icons loaded");
                    } catch (RuntimeException e) {
                        // the FX thread's own call meets it again and says so
                    }
                },
                "start-fonts");
        fonts.setDaemon(true);
        fonts.start();
    }

    @Override
    public void start(Stage stage) {
        io.ccmm.ui.common.StartTimes.mark("toolkit started");
        AppContext context = null;
        Optional<StartReading> early = Optional.ofNullable(reading);
        reading = null;
        try {
            SettingsStore store = SettingsStore.forUser();
            context = early.isPresent()
                    ? AppContext.start(
                            stage, store, early.get().settings(), getHostServices()::showDocument, Optional.empty())
                    : AppContext.start(stage, store, getHostServices()::showDocument, Optional.empty());
            startWindow(context, early);
        } catch (RuntimeException e) {
            early.ifPresent(StartReading::discard);
            // Never a silent death at start: say what happened, in the user's language, then end.
            e.printStackTrace();
            startFailed(Optional.ofNullable(context), e);
            Platform.exit();
        }
    }

    private void startWindow(AppContext context, Optional<StartReading> early) {
        Settings settings = context.settings();
        MainWindow window = new MainWindow(context);
        Optional<FileRoundSession> first =
                firstSession(window, getParameters().getRaw(), settings, MainWindow.documentsFolder(), early);
        early.ifPresent(StartReading::discard); // a file read ahead that the chain did not take
        if (first.isEmpty()) {
            Platform.exit();
            return;
        }
        window.show(first.get());
        this.window = window;
        if (settings.recentPaths().isEmpty() && getParameters().getRaw().isEmpty()) {
            window.showFirstRunGuide(); // the very first start
        }
        // A logout or kill (SIGTERM) skips stop(): still close the file so the .ccmm alone holds everything.
        Runtime.getRuntime().addShutdownHook(new Thread(window.documents()::close, "close-assessment-file"));
    }

    /**
     * The start failure in a dialog with the app's icon, styles and fonts: in the language of the settings when they
     * were read, else in the system's.
     */
    static void startFailed(Optional<AppContext> context, RuntimeException e) {
        Messages m = startFailureMessages(context);
        DialogService dialogs = context.map(AppContext::dialogs).orElseGet(() -> {
            try {
                BundledFonts.load();
            } catch (RuntimeException fontsToo) {
                e.addSuppressed(fontsToo); // the toolkit's font then; the message still shows
            }
            return new FxDialogService(() -> null, uri -> {}, () -> m);
        });
        dialogs.error(m.get("app.title"), m.get("app.error.start", String.valueOf(e.getMessage())));
    }

    /** The words of a start failure: the settings' language once they were read, else the system's. */
    static Messages startFailureMessages(Optional<AppContext> context) {
        return context.map(AppContext::messages).orElseGet(() -> Messages.of(Language.forLocale(Locale.getDefault())));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /**
     * What opens first: a {@code .ccmm} given on the command line (double-click), else the last file, else the default
     * file in {@code documents} if the user made one earlier, else the sample. A given file that is refused (damaged,
     * not ours, declined while in use) opens nothing in its place: empty, and the start ends after its message. No file
     * is created here: on the very first start the sample sits behind the first-run guide, and the user's own file is
     * made when the user asks for it (guide or wizard), named after the organization.
     */
    static Optional<FileRoundSession> firstSession(
            MainWindow window, List<String> args, Settings settings, Path documents) {
        return firstSession(window, args, settings, documents, Optional.empty());
    }

    /** The same, taking the given or last file from {@code early} when it read that file ahead. */
    static Optional<FileRoundSession> firstSession(
            MainWindow window, List<String> args, Settings settings, Path documents, Optional<StartReading> early) {
        Documents files = window.documents();
        java.util.function.Function<Path, Optional<FileRoundSession>> open =
                path -> early.map(e -> files.open(path, e)).orElseGet(() -> files.open(path));
        // The given file, else the last one: the same pick as the reading ahead's, so that the file it read is the one
        // taken here. A refused double-click opens nothing else: its message was the answer, and the start ends.
        Optional<FileRoundSession> first =
                StartReading.firstPath(args, settings).flatMap(open);
        if (first.isPresent() || StartReading.givenPath(args).isPresent()) {
            return first;
        }
        return files.openDefaultIfPresent(documents).or(files::openSample);
    }

    /** Opens the real main window on {@code stage} with {@code session}; also the entry of the UI tests. */
    public static MainWindow open(Stage stage, FileRoundSession session, Language language) {
        MainWindow window =
                new MainWindow(AppContext.start(stage, SettingsStore.forUser(), uri -> {}, Optional.of(language)));
        window.show(session);
        return window;
    }
}
