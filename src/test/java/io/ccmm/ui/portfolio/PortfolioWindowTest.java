package io.ccmm.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The portfolio window in Chinese: a folder read in the background, search, filters, comparison, Excel export. */
@ExtendWith(ApplicationExtension.class)
class PortfolioWindowTest {

    @TempDir
    static Path dir;

    private Stage owner;

    @BeforeAll
    static void files() throws Exception {
        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(dir, s);
            PortfolioFixtures.reassess(f, "2026 复评", "2026-09-01", 50);
        }
        Files.writeString(dir.resolve("坏文件.ccmm"), "not an assessment");
    }

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsAFolderFiltersComparesAndExports(FxRobot robot) throws Exception {
        Messages zh = Messages.of(Language.ZH);
        Path export = dir.resolve("out/组合.xlsx");
        Files.createDirectories(export.getParent());
        AtomicReference<PortfolioWindow> window = new AtomicReference<>();
        SavingDialogs dialogs = new SavingDialogs(export);
        Platform.runLater(() -> window.set(PortfolioWindow.show(owner, zh, dialogs, List.of(dir))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get() != null);
        PortfolioViewModel model = window.get().model();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !model.loading().get() && model.rows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("评估组合", window.get().stage().getTitle());
        TableView<PortfolioRow> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertEquals(4, table.getItems().size());
        assertTrue(labelShown(robot, "3 个站点，1 个已标记文件"));

        // Search as the user types.
        robot.clickOn("#portfolio-search").write("银行");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals("finance", table.getItems().get(0).industry());
        robot.lookup("#portfolio-search").queryAs(TextField.class);
        Platform.runLater(
                () -> robot.lookup("#portfolio-search").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, table.getItems().size());

        // Filters: drafts only hides the marked file and keeps the three sites (every latest round is a draft).
        Platform.runLater(() -> model.finalOnly().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
        int level = table.getItems().get(0).readinessLevel();
        Platform.runLater(() -> model.level().set(level));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(r -> r.readinessLevel() == level));
        Platform.runLater(() -> model.level().set(null));
        WaitForAsyncUtils.waitForFxEvents();

        // Compare two sites: the radar gets two polygons, the differing items are listed.
        Platform.runLater(() -> table.getSelectionModel().selectIndices(0, 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#portfolio-compare");
        OverlayRadar radar = radar(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> radar.series().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, radar.series().get(0).size());
        // Each axis says which module it is, in the window's language, as the portfolio PDF's radar does.
        assertEquals(List.of("1.0 设计与规划", "2.0 运营与管理", "3.0 数据与绩效", "4.0 客户体验", "5.0 创新与提高"), radar.labels());
        assertTrue(robot.lookup(n -> n instanceof Labeled l
                                && l.getText() != null
                                && l.getText().startsWith("条目 "))
                        .queryAll()
                        .size()
                > 0);

        // Export the shown rows.
        robot.clickOn("导出 XLSX…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(export));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(export))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("评估组合", sheet.getSheetName());
            assertEquals("机构", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
        assertEquals(List.of(), dialogs.errors());
        Platform.runLater(() -> window.get().stage().close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static OverlayRadar radar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".portfolio-radar")
                .tryQuery()
                .isPresent());
        return robot.lookup(".portfolio-radar").queryAs(OverlayRadar.class);
    }

    private static boolean labelShown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()))
                .tryQuery()
                .isPresent();
    }
}
