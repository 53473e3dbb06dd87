package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Finding;
import io.ccmm.storage.FindingKind;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Priority;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan window: the findings list, the action plan and what-if, used as a consultant would. */
@ExtendWith(ApplicationExtension.class)
class PlanWindowTest {

    private Stage owner;
    private AssessmentFile file;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> planWindow().ifPresent(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
        if (file != null) {
            file.close();
        }
    }

    private static Optional<Window> planWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Plan".equals(s.getTitle()))
                .findFirst();
    }

    private long open(List<Rating> ratings) throws Exception {
        FileRoundSession session =
                TestSessions.with(Files.createTempDirectory("ccmm-plan").resolve("plan.ccmm"), ratings);
        file = session.file();
        return session.roundId();
    }

    private void show(long round) throws Exception {
        Messages en = Messages.of(Language.EN);
        Platform.runLater(
                () -> PlanWindow.show(owner, file, round, en, new FxDialogService(() -> owner, uri -> {}, () -> en)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findingsAreAddedFilteredAndEdited(FxRobot robot) throws Exception {
        long round = open(List.of());
        file.addFinding(Finding.of(round, 3, FindingKind.STRENGTH, Priority.LOW, "知识库维护及时"));
        file.addFinding(Finding.of(round, 9, FindingKind.WEAKNESS, Priority.HIGH, "满意度样本不足"));
        show(round);
        TableView<?> table = robot.lookup("#findingsTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());

        robot.clickOn("#findingItem").write("12");
        robot.clickOn("#findingText").write("Complaints are not analysed");
        robot.clickOn("#addFinding");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
        assertEquals(3, file.findings(round).size());

        robot.clickOn("#findingFilter").write("complaints");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals("Complaints are not analysed", ((Finding) table.getItems().get(0)).text());

        // Select it, change the text, save: the file has the new text.
        robot.clickOn("Complaints are not analysed");
        robot.doubleClickOn("#findingText").eraseText(40).write("Complaints lack root causes");
        robot.clickOn("#saveFinding");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(file.findings(round).stream().anyMatch(f -> f.text().equals("Complaints lack root causes")));
    }

    @Test
    void theActionPlanFiltersAndGroupsByOwner(FxRobot robot) throws Exception {
        long round = open(List.of());
        file.addPlanAction(
                PlanAction.of(ImprovementAction.of(round, 5, "Write the forecast method", "Li", "2026-09-01")));
        file.addPlanAction(PlanAction.of(ImprovementAction.of(round, 2, "Channel plan", "Wang", "2026-04-01")));
        file.addPlanAction(PlanAction.of(ImprovementAction.of(round, 7, "Survey method", "Li", "2026-05-01")));
        show(round);
        @SuppressWarnings("unchecked")
        TableView<PlanAction> table = robot.lookup("#actionsTable").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());

        @SuppressWarnings("unchecked")
        ComboBox<PlanViewModel.Grouping> grouping = robot.lookup("#grouping").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> grouping.setValue(PlanViewModel.Grouping.OWNER))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Write the forecast method", "Survey method", "Channel plan"), titles(table));

        javafx.scene.control.TextField filter =
                robot.lookup("#actionFilter").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.asyncFx(() -> filter.setText("Li")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
    }

    @Test
    void fourActionsAddedInARowAreAllInTheFile(FxRobot robot) throws Exception {
        long round = open(List.of());
        show(round);
        robot.clickOn("Action plan");
        @SuppressWarnings("unchecked")
        TableView<PlanAction> table = robot.lookup("#actionsTable").queryAs(TableView.class);
        // The first two at a normal pace, the last two without waiting between them, as a quick typist would.
        addAction(robot, "20", "Train the team leads", "Li", "2026-06-30");
        WaitForAsyncUtils.waitForFxEvents();
        addAction(robot, "21", "Write the coaching guide", "Wang", "");
        WaitForAsyncUtils.waitForFxEvents();
        addAction(robot, "5", "Publish the forecast", "Li", "2026-09-01");
        addAction(robot, "7", "Survey every quarter", "Zhao", "");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> stored = file.planActions(round).stream()
                .map(a -> a.action().what())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "Publish the forecast",
                        "Survey every quarter",
                        "Train the team leads",
                        "Write the coaching guide"),
                stored);
        assertEquals(4, table.getItems().size());
        assertEquals(
                List.of(5, 7, 20, 21),
                file.planActions(round).stream()
                        .map(a -> a.action().item())
                        .sorted()
                        .toList());
    }

    @Test
    void sortingByAColumnHeaderKeepsTheEditOnTheChosenAction(FxRobot robot) throws Exception {
        long round = open(List.of());
        file.addPlanAction(
                PlanAction.of(ImprovementAction.of(round, 5, "Write the forecast method", "Li", "2026-09-01")));
        file.addPlanAction(PlanAction.of(ImprovementAction.of(round, 2, "Channel plan", "Wang", "2026-04-01")));
        file.addPlanAction(PlanAction.of(ImprovementAction.of(round, 7, "Survey method", "Li", "2026-05-01")));
        show(round);
        robot.clickOn("Action plan");
        @SuppressWarnings("unchecked")
        TableView<PlanAction> table = robot.lookup("#actionsTable").queryAs(TableView.class);
        // Stored order is by item: Channel plan (2), forecast (5), survey (7).
        assertEquals(List.of("Channel plan", "Write the forecast method", "Survey method"), titles(table));

        robot.clickOn("Due");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Channel plan", "Survey method", "Write the forecast method"), titles(table));
        robot.clickOn("Due");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Write the forecast method", "Survey method", "Channel plan"), titles(table));

        // The first row is now the forecast (stored second): editing it must change the forecast, nothing else.
        robot.clickOn("Write the forecast method");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5", field(robot, "#actionItem").getText());
        robot.clickOn("#actionOwner")
                .push(javafx.scene.input.KeyCode.END)
                .eraseText(10)
                .write("Zhao");
        @SuppressWarnings("unchecked")
        ComboBox<ActionStatus> status = robot.lookup("#actionStatus").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> status.setValue(ActionStatus.IN_PROGRESS))
                .get();
        robot.clickOn("#saveAction");
        WaitForAsyncUtils.waitForFxEvents();

        java.util.Map<String, PlanAction> byTitle = new java.util.HashMap<>();
        file.planActions(round).forEach(a -> byTitle.put(a.action().what(), a));
        assertEquals(3, byTitle.size());
        assertEquals("Zhao", byTitle.get("Write the forecast method").action().owner());
        assertEquals(
                ActionStatus.IN_PROGRESS,
                byTitle.get("Write the forecast method").action().status());
        assertEquals("Wang", byTitle.get("Channel plan").action().owner());
        assertEquals("Li", byTitle.get("Survey method").action().owner());
        assertEquals(ActionStatus.OPEN, byTitle.get("Survey method").action().status());
        // The table keeps the user's order and the edited action stays selected.
        assertEquals(List.of("Write the forecast method", "Survey method", "Channel plan"), titles(table));
        assertEquals(
                "Write the forecast method",
                table.getSelectionModel().getSelectedItem().action().what());

        // Sorted by the action's title, a second edit goes to the row clicked.
        robot.clickOn("Action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Channel plan", "Survey method", "Write the forecast method"), titles(table));
        robot.clickOn("Survey method");
        robot.clickOn("#actionDue")
                .push(javafx.scene.input.KeyCode.END)
                .eraseText(12)
                .write("2026-12-31");
        robot.clickOn("#saveAction");
        WaitForAsyncUtils.waitForFxEvents();
        file.planActions(round).forEach(a -> byTitle.put(a.action().what(), a));
        assertEquals("2026-12-31", byTitle.get("Survey method").action().due());
        assertEquals(
                "2026-09-01", byTitle.get("Write the forecast method").action().due());
        assertEquals("2026-04-01", byTitle.get("Channel plan").action().due());
    }

    /** Types one action into the form as a user would (click into each field, type) and presses Add. */
    private static void addAction(FxRobot robot, String item, String title, String owner, String due) {
        robot.clickOn("#actionItem").write(item);
        robot.clickOn("#actionTitle").write(title);
        robot.clickOn("#actionOwner").write(owner);
        robot.clickOn("#actionDue").write(due);
        robot.clickOn("#addAction");
    }

    @Test
    void planningRatingsShowsTheProjectedReadinessBesideTheCurrentOne(FxRobot robot) throws Exception {
        // Every L1 item at 5/5: 50% — below L1. Planning the path's items at 10/10 lifts the projection.
        List<Rating> half = new ArrayList<>();
        for (int item = 1; item <= 170; item++) {
            half.add(Rating.of(item, Rate.PARTIAL, Rate.PARTIAL));
        }
        long round = open(half);
        show(round);
        robot.clickOn("What-if");
        Label current = robot.lookup("#currentLevel").queryAs(Label.class);
        Label projected = robot.lookup("#projectedLevel").queryAs(Label.class);
        assertEquals("Current readiness: L0", current.getText());
        assertEquals("Projected readiness: L0", projected.getText());

        PlanViewModel model = new PlanViewModel(file, round);
        int needed = 0;
        var r = io.ccmm.scoring.ReadinessEngine.of(file.catalogBundleOf(round))
                .score(file.ratings(round), java.util.OptionalInt.of(6), java.util.OptionalInt.of(1));
        List<Integer> items = r.path().orElseThrow().steps().stream()
                .map(io.ccmm.scoring.PathStep::item)
                .toList();
        for (int item : items) {
            robot.doubleClickOn("#plannedItem").eraseText(5).write(Integer.toString(item));
            robot.clickOn("#setPlanned");
            WaitForAsyncUtils.waitForFxEvents();
            needed++;
        }
        assertEquals(items.size(), file.plannedRatings(round).size());
        assertTrue(needed > 0);
        assertEquals("Projected readiness: L1", projected.getText());
        assertEquals("Current readiness: L0", current.getText());
        model.reload();
        assertEquals(1, model.projection().readinessLevel());
        assertEquals(0, model.currentLevelProperty().get());
    }

    private static javafx.scene.control.TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
    }

    private static List<String> titles(TableView<PlanAction> table) {
        return table.getItems().stream().map(a -> a.action().what()).toList();
    }

    @Test
    void anExecutiveSummaryTypedAndNotSavedIsKeptWhenTheWindowIsClosedWithEsc(FxRobot robot) throws Exception {
        long round = open(List.of());
        show(round);
        robot.clickOn("Executive summary");
        robot.clickOn("#summaryText").write("The center is ready for L2; forecasting is the next step.");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planWindow().isEmpty());
        assertEquals("The center is ready for L2; forecasting is the next step.", file.executiveSummary(round));
    }
}
