package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's scene is made at the size the window takes: its views are laid out at the width they are shown
 * at, not first at a guess and again when the window is sized (every wrapped text of the card measured twice).
 */
@ExtendWith(ApplicationExtension.class)
class FirstLayoutWidthTest {

    private final List<Double> sceneWidths = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A window of its own: the primary stage of the tests keeps the scene an earlier test gave it.
        stage = new Stage();
        stage.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                sceneWidths.add(scene.getWidth());
                // The width of every layout pass of the window's frames (a size taken between two frames is none).
                scene.addPostLayoutPulseListener(() -> {
                    if (sceneWidths.get(sceneWidths.size() - 1) != scene.getWidth()) {
                        sceneWidths.add(scene.getWidth());
                    }
                });
            }
        });
        CcmmApplication.open(stage, TestSessions.with(List.of()), Language.ZH);
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theSceneIsBuiltAtTheWidthTheWindowShowsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300); // a few frames
        assertTrue(stage.isShowing());
        assertEquals(List.of(stage.getScene().getWidth()), sceneWidths, "widths the scene had: " + sceneWidths);
    }
}
