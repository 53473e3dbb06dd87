package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.ItemFilter;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The third choice on the item card: N/A by key or button, with a required justification, and back. */
@ExtendWith(ApplicationExtension.class)
class NotApplicableWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    private static DialogPane dialog() throws Exception {
        return io.ccmm.ui.ShownDialogs.await();
    }

    private static DialogPane shown() {
        return io.ccmm.ui.ShownDialogs.shown();
    }

    private void pressX(FxRobot robot) {
        robot.interact(
                () -> window.workspace().select(window.workspace().currentItem().id()));
        Platform.runLater(() -> {
            var scene = robot.lookup(".item-title").query().getScene();
            var target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            javafx.event.Event.fireEvent(
                    target,
                    new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.X, false, false, false, false));
        });
    }

    @Test
    void theKeyAsksForAJustificationWithTheCatalogsHintAndMarksTheItemNotApplicable(FxRobot robot) throws Exception {
        AssessmentItem item = window.workspace().catalog().items().stream()
                .filter(i -> i.hint().isPresent())
                .findFirst()
                .orElseThrow();
        robot.interact(() -> window.workspace().select(item.id()));
        assertTrue(
                robot.lookup(".justification-area").tryQuery().isEmpty(),
                "the justification part joins the card only when an N/A item is shown");
        pressX(robot);
        DialogPane ask = dialog();
        TextField field = robot.from(ask).lookup(".text-field").queryAs(TextField.class);
        assertEquals(item.hint().orElseThrow().zh(), field.getText(), "the catalog's hint is offered");

        // A blank justification is asked again; Cancel then leaves the item as it was.
        robot.interact(() -> field.setText("  "));
        robot.interact(() -> ((Button) TestDialogs.ok(ask)).fire());
        DialogPane again = dialog();
        // Asked again, the dialog still says which item and why, with what was missing first.
        String question = again.getContentText() == null ? "" : again.getContentText();
        String header = again.getHeaderText() == null ? "" : again.getHeaderText();
        String asked = header + "\n" + question;
        assertTrue(asked.contains("标为不适用须填写理由"), asked);
        assertTrue(asked.contains("第 " + item.id() + " 项为何不适用于本中心") && asked.contains("写入报告"), asked);
        robot.interact(() -> ((Button) TestDialogs.cancel(again)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.workspace().rating(item.id()).notApplicable());

        pressX(robot);
        DialogPane third = dialog();
        robot.interact(() ->
                robot.from(third).lookup(".text-field").queryAs(TextField.class).setText("本中心不办理此类业务"));
        robot.interact(() -> ((Button) TestDialogs.ok(third)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.workspace().rating(item.id()).notApplicable());
        assertEquals("本中心不办理此类业务", window.workspace().rating(item.id()).justification());
        assertTrue(robot.lookup("#naButton").queryAs(ToggleButton.class).isSelected());
        assertEquals("不适用", robot.lookup(".points-label").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup(".justification-area").query().isVisible(), "the justification is shown to edit");
        javafx.scene.Parent part = robot.lookup(".justification-area").query().getParent();
        var siblings = part.getParent().getChildrenUnmodifiable();
        assertFalse(
                siblings.get(siblings.indexOf(part) + 1).lookupAll(".key-hint").isEmpty(),
                "where it stands in the card: right above the keyboard hint");
        assertEquals(
                "已评或不适用 1 / " + window.workspace().totalItems() + " 项",
                robot.lookup(".status-bar #completionLabel")
                        .queryAs(Labeled.class)
                        .getText());
        robot.interact(() -> window.workspace().filterProperty().set(ItemFilter.NOT_APPLICABLE));
        assertEquals(
                java.util.List.of(item.id()),
                window.workspace().visibleItems().stream()
                        .map(AssessmentItem::id)
                        .toList());
        int allowed = window.dashboard().result().level(item.level()).allowedNotApplicable();
        String expected = allowed >= 1 ? "不适用 1 项（至多 " + allowed + " 项）" : "有 1 个必评条目标为不适用，超过规则允许的 0 个";
        assertEquals(
                expected,
                robot.lookup(".workspace #ladder-na-" + item.level())
                        .queryAs(Labeled.class)
                        .getText(),
                "the ladder counts the N/A item");

        // The key takes it back: unrated again, nothing asked.
        pressX(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.workspace().rating(item.id()).notApplicable());
        assertFalse(robot.lookup("#naButton").queryAs(ToggleButton.class).isSelected());
        // Ctrl+Z puts N/A back.
        robot.interact(() -> window.workspace().undo());
        assertTrue(window.workspace().rating(item.id()).notApplicable());
    }
}
