package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The navigator's rows lay themselves out: after keyboard ratings the current item's row is the selected, focused and
 * visible one with its points, and a row marked not applicable shows the whole word with its text after the chip.
 */
@ExtendWith(ApplicationExtension.class)
class NavigatorRowsTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        stage.setWidth(1366);
        stage.setHeight(768);
        window = CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    @Test
    void afterManyKeyboardRatingsTheCurrentItemsRowIsSelectedFocusedAndInSight(FxRobot robot) {
        robot.interact(window::focusWorkspace);
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        // More items than the tree shows rows: the tree has to scroll to keep the current item in sight.
        for (int n = 0; n < 30; n++) {
            robot.type(KeyCode.DIGIT1, KeyCode.W);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, window.workspace().decidedCountProperty().get());
        int current = window.workspace().currentItem().id();
        assertEquals(31, current);

        TreeCell<?> row = rowOf(robot, current);
        assertTrue(row.isSelected(), "the current item's row is selected");
        assertTrue(row.isFocused(), "the current item's row has the tree's focus (what a screen reader follows)");
        assertEquals(row.getIndex(), tree.getSelectionModel().getSelectedIndex());
        assertEquals(row.getIndex(), tree.getFocusModel().getFocusedIndex());
        Bounds inTree = tree.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
        assertTrue(
                inTree.getMinY() >= 0 && inTree.getMaxY() <= tree.getHeight(),
                "the current row is within the tree: " + inTree + " in " + tree.getHeight());
        assertEquals("·", chip(row).getText(), "the current item is not rated yet");

        TreeCell<?> rated = rowOf(robot, current - 1);
        assertEquals("15", chip(rated).getText(), "the item rated last shows its points (10 + 5)");
        assertTrue(!rated.isSelected(), "only one row is selected");
        assertChipBeforeText(rated);
    }

    @Test
    void aRowMarkedNotApplicableShowsTheWholeWordInAChipOfTheSameWidthWithItsTextAfterIt(FxRobot robot) {
        robot.interact(window::focusWorkspace);
        TreeCell<?> row = rowOf(robot, 1);
        double width = chip(row).getWidth();
        assertChipBeforeText(row);

        // Not applicable: "不适用" is the widest text a chip shows; the chip was made wide enough for it from the start.
        robot.interact(() -> window.workspace().markNotApplicable("本中心不办理此类业务"));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled chip = chip(row);
        assertEquals("不适用", chip.getText());
        assertEquals("不适用", NavigatorChipsTest.drawnText(chip).getText(), "the chip draws the new text");
        assertEquals(width, chip.getWidth(), 0.01, "the chip keeps its width");
        Text probe = new Text("不适用");
        probe.setFont(chip.getFont());
        assertTrue(
                chip.getWidth() - chip.getInsets().getLeft() - chip.getInsets().getRight()
                        >= probe.getLayoutBounds().getWidth(),
                "the chip is wide enough for its text: " + chip.getWidth() + " for " + probe.getLayoutBounds());
        assertChipBeforeText(row);

        // And back: the chip shows the mark of an unrated item, and the text stays where it was.
        robot.interact(() -> window.workspace().markApplicable());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("·", chip(row).getText());
        assertEquals("·", NavigatorChipsTest.drawnText(chip(row)).getText());
        assertEquals(width, chip(row).getWidth(), 0.01);
        assertChipBeforeText(row);
    }

    /** The chip's right edge is left of the row's text, and the text starts no more than a gap after it. */
    private static void assertChipBeforeText(TreeCell<?> row) {
        Node chip = chip(row);
        Node text = row.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text)
                .findFirst()
                .orElseThrow();
        Bounds chipBounds = row.sceneToLocal(chip.localToScene(chip.getBoundsInLocal()));
        Bounds textBounds = row.sceneToLocal(text.localToScene(text.getLayoutBounds()));
        assertTrue(
                chipBounds.getMaxX() <= textBounds.getMinX() + 0.5,
                "the text starts after the chip: chip " + chipBounds + ", text " + textBounds);
        assertTrue(
                textBounds.getMinX() - chipBounds.getMaxX() <= row.getGraphicTextGap() + 0.5,
                "the text follows the chip: chip " + chipBounds + ", text " + textBounds);
    }

    private static Labeled chip(TreeCell<?> row) {
        return NavigatorChipsTest.chipOf(row);
    }

    private static TreeCell<?> rowOf(FxRobot robot, int itemId) {
        return robot.lookup(".navigator .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null && c.getText().startsWith(itemId + "  "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no navigator row for item " + itemId));
    }
}
