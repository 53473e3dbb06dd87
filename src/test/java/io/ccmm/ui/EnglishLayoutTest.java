package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The English words are longer than the Chinese ones: at a common laptop size none of them is cut. */
@ExtendWith(ApplicationExtension.class)
class EnglishLayoutTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Every item fully met: the longest texts the ladder shows ("100.0% / 70%", "Achieved").
        CcmmApplication.open(
                stage,
                TestSessions.with(IntStream.rangeClosed(1, 170)
                        .mapToObj(i -> Rating.of(i, Rate.FULL, Rate.FULL))
                        .toList()),
                Language.EN);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertWhole(Labeled label, double sceneWidth) {
        Bounds onScene = label.localToScene(label.getBoundsInLocal());
        assertTrue(onScene.getMaxX() <= sceneWidth + 0.5, "“" + label.getText() + "” runs off the window: " + onScene);
        assertTrue(
                label.getWidth() >= label.prefWidth(-1) - 0.5,
                "“" + label.getText() + "” is cut: " + label.getWidth() + " < " + label.prefWidth(-1));
    }

    @Test
    void theReadinessLadderBesideTheCardIsShownWholeAt1024By600(FxRobot robot) {
        resize(robot, 1024, 600);
        double sceneWidth = stage.getScene().getWidth();
        for (int level = 1; level <= 5; level++) {
            Labeled percent = robot.lookup("#ladder-percent-" + level).queryAs(Labeled.class);
            assertFalse(percent.getText().isBlank());
            assertWhole(percent, sceneWidth);
        }
    }

    @Test
    void theItemsLevelBadgeAndTheLevelFilterAreNotCutAt1024By600(FxRobot robot) {
        resize(robot, 1024, 600);
        double sceneWidth = stage.getScene().getWidth();
        assertWhole(robot.lookup(".level-badge").queryAs(Labeled.class), sceneWidth);
        Labeled shownLevel = robot.lookup("#levelBox .list-cell").queryAs(Labeled.class);
        assertWhole(shownLevel, sceneWidth);
    }

    @Test
    void theItemFilterShowsItsChoiceWholeInTheWindowA1024By600ScreenOpens(FxRobot robot) {
        resize(robot, 944, 552); // the first window's size on a 1024×600 screen
        double sceneWidth = stage.getScene().getWidth();
        javafx.scene.control.ComboBox<?> filter =
                robot.lookup("#filterBox").queryAs(javafx.scene.control.ComboBox.class);
        Labeled shownFilter = robot.from(filter).lookup(".list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c.getText() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the item filter shows no choice"));
        assertFalse(shownFilter.getText().isBlank());
        assertWhole(shownFilter, sceneWidth);
        assertWhole(robot.lookup("#levelBox .list-cell").queryAs(Labeled.class), sceneWidth);
    }

    @Test
    void aWindowFirstLaidOutSmallStillGivesTheCardMostOfTheWidthOnceFullSize(FxRobot robot) {
        // Some window managers map the window small first and size it up afterwards.
        resize(robot, 480, 400);
        resize(robot, 1366, 768);
        javafx.scene.control.SplitPane workspace =
                robot.lookup(".workspace").queryAs(javafx.scene.control.SplitPane.class);
        double[] dividers = workspace.getDividerPositions();
        assertTrue(dividers[0] < 0.32, "the navigator takes " + dividers[0] + " of the width");
        assertTrue(dividers[1] - dividers[0] > 0.4, "the card keeps " + (dividers[1] - dividers[0]) + " of the width");
    }
}
