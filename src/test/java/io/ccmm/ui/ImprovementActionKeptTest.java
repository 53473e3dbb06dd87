package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.OpenMode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An improvement action typed on the card is kept like the note: moving to another item, switching the language or
 * closing the window saves it under its own item, once, without the Save button.
 */
@ExtendWith(ApplicationExtension.class)
class ImprovementActionKeptTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** Clicks into the action's field {@code id} (scrolled into view as a user would) and types {@code text}. */
    private void typeInto(FxRobot robot, String id, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        // Focused as a click would, without aiming at a place: the card's parts above may still grow (attachments
        // read in the background) and move the field under a click.
        TextField target = (TextField) WorkspaceTrustTest.scrollIntoView(robot, field(robot, id));
        robot.interact(() -> {
            target.requestFocus();
            target.end();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, int item) throws java.util.concurrent.TimeoutException {
        robot.interact(() -> main.window().workspace().select(item));
        WaitForAsyncUtils.waitForFxEvents();
        // The item's action is read in the background and the fields take no input until it is in: a user sees them
        // filled (or locked), the robot waits for it.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.lookup("#actionGrid")
                .query()
                .getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("reading")));
    }

    private List<ImprovementAction> actionsOf(int item) throws Exception {
        return main.session().actions().stream().filter(a -> a.item() == item).toList();
    }

    @Test
    void anActionTypedAndNotSavedIsSavedUnderItsItemWhenTheCardMovesOn(FxRobot robot) throws Exception {
        select(robot, 7);
        typeInto(robot, "#actionWhat", "修订排班规则");
        typeInto(robot, "#actionOwner", "王五");
        select(robot, 8);
        List<ImprovementAction> saved = actionsOf(7);
        assertEquals(1, saved.size(), saved.toString());
        assertEquals("修订排班规则", saved.get(0).what());
        assertEquals("王五", saved.get(0).owner());
        assertEquals(List.of(), actionsOf(8));
        // Back on item 7 the action is shown as saved.
        select(robot, 7);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> "修订排班规则"
                .equals(field(robot, "#actionWhat").getText()));
        assertEquals("王五", field(robot, "#actionOwner").getText());
    }

    @Test
    void theSaveButtonAfterAnAutomaticSaveUpdatesTheActionInsteadOfAddingASecond(FxRobot robot) throws Exception {
        select(robot, 7);
        typeInto(robot, "#actionWhat", "A");
        // Rating the item with the mouse saves what was typed before anything else changes.
        robot.interact(() -> main.window().workspace().flushNote());
        typeInto(robot, "#actionWhat", "B");
        robot.clickOn(WorkspaceTrustTest.scrollIntoView(
                robot, robot.lookup("#actionSave").queryAs(Button.class)));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, 8);
        List<ImprovementAction> saved = actionsOf(7);
        assertEquals(1, saved.size(), saved.toString());
        assertEquals("AB", saved.get(0).what());
    }

    @Test
    void editingASavedActionAndMovingOnUpdatesIt(FxRobot robot) throws Exception {
        main.session()
                .saveAction(new ImprovementAction(0, main.session().roundId(), 7, "旧措施", "", "", ActionStatus.OPEN));
        select(robot, 8);
        select(robot, 7);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> "旧措施"
                .equals(field(robot, "#actionWhat").getText()));
        typeInto(robot, "#actionOwner", "赵六");
        select(robot, 8);
        List<ImprovementAction> saved = actionsOf(7);
        assertEquals(1, saved.size(), saved.toString());
        assertEquals("旧措施", saved.get(0).what());
        assertEquals("赵六", saved.get(0).owner());
    }

    @Test
    void anActionTypedBeforeALanguageSwitchIsKept(FxRobot robot) throws Exception {
        select(robot, 7);
        typeInto(robot, "#actionWhat", "培训质检员");
        main.switchTo(robot, Language.EN);
        assertEquals("培训质检员", actionsOf(7).get(0).what());
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> "培训质检员"
                .equals(field(robot, "#actionWhat").getText()));
    }

    @Test
    void anActionTypedIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        Path path = main.session().file().path();
        select(robot, 7);
        typeInto(robot, "#actionWhat", "最后的措施");
        robot.interact(main.stage()::close);
        WaitForAsyncUtils.waitForFxEvents();
        try (AssessmentFile reopened = AssessmentFile.open(path, OpenMode.READ_ONLY)) {
            long round = reopened.latestRound().orElseThrow().id();
            List<ImprovementAction> saved = reopened.actions(round);
            assertEquals(1, saved.size(), saved.toString());
            assertEquals(7, saved.get(0).item());
            assertEquals("最后的措施", saved.get(0).what());
        }
    }

    @Test
    void anActionWithoutWhatIsNotSavedAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        select(robot, 7);
        typeInto(robot, "#actionOwner", "王五");
        select(robot, 8);
        assertEquals(List.of(), actionsOf(7));
        String problem = main.window().workspace().problemProperty().get();
        assertTrue(problem.contains("7"), problem);
        assertFalse(problem.isBlank());
    }
}
