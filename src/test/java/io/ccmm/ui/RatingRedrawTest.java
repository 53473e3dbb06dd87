package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a rating key press redraws: the navigator is updated in place, and the card's labels measure truthfully. */
@ExtendWith(ApplicationExtension.class)
class RatingRedrawTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CcmmApplication.open(stage, TestSessions.empty(), Language.EN);
    }

    @Test
    void ratingByKeyKeepsTheNavigatorTree(FxRobot robot) {
        robot.interact(window::focusWorkspace);
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        TreeItem<?> root = tree.getRoot();
        robot.type(KeyCode.DIGIT1, KeyCode.Q, KeyCode.DIGIT2, KeyCode.W, KeyCode.DIGIT3, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.workspace().decidedCountProperty().get());
        assertSame(root, tree.getRoot(), "a rating that keeps its item in the filter rebuilds no tree");
        TreeItem<?> shown = tree.getSelectionModel().getSelectedItem();
        assertEquals(
                window.workspace().currentItem().id(),
                Integer.parseInt(shown.getValue().toString().replaceAll(".*itemId=(\\d+).*", "$1")));
    }

    @Test
    void theNavigatorShowsTheNewPointsOfAnItemRatedAgain(FxRobot robot) {
        robot.interact(window::focusWorkspace);
        System.gc(); // whatever only a weak reference keeps alive (a listener of the navigator) goes now, not later
        robot.type(KeyCode.DIGIT1, KeyCode.Q); // item 1: 10 + 10, the card moves on to item 2
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("20", chipOfRow(robot, "1 "));
        robot.type(KeyCode.K); // back to item 1
        robot.type(KeyCode.DIGIT2, KeyCode.W); // 5 + 5
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, window.workspace().rating(1).points());
        assertEquals("10", chipOfRow(robot, "1 "), "the navigator shows what the file holds");
    }

    private static String chipOfRow(FxRobot robot, String startOfText) {
        return robot.lookup(".navigator .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(startOfText) && c.isVisible())
                .map(c -> NavigatorChipsTest.chipOf(c).getText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no navigator row " + startOfText));
    }
}
