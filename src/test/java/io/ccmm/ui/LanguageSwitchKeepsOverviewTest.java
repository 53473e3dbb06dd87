package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch keeps the overview table as the user left it (the columns it is sorted by and in which direction,
 * the rows selected, where it was scrolled to) and the dashboard where it was scrolled to.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsOverviewTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.open(stage, TestSessions.empty(), Language.ZH);
    }

    private void showTab(FxRobot robot, int index) {
        robot.interact(
                () -> main.find(".main-tabs", TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<AssessmentItem> overview() {
        return main.find(".overview-table", TableView.class);
    }

    /** Sorts by level descending, then by number ascending, and selects three rows. */
    private void sortAndSelect(FxRobot robot) {
        showTab(robot, 1);
        robot.interact(() -> {
            TableView<AssessmentItem> table = overview();
            TableColumn<AssessmentItem, ?> level = table.getColumns().get(3);
            TableColumn<AssessmentItem, ?> id = table.getColumns().get(0);
            level.setSortType(TableColumn.SortType.DESCENDING);
            id.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(level, id));
            for (int wanted : List.of(7, 40, 121)) {
                table.getItems().stream()
                        .filter(i -> i.id() == wanted)
                        .findFirst()
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertSortedAndSelectedAsBefore(FxRobot robot) {
        AtomicReference<List<Integer>> columns = new AtomicReference<>();
        AtomicReference<List<TableColumn.SortType>> types = new AtomicReference<>();
        AtomicReference<Set<Integer>> selected = new AtomicReference<>();
        AtomicReference<Integer> firstRow = new AtomicReference<>();
        robot.interact(() -> {
            TableView<AssessmentItem> table = overview();
            columns.set(table.getSortOrder().stream()
                    .map(c -> table.getColumns().indexOf(c))
                    .toList());
            types.set(
                    table.getSortOrder().stream().map(TableColumn::getSortType).toList());
            selected.set(table.getSelectionModel().getSelectedItems().stream()
                    .map(AssessmentItem::id)
                    .collect(Collectors.toSet()));
            firstRow.set(table.getItems().get(0).level());
        });
        assertEquals(List.of(3, 0), columns.get(), "sorted by level, then number");
        assertEquals(List.of(TableColumn.SortType.DESCENDING, TableColumn.SortType.ASCENDING), types.get());
        assertEquals(5, firstRow.get(), "the rows are in that order (L5 first)");
        assertEquals(Set.of(7, 40, 121), selected.get(), "the same rows are selected");
    }

    @Test
    void theOverviewSortAndSelectionAreKept(FxRobot robot) {
        sortAndSelect(robot);
        main.switchTo(robot, Language.EN);
        assertEquals(
                1, main.find(".main-tabs", TabPane.class).getSelectionModel().getSelectedIndex());
        assertSortedAndSelectedAsBefore(robot);
        main.switchTo(robot, Language.ZH);
        assertSortedAndSelectedAsBefore(robot);
    }

    @Test
    void columnsDraggedIntoAnotherOrderKeepTheirOrderWidthAndSort(FxRobot robot) {
        showTab(robot, 1);
        AtomicReference<List<String>> before = new AtomicReference<>();
        robot.interact(() -> {
            TableView<AssessmentItem> table = overview();
            TableColumn<AssessmentItem, ?> level = table.getColumns().get(3);
            // The user drags the level column to the front, widens the title and sorts by level.
            table.getColumns().remove(level);
            table.getColumns().add(0, level);
            table.getColumns().get(3).setPrefWidth(520);
            level.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(level));
            before.set(table.getColumns().stream().map(TableColumn::getText).toList());
        });
        WaitForAsyncUtils.waitForFxEvents();
        main.switchTo(robot, Language.EN);
        main.switchTo(robot, Language.ZH);
        AtomicReference<List<String>> after = new AtomicReference<>();
        AtomicReference<Double> titleWidth = new AtomicReference<>();
        AtomicReference<Integer> firstLevel = new AtomicReference<>();
        AtomicReference<List<Integer>> sortedBy = new AtomicReference<>();
        robot.interact(() -> {
            TableView<AssessmentItem> table = overview();
            after.set(table.getColumns().stream().map(TableColumn::getText).toList());
            titleWidth.set(table.getColumns().get(3).getPrefWidth());
            firstLevel.set(table.getItems().get(0).level());
            sortedBy.set(table.getSortOrder().stream()
                    .map(c -> table.getColumns().indexOf(c))
                    .toList());
        });
        assertEquals(before.get(), after.get(), "the columns in the order the user dragged them into");
        assertEquals(520, titleWidth.get(), 0.5);
        assertEquals(List.of(0), sortedBy.get(), "still sorted by the level column, now the first");
        assertEquals(5, firstLevel.get());
    }

    @Test
    void theOverviewSortIsKeptWhileAnotherTabIsShown(FxRobot robot) {
        sortAndSelect(robot);
        showTab(robot, 0); // back to rating before switching: the overview is out of sight
        main.switchTo(robot, Language.EN);
        showTab(robot, 1);
        assertSortedAndSelectedAsBefore(robot);
    }

    @Test
    void theOverviewStaysScrolledWhereItWas(FxRobot robot) {
        showTab(robot, 1);
        robot.interact(() -> {
            TableView<AssessmentItem> table = overview();
            table.scrollTo(100);
            table.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Integer> before = new AtomicReference<>();
        robot.interact(() -> before.set(firstVisibleRow()));
        assertTrue(before.get() > 50, "the overview was scrolled");
        main.switchTo(robot, Language.EN);
        AtomicReference<Integer> after = new AtomicReference<>();
        robot.interact(() -> after.set(firstVisibleRow()));
        assertEquals(before.get(), after.get(), "the first row shown after the switch");
    }

    private int firstVisibleRow() {
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) overview().lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @Test
    void theDashboardStaysScrolledWhereItWas(FxRobot robot) {
        robot.interact(() -> main.stage().setHeight(560)); // room for only part of the dashboard
        showTab(robot, 2);
        robot.interact(() -> {
            ScrollPane dashboard = main.find(".dashboard", ScrollPane.class);
            dashboard.applyCss();
            dashboard.layout();
            dashboard.setVvalue(0.7);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Double> before = new AtomicReference<>();
        robot.interact(
                () -> before.set(main.find(".dashboard", ScrollPane.class).getVvalue()));
        assertTrue(before.get() > 0.5, "the dashboard was scrolled");
        main.switchTo(robot, Language.EN);
        AtomicReference<Double> after = new AtomicReference<>();
        robot.interact(() -> after.set(main.find(".dashboard", ScrollPane.class).getVvalue()));
        assertEquals(before.get(), after.get(), 0.001);
    }

    @Test
    void theDashboardScrollIsKeptWhileAnotherTabIsShown(FxRobot robot) {
        robot.interact(() -> main.stage().setHeight(560));
        showTab(robot, 2);
        robot.interact(() -> {
            ScrollPane dashboard = main.find(".dashboard", ScrollPane.class);
            dashboard.applyCss();
            dashboard.layout();
            dashboard.setVvalue(1.0); // down at the improvement path
        });
        WaitForAsyncUtils.waitForFxEvents();
        showTab(robot, 0);
        main.switchTo(robot, Language.EN);
        showTab(robot, 2);
        AtomicReference<Double> after = new AtomicReference<>();
        robot.interact(() -> after.set(main.find(".dashboard", ScrollPane.class).getVvalue()));
        assertEquals(1.0, after.get(), 0.001);
    }

    /** The improvement-path links shown as visited, in the order shown. */
    private List<Boolean> visitedPathLinks(FxRobot robot) {
        AtomicReference<List<Boolean>> visited = new AtomicReference<>();
        robot.interact(() -> visited.set(main.stage().getScene().getRoot().lookupAll(".path-step").stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).isVisited())
                .toList()));
        return visited.get();
    }

    @Test
    void theImprovementPathLinksFollowedStayVisited(FxRobot robot) {
        showTab(robot, 2);
        List<Boolean> none = visitedPathLinks(robot);
        assertTrue(none.size() >= 3, "a path to follow");
        assertEquals(List.of(false), none.stream().distinct().toList());
        robot.interact(() -> ((javafx.scene.control.Hyperlink) main.stage()
                        .getScene()
                        .getRoot()
                        .lookupAll(".path-step")
                        .toArray()[1])
                .fire()); // opens the item on the card
        showTab(robot, 2);
        List<Boolean> followed = visitedPathLinks(robot);
        assertEquals(true, followed.get(1));

        main.switchTo(robot, Language.EN);
        showTab(robot, 2);
        assertEquals(followed, visitedPathLinks(robot), "the same links visited in English");
        showTab(robot, 0);
        main.switchTo(robot, Language.ZH); // while the dashboard is out of sight
        showTab(robot, 2);
        assertEquals(followed, visitedPathLinks(robot), "and back in Chinese");
    }

    @Test
    void theOverviewIsScrolledBackOnceAndStaysThere(FxRobot robot) {
        showTab(robot, 1);
        robot.interact(() -> {
            // Columns in another order and width as well: the new header is laid out again before the scroll.
            TableView<AssessmentItem> table = overview();
            TableColumn<AssessmentItem, ?> level = table.getColumns().remove(3);
            table.getColumns().add(0, level);
            table.getColumns().get(3).setPrefWidth(520);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            overview().scrollTo(100);
            overview().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Integer> before = new AtomicReference<>();
        robot.interact(() -> before.set(firstVisibleRow()));
        // Every scroll of the new overview table during and after the switch, and the first row it showed each time.
        List<Integer> scrolls = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.event.EventHandler<javafx.event.Event> count = e -> {
            if (e instanceof javafx.scene.control.ScrollToEvent<?> scroll
                    && e.getTarget() instanceof TableView<?> t
                    && t.getStyleClass().contains("overview-table")) {
                scrolls.add((Integer) scroll.getScrollTarget());
            }
        };
        robot.interact(() -> main.stage().addEventFilter(javafx.scene.control.ScrollToEvent.ANY, count));
        for (Language language : List.of(Language.EN, Language.ZH)) {
            scrolls.clear();
            main.switchTo(robot, language);
            WaitForAsyncUtils.waitForFxEvents(3);
            assertEquals(List.of(before.get()), scrolls, "scrolled back once, to where the user was, in " + language);
            AtomicReference<Integer> after = new AtomicReference<>();
            robot.interact(() -> after.set(firstVisibleRow()));
            assertEquals(before.get(), after.get(), "and it stays there in " + language);
        }
        robot.interact(() -> main.stage().removeEventFilter(javafx.scene.control.ScrollToEvent.ANY, count));
    }
}
