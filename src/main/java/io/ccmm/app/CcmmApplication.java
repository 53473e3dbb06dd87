package io.ccmm.app;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: fonts, theme, main window. {@code main} lives in {@link Launcher}. */
public final class CcmmApplication extends Application {

    private MainWindow window;

    static void launchWindow(String[] args) {
        Application.launch(CcmmApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        try {
            startWindow(stage);
        } catch (RuntimeException e) {
            // Never a silent death at start: say what happened, in the user's language, then end.
            e.printStackTrace();
            Language language = Language.forLocale(Locale.getDefault());
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR,
                    io.ccmm.ui.common.Messages.of(language).get("app.error.start", String.valueOf(e.getMessage())));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
        }
    }

    private void startWindow(Stage stage) {
        SettingsStore store = SettingsStore.forUser();
        Settings settings = store.load();
        Language language = Language.fromCode(settings.language()).orElse(Language.forLocale(Locale.getDefault()));
        MainWindow window = prepare(stage, language, store, getHostServices()::showDocument);
        Optional<FileRoundSession> first =
                firstSession(window, getParameters().getRaw(), settings, MainWindow.documentsFolder());
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

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /**
     * What opens first: a {@code .ccmm} given on the command line (double-click), else the last file, else the default
     * file in {@code documents} if the user made one earlier, else the sample. No file is created here: on the very
     * first start the sample sits behind the first-run guide, and the user's own file is made when the user asks for
     * it (guide or wizard), named after the organization.
     */
    static Optional<FileRoundSession> firstSession(
            MainWindow window, List<String> args, Settings settings, Path documents) {
        Optional<Path> given = args.stream()
                .filter(a -> a.toLowerCase(Locale.ROOT).endsWith(".ccmm"))
                .flatMap(a -> pathOf(a).stream())
                .findFirst();
        if (given.isPresent()) {
            Optional<FileRoundSession> s = window.documents().open(given.get());
            if (s.isPresent()) {
                return s;
            }
        }
        Optional<Path> last =
                settings.recentPaths().stream().filter(Files::isRegularFile).findFirst();
        if (given.isEmpty() && last.isPresent()) {
            Optional<FileRoundSession> s = window.documents().open(last.get());
            if (s.isPresent()) {
                return s;
            }
        }
        return window.documents().openDefaultIfPresent(documents).or(() -> window.documents()
                .openSample());
    }

    /** The path, or nothing where this session's file system cannot spell it (e.g. a Chinese name in the C locale). */
    private static Optional<Path> pathOf(String name) {
        try {
            return Optional.of(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static MainWindow prepare(
            Stage stage, Language language, SettingsStore store, Consumer<String> showDocument) {
        BundledFonts.load();
        store.load().themeValue().apply();
        return new MainWindow(stage, language, store, showDocument);
    }

    /** Opens the real main window on {@code stage} with {@code session}; also the entry of the UI tests. */
    public static MainWindow open(Stage stage, FileRoundSession session, Language language) {
        MainWindow window = prepare(stage, language, SettingsStore.forUser(), uri -> {});
        window.show(session);
        return window;
    }
}
