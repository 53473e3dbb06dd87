package io.ccmm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.AppContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A failed start speaks the language the user chose last time once the settings were read, else the system's. */
@ExtendWith(ApplicationExtension.class)
class StartFailureLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theSettingsLanguageOverTheSystemOnce(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withLanguage("zh"));
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            AtomicReference<AppContext> context = new AtomicReference<>();
            robot.interact(() -> context.set(AppContext.start(new Stage(), store, uri -> {}, Optional.empty())));
            assertEquals(
                    Language.ZH,
                    CcmmApplication.startFailureMessages(Optional.of(context.get()))
                            .language());
            assertEquals(
                    Language.EN,
                    CcmmApplication.startFailureMessages(Optional.empty()).language());
        } finally {
            Locale.setDefault(system);
        }
    }
}
