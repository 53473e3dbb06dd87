package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.FxTaskExecutor;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.Theme;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/**
 * What one start of the app shares: the settings (read once, written once per change), the language, the theme, the
 * dialogs, the background tasks and the fonts. The application and the main window take everything from here.
 */
public final class AppContext {

    private final Stage mainStage;
    private final SettingsStore store;
    private final ObjectProperty<Language> language;
    private final DialogService dialogs;
    private final TaskExecutor tasks = new FxTaskExecutor();
    private final Consumer<String> showDocument;
    private Settings settings;

    private AppContext(
            Stage mainStage, SettingsStore store, Settings settings, Language language, Consumer<String> showDocument) {
        this.mainStage = Objects.requireNonNull(mainStage, "mainStage");
        this.store = store;
        this.settings = settings;
        this.showDocument = showDocument;
        this.language = new SimpleObjectProperty<>(language);
        this.dialogs = new FxDialogService(() -> mainStage, showDocument, this::messages);
        this.language.addListener((obs, old, now) -> remember(this.settings.withLanguage(now.code())));
    }

    /**
     * Reads the settings (the only read of this start), applies the theme and loads the bundled fonts. The language is
     * {@code chosen} when given, else the one last used, else the system's.
     */
    public static AppContext start(
            Stage mainStage, SettingsStore store, Consumer<String> showDocument, Optional<Language> chosen) {
        return start(mainStage, store, store.load(), showDocument, chosen);
    }

    /**
     * The one read of the settings for a start that reads them ahead, on another thread while JavaFX starts ({@link
     * StartReading}); the result then goes to {@link #start(Stage, SettingsStore, Settings, Consumer, Optional)}.
     */
    static Settings readAhead(SettingsStore store) {
        return store.load();
    }

    /** Like {@link #start(Stage, SettingsStore, Consumer, Optional)} with the settings already read from {@code store}. */
    public static AppContext start(
            Stage mainStage,
            SettingsStore store,
            Settings settings,
            Consumer<String> showDocument,
            Optional<Language> chosen) {
        Language language = chosen.orElseGet(
                () -> Language.fromCode(settings.language()).orElse(Language.forLocale(Locale.getDefault())));
        // The theme first: a start that registers the fonts on another thread meanwhile (CcmmApplication) waits less.
        settings.themeValue().apply();
        io.ccmm.ui.common.StartTimes.mark("theme applied");
        BundledFonts.load();
        io.ccmm.ui.common.StartTimes.mark("fonts registered");
        return new AppContext(mainStage, store, settings, language, showDocument);
    }

    /** The stage of the main window; dialogs belong to it once it shows. */
    public Stage mainStage() {
        return mainStage;
    }

    public Settings settings() {
        return settings;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Messages messages() {
        return Messages.of(language.get());
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The one background thread for slow work (exports, imports, recent-file summaries). */
    public TaskExecutor tasks() {
        return tasks;
    }

    public Consumer<String> showDocument() {
        return showDocument;
    }

    public Theme theme() {
        return settings.themeValue();
    }

    public void switchTheme(Theme theme) {
        theme.apply();
        remember(settings.withTheme(theme));
    }

    /** Keeps {@code updated} and writes it, unless nothing changed. */
    public void remember(Settings updated) {
        if (updated.equals(settings)) {
            return;
        }
        settings = updated;
        try {
            store.save(updated);
        } catch (IOException e) {
            // Settings are a convenience: a read-only profile must not stop the user from working.
            System.getLogger(AppContext.class.getName()).log(System.Logger.Level.WARNING, "settings not saved", e);
        }
    }
}
