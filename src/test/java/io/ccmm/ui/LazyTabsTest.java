package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview table and the dashboard's ladder, charts and path are built only when their tab is first shown, and
 * then show the ratings and readiness of that moment, not those of the start.
 */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CcmmApplication.open(stage, TestSessions.with(List.of()), Language.ZH);
    }

    /** Every L1 item of modules 1.0–4.0: with all of them at 10/10 the round reaches L1. */
    private static List<Integer> levelOneItems() {
        return CatalogLoader.bundled().catalog().items().stream()
                .filter(i -> i.level() == 1 && !i.module().equals("5.0"))
                .map(AssessmentItem::id)
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void theOverviewIsBuiltOnFirstShowWithTheRatingsOfThatMoment(FxRobot robot) {
        assertTrue(robot.lookup(".overview-table").tryQuery().isEmpty(), "the table is not in the first window");
        // Nor its tool bar: the first window styles only what the Rate tab shows.
        assertTrue(robot.lookup(".overview-filter").tryQuery().isEmpty(), "the overview's tool bar waits for its tab");
        robot.interact(() -> window.workspace().rate(1, Rate.FULL, Rate.PARTIAL));

        robot.clickOn("总览");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".overview-filter").tryQuery().isPresent(), "the tool bar with its tab");
        assertEquals(
                Set.of("1", "10", "5", "15"),
                texts(robot, 1).stream()
                        .filter(t -> t.equals("1") || t.equals("10") || t.equals("5") || t.equals("15"))
                        .collect(Collectors.toSet()));

        robot.clickOn("评分");
        robot.interact(() -> window.workspace().rate(1, Rate.NONE, Rate.NONE));
        robot.clickOn("总览");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> now = texts(robot, 1);
        assertTrue(now.contains("0") && !now.contains("15"), now.toString());
    }

    @Test
    void theDashboardIsDrawnOnFirstShowWithTheReadinessOfThatMoment(FxRobot robot) {
        assertTrue(robot.lookup("#why-1").tryQuery().isEmpty(), "no ladder in the first window");
        assertTrue(robot.lookup(".dashboard .chart").tryQuery().isEmpty(), "no charts in the first window");
        robot.interact(() -> levelOneItems().forEach(id -> window.workspace().rate(id, Rate.FULL, Rate.FULL)));

        robot.clickOn("就绪度");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("L1 应用级", text(robot, ".dashboard .readiness-level"));
        assertEquals("为什么是这样：L1", text(robot, "#why-1"));

        robot.clickOn("评分");
        robot.interact(() -> window.workspace().rate(levelOneItems().get(0), Rate.UNRATED, Rate.UNRATED));
        robot.clickOn("就绪度");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("未达 L1", text(robot, ".dashboard .readiness-level"));
    }

    /** The texts of the overview row of {@code item}: number, …, C, F, points. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(FxRobot robot, int item) {
        TableRow<AssessmentItem> row =
                robot.lookup(".overview-table .table-row-cell").queryAllAs(TableRow.class).stream()
                        .map(r -> (TableRow<AssessmentItem>) r)
                        .filter(r -> r.getItem() != null && r.getItem().id() == item)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no row for item " + item));
        return row.lookupAll(".table-cell").stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null)
                .toList();
    }
}
