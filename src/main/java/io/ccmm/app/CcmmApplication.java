package io.ccmm.app;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.RoundSession;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: fonts, theme, main window. {@code main} lives in {@link Launcher}. */
public final class CcmmApplication extends Application {

    static void launchWindow(String[] args) {
        Application.launch(CcmmApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        SettingsStore settings = SettingsStore.forUser();
        Language language =
                Language.fromCode(settings.load().language()).orElse(Language.forLocale(Locale.getDefault()));
        open(stage, AppContext.create().sampleSession(language), language);
    }

    /** Opens the real main window on {@code stage}; also the entry of the UI tests. */
    public static MainWindow open(Stage stage, RoundSession session, Language language) {
        BundledFonts.load();
        SettingsStore settings = SettingsStore.forUser();
        settings.load().themeValue().apply();
        MainWindow window = new MainWindow(stage, session, language, settings);
        window.show();
        return window;
    }
}
