package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.team.TeamFiles;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import io.ccmm.ui.workspace.ItemFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A merged master with conflicts on items 2 and 5 and review flags on 9 (open) and 11 (reviewed): the navigator marks
 * the conflicts, both filters find conflicts and flags, and the dashboard's counter opens the conflict view.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictMarksWindowTest {

    private static Path master;
    private static long roundId;
    private AssessmentFile file;
    private MainWindow window;

    @BeforeAll
    static void mergeAndFlag() throws Exception {
        master = TeamFixtures.master("ccmm-marks");
        roundId = TeamFixtures.roundOf(master);
        Path a = TeamFixtures.handOut(master, "张三", "");
        Path b = TeamFixtures.handOut(master, "李四", "");
        TeamFixtures.rate(
                a,
                "张三",
                Rating.of(2, Rate.FULL, Rate.FULL),
                Rating.of(5, Rate.NONE, Rate.NONE),
                Rating.of(7, Rate.FULL, Rate.PARTIAL));
        TeamFixtures.rate(
                b,
                "李四",
                Rating.of(2, Rate.PARTIAL, Rate.FULL),
                Rating.of(5, Rate.PARTIAL, Rate.NONE),
                Rating.of(7, Rate.FULL, Rate.PARTIAL));
        TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());
        try (AssessmentFile f = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            f.actAs("组长");
            f.flagForReview(roundId, 9, "证据不足");
            f.flagForReview(roundId, 11, "再看一下");
            f.markReviewed(roundId, 11);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        file = AssessmentFile.open(master, OpenMode.READ_WRITE);
        window = CcmmApplication.open(stage, new FileRoundSession(file, roundId, "master.ccmm"), Language.ZH);
    }

    @AfterEach
    void close() throws Exception {
        robotCloseOthers();
        file.close();
    }

    @Test
    void theNavigatorMarksConflictsAndItsFilterFindsConflictsAndFlags(FxRobot robot) {
        robot.interact(() -> window.workspace().filterProperty().set(ItemFilter.CONFLICTS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2, 5), ids(window.workspace().visibleItems()));
        List<Integer> marked = robot.lookup(".nav-conflict").queryAll().stream()
                .map(n -> ((TreeCell<?>) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .map(t -> Integer.valueOf(t.strip().split("\\s+")[0]))
                .sorted()
                .toList();
        assertEquals(List.of(2, 5), marked);
        assertEquals(
                2,
                robot.lookup(".conflict-mark").queryAll().stream()
                        .filter(javafx.scene.Node::isVisible)
                        .count());

        robot.interact(() -> window.workspace().filterProperty().set(ItemFilter.FLAGGED));
        assertEquals(List.of(9, 11), ids(window.workspace().visibleItems()));
        robot.interact(() -> window.workspace().filterProperty().set(ItemFilter.UNREVIEWED));
        assertEquals(List.of(9), ids(window.workspace().visibleItems()));
        robot.interact(() -> window.workspace().filterProperty().set(ItemFilter.ALL));
        assertEquals(170, window.workspace().visibleItems().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewTableFiltersByConflictsAndReviewFlags(FxRobot robot) {
        robot.clickOn("总览");
        TableView<AssessmentItem> table = robot.lookup(".overview-table").queryAs(TableView.class);
        ComboBox<ItemFilter> kind = robot.lookup(".overview-kind-filter").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ItemFilter.CONFLICTS));
        assertEquals(List.of(2, 5), ids(table.getItems()));
        robot.interact(() -> kind.setValue(ItemFilter.FLAGGED));
        assertEquals(List.of(9, 11), ids(table.getItems()));
        robot.interact(() -> kind.setValue(ItemFilter.UNREVIEWED));
        assertEquals(List.of(9), ids(table.getItems()));
    }

    @Test
    void theDashboardCountsOpenConflictsAndOpensTheConflictView(FxRobot robot) throws Exception {
        robot.clickOn("就绪度");
        Hyperlink counter = robot.lookup("#dashboard-conflicts").queryAs(Hyperlink.class);
        assertTrue(counter.getText().startsWith("2 "), counter.getText());
        robot.interact(counter::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#team-conflict-items")
                .queryAll()
                .isEmpty());
        ListView<?> items = robot.lookup("#team-conflict-items").queryAs(ListView.class);
        assertEquals(2, items.getItems().size());
    }

    private static List<Integer> ids(List<AssessmentItem> items) {
        return items.stream().map(AssessmentItem::id).sorted().toList();
    }

    /** The conflict view is a window of its own; it is closed so the next test starts with the main window only. */
    private static void robotCloseOthers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(w -> w instanceof Stage s && s.getOwner() != null)
                        .toList()
                        .forEach(Window::hide))
                .get();
    }
}
