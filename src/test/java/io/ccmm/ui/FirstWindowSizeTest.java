package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window keeps the size chosen for the screen even when the window manager answers its first mapping with a
 * tiny size of its own (openbox did: the window opened at its minimum, every menu shown as "…").
 */
@ExtendWith(ApplicationExtension.class)
class FirstWindowSizeTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        BundledFonts.load();
        Path settings = Files.createTempDirectory("ccmm-settings").resolve("settings.json");
        MainWindow window = new MainWindow(stage, Language.ZH, new SettingsStore(settings), uri -> {});
        // The window manager's answer to the first mapping: as small as it can get. Once only: the stage is shared
        // with the other UI tests.
        stage.showingProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean showing) {
                if (showing) {
                    stage.showingProperty().removeListener(this);
                    stage.setWidth(200);
                    stage.setHeight(150);
                }
            }
        });
        window.show(TestSessions.empty());
    }

    @Test
    void theWindowGetsItsSizeBackAfterTheWindowManagerShrankIt(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double expectedWidth = Math.max(800, Math.min(1440, screen.getWidth() * 0.92));
        double expectedHeight = Math.max(520, Math.min(900, screen.getHeight() * 0.92));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertEquals(expectedWidth, stage.getWidth(), 2.0, "width");
        assertEquals(expectedHeight, stage.getHeight(), 2.0, "height");
    }
}
