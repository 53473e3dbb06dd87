package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What is typed in the window lands in the file, on the item it was typed on, once. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceTrustTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    private String itemNumber(FxRobot robot) {
        return robot.lookup(".item-number").queryLabeled().getText();
    }

    /** Scrolls the card so that {@code node} is in view (as a user would), returns it. */
    static Node scrollIntoView(FxRobot robot, Node node) {
        ScrollPane card = robot.lookup(".card-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            card.setVvalue(0);
            card.layout();
            Bounds inCard = card.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = card.getViewportBounds().getHeight();
            double content = card.getContent().getBoundsInLocal().getHeight();
            card.setVvalue(
                    Math.max(0, Math.min(1, (inCard.getMaxY() - viewport + 8) / Math.max(1, content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    static org.testfx.api.FxRobotInterface clickNote(FxRobot robot) {
        return robot.clickOn(scrollIntoView(robot, robot.lookup(".note-area").query()));
    }

    private void select(FxRobot robot, int item) {
        robot.interact(() -> main.window().workspace().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<AuditEntry> noteAudit(int item) throws Exception {
        return main.session().file().auditTrail(main.session().roundId(), item).stream()
                .filter(e -> e.field().equals("note"))
                .toList();
    }

    @Test
    void aNoteStaysOnItsItemWhenTheUserMovesOnWithJAndK(FxRobot robot) throws Exception {
        select(robot, 34);
        clickNote(robot).write("访谈记录");
        robot.type(KeyCode.ESCAPE)
                .type(KeyCode.J)
                .type(KeyCode.K)
                .type(KeyCode.K)
                .type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("34", itemNumber(robot));
        assertEquals("访谈记录", main.session().ratings().get(34).note());
        for (int other : List.of(1, 33, 35)) {
            assertEquals(null, main.session().ratings().get(other), "item " + other);
        }
        assertEquals(1, noteAudit(34).size(), "one write of the note");
        assertEquals("访谈记录", robot.lookup(".note-area").queryAs(TextArea.class).getText());
    }

    @Test
    void aNoteStillBeingTypedIsSavedUnderItsItemWhenTheCardChanges(FxRobot robot) throws Exception {
        select(robot, 34);
        clickNote(robot).write("abc");
        // No pause, no focus change: the card moves on while the delayed save is still pending.
        robot.interact(() -> main.window().workspace().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("35", itemNumber(robot));
        assertEquals("abc", main.session().ratings().get(34).note());
        assertEquals(null, main.session().ratings().get(35));
        assertEquals("", robot.lookup(".note-area").queryAs(TextArea.class).getText());
    }

    @Test
    void afterALanguageSwitchAnEditIsWrittenOnceAndUndoneInOneStep(FxRobot robot) throws Exception {
        robot.clickOn("视图").clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View").clickOn("Language").clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        clickNote(robot).write("B");
        robot.type(KeyCode.ESCAPE).type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        List<AuditEntry> writes = noteAudit(1);
        assertEquals(1, writes.size(), writes.toString());
        assertEquals("B", writes.get(0).newValue());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, main.session().ratings().get(1));
        assertTrue(!main.window().workspace().canUndo(), "the note was the only change");
    }

    @Test
    void theEndOfANoteIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        Path path = main.session().file().path();
        clickNote(robot).write("最后几个字");
        robot.interact(main.stage()::close);
        WaitForAsyncUtils.waitForFxEvents();
        try (AssessmentFile reopened = AssessmentFile.open(path, OpenMode.READ_ONLY)) {
            long round = reopened.latestRound().orElseThrow().id();
            assertEquals("最后几个字", reopened.rating(round, 1).note());
        }
    }

    @Test
    void keysWorkWithoutClickingIntoTheWorkspaceFirst(FxRobot robot) {
        robot.type(KeyCode.DIGIT1).type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Rating.of(1, Rate.FULL, Rate.FULL), main.session().ratings().get(1));
        assertEquals("2", itemNumber(robot));
    }

    @Test
    void keysWorkRightAfterAnotherFileIsOpened(FxRobot robot) throws Exception {
        FileRoundSession other = TestSessions.empty();
        Path path = other.file().path();
        other.file().close();
        robot.interact(() -> main.window().openPath(path));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT2).type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Rating.of(1, Rate.PARTIAL, Rate.PARTIAL),
                main.window().session().ratings().get(1));
    }

    @Test
    void enterInTheSearchBoxOpensTheOneItemFound(FxRobot robot) {
        robot.clickOn(".search-field").write("65").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("65", itemNumber(robot));
        // The keys rate the opened item at once.
        robot.type(KeyCode.DIGIT3).type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Rating.of(65, Rate.NONE, Rate.NONE), main.session().ratings().get(65));
    }

    @Test
    void theAuditTrailNamesTheAssessorOfTheRound(FxRobot robot) throws Exception {
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        List<AuditEntry> trail = main.session().file().auditTrail(main.session().roundId(), 1);
        assertEquals(1, trail.size());
        assertEquals("张三", trail.get(0).who());
    }

    @Test
    void atTheSmallestCommonScreenTheZeroButtonsCanBeReached(FxRobot robot) {
        robot.interact(() -> {
            main.stage().setMaximized(false);
            main.stage().setWidth(1024);
            main.stage().setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#cNone", "#fNone")) {
            Node button = robot.lookup(id).query();
            ScrollPane card = robot.lookup(".card-scroll").queryAs(ScrollPane.class);
            scrollIntoView(robot, button);
            Bounds onScene = button.localToScene(button.getBoundsInLocal());
            Bounds viewportOnScene = card.localToScene(card.getLayoutBounds());
            assertTrue(onScene.getMaxX() <= viewportOnScene.getMaxX(), id + " cut at the right: " + onScene);
            assertTrue(onScene.getMaxY() <= viewportOnScene.getMaxY(), id + " below the card: " + onScene);
            robot.clickOn(button);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Rating.of(1, Rate.NONE, Rate.NONE), main.session().ratings().get(1));
        Labeled source = robot.lookup(n -> n instanceof Labeled l
                        && l.getText() != null
                        && l.getText().startsWith("test.ccmm"))
                .queryAs(Labeled.class);
        assertTrue(source.getWidth() >= source.prefWidth(-1) - 0.5, "the file and round are shown whole");
    }
}
