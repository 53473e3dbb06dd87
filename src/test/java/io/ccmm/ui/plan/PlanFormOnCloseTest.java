package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Finding;
import io.ccmm.storage.FindingKind;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Priority;
import io.ccmm.ui.QuietDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Windows;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A finding or an action typed into the plan window's forms and not added (or a selected one changed and not saved) is
 * never silently lost: closing the window (Esc, Ctrl+W, the close button, the main window closing) asks first — add
 * it, discard it, or stay.
 */
@ExtendWith(ApplicationExtension.class)
class PlanFormOnCloseTest {

    private static final int ADD = 0;
    private static final int DISCARD = 1;
    private static final int CANCEL = 2;

    private Stage owner;
    private AssessmentFile file;
    private long round;
    private final Answers dialogs = new Answers();

    /** Answers each question with the next answer given; records the questions and the errors shown. */
    static final class Answers extends QuietDialogs {
        final Deque<Integer> answers = new ArrayDeque<>();
        final List<String> questions = new ArrayList<>();
        final List<List<String>> choices = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public int choose(String title, String message, List<String> options) {
            questions.add(message);
            choices.add(options);
            return answers.isEmpty() ? options.size() - 1 : answers.poll();
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }
    }

    @Start
    void start(Stage stage) {
        // A main window of its own: the last test closes it.
        owner = new Stage();
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            planWindow().ifPresent(w -> ((Stage) w).close());
            owner.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (file != null) {
            file.close();
        }
    }

