package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drop-downs under the app's style sheet: the list of choices of one with a set width is not part of the window until
 * it opens; every drop-down is sized and opens as JavaFX's own does (same size, same choices, chosen by keyboard or
 * mouse).
 */
@ExtendWith(ApplicationExtension.class)
class PopupOnDemandComboBoxSkinTest {

    private static final List<String> CHOICES =
            List.of("全部条目", "未评分", "有冲突", "不适用", "Partially rated items with notes", "L5");
    private static final String JAVAFX_SKIN = "-fx-skin: \"javafx.scene.control.skin.ComboBoxListViewSkin\";";

    private Stage stage;
    /** Width set, as the navigator's filters: ours and JavaFX's. */
    private ComboBox<String> fixed;

    private ComboBox<String> fixedJavaFx;
    /** Width from the widest choice: ours and JavaFX's. */
    private ComboBox<String> computed;

    private ComboBox<String> computedJavaFx;

    private static ComboBox<String> box(double width, String style) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(CHOICES);
        box.setValue(CHOICES.get(1));
        if (width > 0) {
            box.setPrefWidth(width);
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        box.setStyle(style);
        return box;
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            fixed = box(150, "");
            fixedJavaFx = box(150, JAVAFX_SKIN);
            computed = box(-1, "");
            computedJavaFx = box(-1, JAVAFX_SKIN);
            Scene scene = new Scene(new HBox(20, fixed, fixedJavaFx, computed, computedJavaFx), 1000, 400);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(getClass().getResource("/io/ccmm/ui/common/app.css"))
                            .toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.hide();
            }
        });
    }

    @Test
    void aDropDownWithASetWidthHasNoListInTheWindowUntilItOpens(FxRobot robot) {
        show(robot);
        assertInstanceOf(PopupOnDemandComboBoxSkin.class, fixed.getSkin(), "the app's style sheet gives the skin");
        assertTrue(fixed.lookupAll(".list-view").isEmpty(), "no hidden list to style with the window");
        assertEquals(1, fixedJavaFx.lookupAll(".list-view").size(), "JavaFX's own skin keeps one in the window");
    }

    @Test
    void aDropDownIsAsWideAsJavaFxsOwnAndOpensAtTheSameSize(FxRobot robot) {
        show(robot);
        assertEquals(computedJavaFx.getWidth(), computed.getWidth(), 0.5, "as wide as its widest choice");
        assertTrue(computed.getWidth() > fixed.getWidth(), "the widest choice is wider than the set width");
        assertEquals(fixedJavaFx.getWidth(), fixed.getWidth(), 0.5);
        assertOpensAsJavaFxs(robot, fixed, fixedJavaFx);
        assertOpensAsJavaFxs(robot, computed, computedJavaFx);
    }

    @Test
    void aChoiceIsMadeByKeyboardAndByMouse(FxRobot robot) {
        show(robot);
        robot.clickOn(fixed);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixed.isShowing());
        robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CHOICES.get(3), fixed.getValue(), "two down from the second");

        robot.clickOn(fixed);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(CHOICES.get(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CHOICES.get(4), fixed.getValue());
        assertFalse(fixed.isShowing(), "closed after the choice");
    }

    private static void assertOpensAsJavaFxs(FxRobot robot, ComboBox<String> ours, ComboBox<String> javafxs) {
        Bounds opened = openedListBounds(robot, ours);
        Bounds expected = openedListBounds(robot, javafxs);
        assertEquals(expected.getWidth(), opened.getWidth(), 0.5, "width of the open list");
        assertEquals(expected.getHeight(), opened.getHeight(), 0.5, "height of the open list");
        assertTrue(opened.getWidth() >= ours.getWidth() - 0.5, "at least as wide as the drop-down");
        robot.interact(() -> assertEquals(CHOICES, popupList(ours).getItems()));
    }

    private static Bounds openedListBounds(FxRobot robot, ComboBox<String> box) {
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> {
            bounds[0] = popupList(box).getLayoutBounds();
            box.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return bounds[0];
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> popupList(ComboBox<String> box) {
        Node content = ((ComboBoxListViewSkin<String>) box.getSkin()).getPopupContent();
        return (ListView<String>) content;
    }
}
