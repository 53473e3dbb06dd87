package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rating by keyboard moves the live readiness beside the card and on the dashboard. */
@ExtendWith(ApplicationExtension.class)
class LiveReadinessTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        // Every L1 item of modules 1.0–4.0 at 10/10 except item 1: L1 waits for that one rating.
        List<Rating> ratings = CatalogLoader.bundled().catalog().items().stream()
                .filter(i -> i.level() == 1 && !i.module().equals("5.0") && i.id() != 1)
                .map(i -> Rating.of(i.id(), Rate.FULL, Rate.FULL))
                .toList();
        window = CcmmApplication.open(stage, TestSessions.with(ratings), Language.ZH);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void keyboardRatingLiftsTheReadinessLevel(FxRobot robot) {
        assertEquals("未达 L1", text(robot, "#strip-level"));
        String before = text(robot, ".workspace #ladder-percent-1");
        robot.clickOn(".item-title");
        robot.type(KeyCode.DIGIT1).type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("L1 应用级", text(robot, "#strip-level"));
        assertNotEquals(before, text(robot, ".workspace #ladder-percent-1"));
        assertTrue(
                text(robot, ".workspace #ladder-percent-1").startsWith("100.0%"),
                text(robot, ".workspace #ladder-percent-1"));

        robot.clickOn("就绪度");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("L1 应用级", text(robot, ".readiness-level"));
        assertEquals(1, window.dashboard().result().readinessLevel());

        robot.clickOn("评分");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("未达 L1", text(robot, "#strip-level"));
    }

    @Test
    void clickingAPathStepOpensThatItem(FxRobot robot) {
        robot.clickOn("就绪度");
        WaitForAsyncUtils.waitForFxEvents();
        var first = window.dashboard().result().path().orElseThrow().steps().get(0);
        ScrollPane scroll = robot.lookup(".dashboard").queryAs(ScrollPane.class);
        Hyperlink step = robot.lookup(".path-step").queryAs(Hyperlink.class);
        robot.interact(() -> {
            double y = scroll.getContent().sceneToLocal(step.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(step);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(String.valueOf(first.item()), text(robot, ".item-number"));
    }
}