    private static Optional<Window> planWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && "Plan".equals(s.getTitle()))
                .findFirst();
    }

    private void show() throws Exception {
        show(session -> {});
    }

    /** What a test puts into the new file before the plan window opens over it. */
    private interface Preparation {
        void on(FileRoundSession session) throws Exception;
    }

    /** Opens the plan window over a new file, after {@code prepare} has put into it what the test starts from. */
    private void show(Preparation prepare) throws Exception {
        FileRoundSession session =
                TestSessions.with(Files.createTempDirectory("ccmm-plan-close").resolve("plan.ccmm"), List.of());
        prepare.on(session);
        file = session.file();
        round = session.roundId();
        Messages en = Messages.of(Language.EN);
        Platform.runLater(() -> PlanWindow.show(owner, file, round, en, dialogs));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeWithEsc(FxRobot robot) {
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFindingTypedAndNotAddedIsAddedWhenTheUserSaysSoOnEsc(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("12");
        robot.clickOn("#findingText").write("Complaints are not analysed");
        dialogs.answers.add(ADD);
        closeWithEsc(robot);
        assertEquals(1, dialogs.questions.size(), "the user was asked");
        assertTrue(dialogs.questions.get(0).contains("Complaints are not analysed"), dialogs.questions.get(0));
        assertEquals(List.of("Add finding", "Discard", "Cancel"), dialogs.choices.get(0));
        assertTrue(planWindow().isEmpty(), "the window closed after adding");
        List<Finding> stored = file.findings(round);
        assertEquals(1, stored.size());
        assertEquals(12, stored.get(0).item());
        assertEquals("Complaints are not analysed", stored.get(0).text());
    }

    @Test
    void cancelKeepsTheWindowOpenWithTheTextAsTyped(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("12");
        robot.clickOn("#findingText").write("Complaints are not analysed");
        dialogs.answers.add(CANCEL);
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(planWindow().isPresent(), "the window stayed open");
        assertEquals(
                "Complaints are not analysed",
                robot.lookup("#findingText").queryAs(TextField.class).getText());
        assertEquals(List.of(), file.findings(round));
    }

    @Test
    void discardClosesAndAddsNothing(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("12");
        robot.clickOn("#findingText").write("Complaints are not analysed");
        dialogs.answers.add(DISCARD);
        closeWithEsc(robot);
        assertTrue(planWindow().isEmpty());
        assertEquals(List.of(), file.findings(round));
    }

    @Test
    void anEmptyFormClosesWithoutAQuestion(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("12"); // a number alone is not a finding
        closeWithEsc(robot);
        assertTrue(planWindow().isEmpty());
        assertEquals(List.of(), dialogs.questions);
    }

    @Test
    void anAddThatIsRefusedKeepsTheWindowOpen(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("twelve");
        robot.clickOn("#findingText").write("Complaints are not analysed");
        dialogs.answers.add(ADD);
        closeWithEsc(robot);
        assertEquals(1, dialogs.errors.size(), "the bad item number is said");
        assertTrue(planWindow().isPresent(), "nothing typed is lost");
        assertEquals(
                "Complaints are not analysed",
                robot.lookup("#findingText").queryAs(TextField.class).getText());
    }

    @Test
    void anActionTypedAndNotAddedIsOfferedOnTheCloseButton(FxRobot robot) throws Exception {
        show();
        robot.clickOn("Action plan");
        robot.clickOn("#actionItem").write("20");
        robot.clickOn("#actionTitle").write("Train the team leads");
        robot.clickOn("#actionOwner").write("Li");
        dialogs.answers.add(ADD);
        Platform.runLater(() -> Windows.requestClose((Stage) planWindow().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.questions.size());
        assertEquals(List.of("Add action", "Discard", "Cancel"), dialogs.choices.get(0));
        assertTrue(planWindow().isEmpty());
        List<PlanAction> stored = file.planActions(round);
        assertEquals(1, stored.size());
        assertEquals("Train the team leads", stored.get(0).action().what());
        assertEquals("Li", stored.get(0).action().owner());
        assertEquals(20, stored.get(0).action().item());
    }

    @Test
    void aSelectedFindingChangedAndNotSavedIsSavedWhenTheUserSaysSo(FxRobot robot) throws Exception {
        show(s -> s.file()
                .addFinding(Finding.of(s.roundId(), 9, FindingKind.WEAKNESS, Priority.HIGH, "Samples too small")));
        robot.clickOn("Samples too small");
        robot.clickOn("#findingText").push(KeyCode.END).write(" for trends");
        dialogs.answers.add(ADD);
        closeWithEsc(robot);
        assertEquals(List.of("Save changes", "Discard", "Cancel"), dialogs.choices.get(0));
        assertTrue(planWindow().isEmpty());
        assertEquals("Samples too small for trends", file.findings(round).get(0).text());
    }

    @Test
    void aFindingSavedWithSpacesAroundItsTextClosesWithoutAQuestion(FxRobot robot) throws Exception {
        show(s -> s.file()
                .addFinding(Finding.of(s.roundId(), 9, FindingKind.WEAKNESS, Priority.HIGH, "Samples too small")));
        robot.clickOn("Samples too small");
        robot.clickOn("#findingText").push(KeyCode.END).write("  "); // the file keeps the text stripped
        robot.clickOn("#saveFinding");
        WaitForAsyncUtils.waitForFxEvents();
        closeWithEsc(robot);
        assertEquals(List.of(), dialogs.questions, "what was saved is not asked about");
        assertTrue(planWindow().isEmpty());
    }

    @Test
    void aSelectedActionLeftAsItWasClosesWithoutAQuestion(FxRobot robot) throws Exception {
        show(s -> s.file()
                .addPlanAction(PlanAction.of(
                        ImprovementAction.of(s.roundId(), 5, "Write the forecast method", "Li", "2026-09-01"))));
        robot.clickOn("Action plan");
        robot.clickOn("Write the forecast method");
        closeWithEsc(robot);
        assertTrue(planWindow().isEmpty());
        assertEquals(List.of(), dialogs.questions);
    }

    @Test
    void theMainWindowClosingAsksTooAndCancelKeepsBothOpen(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("3");
        robot.clickOn("#findingText").write("Knowledge base is current");
        dialogs.answers.add(CANCEL);
        Platform.runLater(() -> Windows.requestClose(owner));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.questions.size());
        assertTrue(owner.isShowing(), "the main window stayed open");
        assertTrue(planWindow().isPresent(), "the plan window stayed open");

        dialogs.answers.add(ADD);
        Platform.runLater(() -> Windows.requestClose(owner));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(owner.isShowing());
        assertEquals("Knowledge base is current", file.findings(round).get(0).text());
    }

    @Test
    void fileExitAsksTooAndEndsTheApplicationOnlyOnceTheMainWindowClosed(FxRobot robot) throws Exception {
        show();
        robot.clickOn("#findingItem").write("4");
        robot.clickOn("#findingText").write("Scripts are reviewed monthly");
        java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
        dialogs.answers.add(CANCEL);
        Platform.runLater(() -> Windows.closeThenExit(owner, exits::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.questions.size());
        assertEquals(0, exits.get(), "Cancel keeps the application running");
        assertTrue(owner.isShowing(), "the main window stayed open");
        assertTrue(planWindow().isPresent(), "the plan window stayed open");

        dialogs.answers.add(ADD);
        Platform.runLater(() -> Windows.closeThenExit(owner, exits::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(owner.isShowing());
        assertEquals(1, exits.get(), "the application ends once the main window closed");
        assertEquals("Scripts are reviewed monthly", file.findings(round).get(0).text());
    }

    @Test
    void aWhatIfRatingTypedAndNotPlannedIsPlannedWhenTheUserSaysSo(FxRobot robot) throws Exception {
        show();
        typeWhatIfItem(robot, "12");
        dialogs.answers.add(ADD);
        closeWithEsc(robot);
        assertEquals(1, dialogs.questions.size(), "the user was asked");
        assertTrue(dialogs.questions.get(0).contains("12"), dialogs.questions.get(0));
        assertEquals(List.of("Plan this rating", "Discard", "Cancel"), dialogs.choices.get(0));
        assertTrue(planWindow().isEmpty(), "the window closed after planning");
        assertEquals(java.util.Set.of(12), file.plannedRatings(round).keySet());
    }

    @Test
    void aWhatIfRatingAlreadyPlannedClosesWithoutAQuestion(FxRobot robot) throws Exception {
        show();
        typeWhatIfItem(robot, "12");
        robot.clickOn("#setPlanned");
        WaitForAsyncUtils.waitForFxEvents();
        closeWithEsc(robot);
        assertEquals(List.of(), dialogs.questions, "what was planned is not asked about");
        assertTrue(planWindow().isEmpty());
    }

    @Test
    void cancelKeepsTheWhatIfAsTypedAndPlansNothing(FxRobot robot) throws Exception {
        show();
        typeWhatIfItem(robot, "12");
        dialogs.answers.add(CANCEL);
        closeWithEsc(robot);
        assertTrue(planWindow().isPresent(), "the window stayed open");
        assertEquals("12", robot.lookup("#plannedItem").queryAs(TextField.class).getText());
        assertEquals(java.util.Map.of(), file.plannedRatings(round));
    }

    /** Types an item number into the what-if form, its ratings left at their first choice. */
    private static void typeWhatIfItem(FxRobot robot, String item) {
        robot.clickOn("What-if");
        robot.clickOn("#plannedItem").write(item);
    }
}
