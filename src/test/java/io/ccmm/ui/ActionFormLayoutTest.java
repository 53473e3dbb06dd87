package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card's improvement action can be read and filled at common laptop sizes, in both languages: no word is cut. */
@ExtendWith(ApplicationExtension.class)
class ActionFormLayoutTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            main.stage().setMaximized(false);
            main.stage().setWidth(width);
            main.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every label, the Save button and the shown status are whole; the fields are wide enough to type in. */
    private void assertFormReadable(FxRobot robot, String where) {
        Region grid = robot.lookup("#actionGrid").queryAs(Region.class);
        double sceneWidth = main.stage().getScene().getWidth();
        int labels = 0;
        java.util.List<Labeled> shown = new java.util.ArrayList<>();
        collect(grid, shown);
        for (Labeled l : shown) {
            if (l.getText() != null && !l.getText().isBlank()) {
                labels++;
                Bounds onScene = l.localToScene(l.getBoundsInLocal());
                assertTrue(
                        onScene.getMaxX() <= sceneWidth + 0.5, where + ": “" + l.getText() + "” runs off the window");
                assertTrue(
                        l.getWidth() >= l.prefWidth(-1) - 0.5,
                        where + ": “" + l.getText() + "” is cut: " + l.getWidth() + " < " + l.prefWidth(-1));
            }
        }
        assertTrue(labels >= 5, where + ": the form's words were found (" + labels + ")");
        for (String id : new String[] {"#actionWhat", "#actionOwner", "#actionDue"}) {
            Control field = robot.lookup(id).queryAs(Control.class);
            assertTrue(field.getWidth() >= 100, where + ": " + id + " is only " + field.getWidth() + " wide");
        }
    }

    private static void collect(Node node, java.util.List<Labeled> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            into.add(l);
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    @Test
    void theActionFormIsWholeInChineseAndEnglishAtCommonSizes(FxRobot robot) {
        resize(robot, 1366, 768);
        assertFormReadable(robot, "中文 1366×768");
        resize(robot, 1024, 600);
        assertFormReadable(robot, "中文 1024×600");
        main.switchTo(robot, Language.EN);
        resize(robot, 1366, 768);
        assertFormReadable(robot, "English 1366×768");
        resize(robot, 1024, 600);
        assertFormReadable(robot, "English 1024×600");
        assertFalse(main.stage().getScene().getRoot().lookupAll("#actionGrid").isEmpty());
    }
}
