package io.ccmm.ui.main;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** One start reads the settings once; each change the user makes (language, theme, window) is written once. */
@ExtendWith(ApplicationExtension.class)
class AppContextTest {

    @TempDir
    Path dir;

    /** A settings store that counts what the app asks of it. */
    static final class CountingStore extends SettingsStore {
        int loads;
        final List<Settings> saves = new ArrayList<>();

        CountingStore(Path file) {
            super(file);
        }

        @Override
        public Settings load() {
            loads++;
            return super.load();
        }

        @Override
        public void save(Settings settings) throws IOException {
            saves.add(settings);
            super.save(settings);
        }
    }

    @Test
    void oneStartReadsTheSettingsOnceAndWritesEachChangeOnce(FxRobot robot) throws Exception {
        CountingStore store = new CountingStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withLanguage("zh").withTheme(Theme.LIGHT));
        store.saves.clear();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            AppContext context = AppContext.start(new Stage(), store, uri -> {}, Optional.empty());
            assertEquals(Language.ZH, context.language(), "the language comes from the settings");
            window.set(new MainWindow(context));
            window.get().show(TestSessions.empty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, store.loads, "settings read once per start");
        assertEquals(1, store.saves.size(), "opening a file writes the recent list once: " + store.saves);

        robot.interact(() -> window.get().context().languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, store.saves.size(), "a language switch is written once: " + store.saves);
        assertEquals("en", store.load().language());
        store.loads--; // the test's own read

        robot.interact(() -> window.get().switchTheme(Theme.DARK));
        robot.interact(() -> window.get().switchTheme(Theme.DARK));
        assertEquals(3, store.saves.size(), "a theme change is written once, choosing it again writes nothing");
        assertEquals(Theme.DARK, store.load().themeValue());
        store.loads--;
        robot.interact(() -> window.get().switchTheme(Theme.LIGHT));
        assertEquals(4, store.saves.size());

        robot.interact(() -> window.get().context().mainStage().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, store.saves.size(), "closing the window writes its place once: " + store.saves);
        assertTrue(store.load().windowWidth() > 0, "the window's size is remembered");
        store.loads--;
        assertEquals(1, store.loads, "nothing read the settings again: " + store.loads);
    }

    @Test
    void onlyTheContextReadsTheSettings() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ccmm");
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(AppContext.class.getName())
                .should()
                .callMethod(SettingsStore.class, "load")
                .because("settings are read once per start, by the application context")
                .check(main);
    }
}
