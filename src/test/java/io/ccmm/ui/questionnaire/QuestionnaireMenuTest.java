package io.ccmm.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.ItemValue;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.team.TestTeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Questionnaire in the window: the menu in the window's language; the export dialog (who, modules or items,
 * prefill, language, file) checked as the user types and driven to a written workbook; import tells the outcome.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionnaireMenuTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    private static void theFileMenuHasTheQuestionnaireCommandsInChinese(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu questionnaire = file.getItems().stream()
                .filter(Menu.class::isInstance)
                .map(Menu.class::cast)
                .filter(m -> m.getText().equals("问卷"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("导出…", "导入答案…"),
                questionnaire.getItems().stream().map(MenuItem::getText).toList());
    }

    private TestTeamHost host(FileRoundSession session) {
        TestTeamHost host = new TestTeamHost();
        host.session = session;
        host.owner = stage;
        return host;
    }

    private static <T extends Node> T find(FxRobot robot, DialogPane pane, String id, Class<T> type) {
        return robot.from(pane).lookup(id).queryAs(type);
    }

    private static String problems(FxRobot robot, DialogPane pane) {
        return find(robot, pane, "#q-problems", Label.class).getText();
    }

    private static Button ok(DialogPane pane) {
        return (Button) pane.lookupButton(pane.getButtonTypes().get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportDialogChecksAsTheUserTypesAndWritesTheWorkbookAskedFor(FxRobot robot) throws Exception {
        theFileMenuHasTheQuestionnaireCommandsInChinese(robot);
        FileRoundSession session = TestSessions.with(
                dir.resolve("热线.ccmm"),
                List.of(new Rating(1, Rate.FULL, Rate.PARTIAL, "抽查 3 份"), Rating.of(28, Rate.PARTIAL, Rate.NONE)));
        TestTeamHost host = host(session);
        Menu menu = new Menu();
        robot.interact(() -> QuestionnaireMenu.install(menu, host, TaskExecutor.synchronous()));
        Path q = dir.resolve("问卷 质量部");
        host.dialogs.toSave.add(q);

        Platform.runLater(() -> menu.getItems().get(0).fire());
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();
        // nothing chosen yet: the file is missing, said in the window's language; export is not possible
        assertTrue(problems(robot, pane).contains("请选择工作簿的保存位置。"), problems(robot, pane));
        assertTrue(ok(pane).isDisabled());
        assertFalse(find(robot, pane, "#q-scope-assigned", RadioButton.class).isVisible(), "not a field copy");

        robot.interact(() -> find(robot, pane, "#q-assessor", TextField.class).setText("质量部"));
        robot.interact(
                () -> find(robot, pane, "#q-scope-modules", RadioButton.class).fire());
        assertTrue(problems(robot, pane).contains("请至少勾选一个模块。"), problems(robot, pane));
        robot.interact(
                () -> find(robot, pane, "#q-scope-items", RadioButton.class).fire());
        robot.interact(() -> find(robot, pane, "#q-items", TextField.class).setText("1-3, 999"));
        assertTrue(problems(robot, pane).contains("“1-3, 999”"), problems(robot, pane));
        robot.interact(
                () -> find(robot, pane, "#q-scope-modules", RadioButton.class).fire());
        CheckBox operations = find(robot, pane, "#q-module-1", CheckBox.class);
        assertTrue(operations.getText().startsWith("2.0 "), operations.getText());
        robot.interact(() -> find(robot, pane, "#q-module-0", CheckBox.class).fire());
        robot.interact(operations::fire);
        robot.interact(() -> find(robot, pane, "#q-prefill", CheckBox.class).fire());
        ComboBox<Language> language = find(robot, pane, "#q-language", ComboBox.class);
        assertEquals(Language.ZH, language.getValue(), "the window's language to start with");
        robot.interact(() -> language.setValue(Language.EN));
        robot.interact(() -> find(robot, pane, "#q-choose", Button.class).fire());
        Path chosen = dir.resolve("问卷 质量部.xlsx");
        assertEquals(
                chosen.toString(),
                find(robot, pane, "#q-target", TextField.class).getText());
        assertTrue(host.dialogs.suggested.get(0).contains("质量部"), host.dialogs.suggested.toString());
        assertEquals("", problems(robot, pane));
        assertFalse(ok(pane).isDisabled());
        robot.interact(() -> ok(pane).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, host.dialogs.infos.size(), host.dialogs.infos + " " + host.dialogs.errors);
        assertTrue(host.dialogs.infos.get(0).startsWith(chosen + "：评估轮次“2026 自评”的问卷，"), host.dialogs.infos.toString());
        assertTrue(host.dialogs.infos.get(0).endsWith("分发记录已写入评估文件。"), host.dialogs.infos.toString());

        DataFormatter format = new DataFormatter();
        int expected = session.catalog().itemsOf("1.0").size()
                + session.catalog().itemsOf("2.0").size();
        try (InputStream in = Files.newInputStream(chosen);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> visible = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (book.getSheetVisibility(s) == SheetVisibility.VISIBLE) {
                    visible.add(book.getSheetName(s));
                }
            }
            assertEquals(3, visible.size(), "instructions and the two modules: " + visible);
            assertEquals("Instructions", visible.get(0), "in the workbook's language");
            assertTrue(visible.get(1).startsWith("1.0 "), visible.toString());
            assertTrue(visible.get(2).startsWith("2.0 "), visible.toString());
            int rows = 0;
            String c1 = "";
            String note1 = "";
            String c28 = "";
            for (int s = 1; s <= 2; s++) {
                Sheet sheet = book.getSheetAt(s);
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String item = format.formatCellValue(row.getCell(0));
                    rows++;
                    if (item.equals("1")) {
                        c1 = format.formatCellValue(row.getCell(7)) + "/" + format.formatCellValue(row.getCell(8));
                        note1 = format.formatCellValue(row.getCell(10));
                    } else if (item.equals("28")) {
                        c28 = format.formatCellValue(row.getCell(7)) + "/" + format.formatCellValue(row.getCell(8));
                    }
                }
            }
            assertEquals(expected, rows, "a row per item of the two modules");
            assertEquals("10/5", c1, "prefilled with the current rating");
            assertEquals("抽查 3 份", note1);
            assertEquals("5/0", c28);
            Sheet identity = book.getSheet("ccmm-identity");
            String assessor = "";
            String scope = "x";
            for (Row row : identity) {
                String key = format.formatCellValue(row.getCell(0));
                if (key.equals("assessor")) {
                    assessor = format.formatCellValue(row.getCell(1));
                } else if (key.equals("scope")) {
                    scope = format.formatCellValue(row.getCell(1));
                }
            }
            assertEquals("质量部", assessor);
            int last = session.catalog()
                    .itemsOf("2.0")
                    .get(session.catalog().itemsOf("2.0").size() - 1)
                    .id();
            assertEquals("1-" + last, scope);
        }
        List<AuditEntry> handouts = session.file().auditTrail(session.roundId()).stream()
                .filter(e -> e.field().equals("questionnaire.handout"))
                .toList();
        assertEquals(1, handouts.size());
        assertTrue(handouts.get(0).newValue().endsWith(" 质量部 [1-" + last(session) + "]"), handouts.toString());

        // answers back in: refused naming the cell, then merged, the hand-out named
        Path filled = dir.resolve("filled.xlsx");
        Path bad = dir.resolve("bad.xlsx");
        try (InputStream in = Files.newInputStream(chosen);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheetAt(1).getRow(4).getCell(7).setCellValue("10");
            book.getSheetAt(1).getRow(4).getCell(8).setCellValue("五");
            book.getSheetAt(1).getRow(4).getCell(9).setCellValue("新系统已上线");
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
            book.getSheetAt(1).getRow(5).getCell(7).setCellValue("8");
            try (OutputStream out = Files.newOutputStream(bad)) {
                book.write(out);
            }
        }
        host.dialogs.toOpen.add(bad);
        robot.interact(() -> menu.getItems().get(1).fire());
        assertEquals(1, host.dialogs.errors.size());
        assertTrue(
                host.dialogs.errors.get(0).startsWith("工作表 1.0 Design & Planning，单元格 H6：C = 8 不是 10、5 或 0"),
                host.dialogs.errors.toString());
        host.dialogs.toOpen.add(filled);
        robot.interact(() -> menu.getItems().get(1).fire());
        String done = host.dialogs.infos.get(1);
        assertTrue(done.startsWith("答案已导入：已合并 1，未变 " + (expected - 1) + "，冲突 0。\n"), done);
        assertTrue(done.endsWith("分发给 质量部 的问卷（条目：1-" + last(session) + "）。"), done);
        assertEquals(List.of(session.roundId()), host.switched, "the round is shown again");
        Rating two = session.file().ratings(session.roundId()).get(2);
        assertEquals(new ItemValue(Rate.FULL, Rate.PARTIAL, false), ItemValue.of(two));
        assertEquals("质量部: 新系统已上线", two.note(), "the reason of a rated item becomes its note");
    }

    private static int last(FileRoundSession session) {
        var items = session.catalog().itemsOf("2.0");
        return items.get(items.size() - 1).id();
    }

    @Test
    void cancellingTheDialogWritesNothing(FxRobot robot) throws Exception {
        FileRoundSession session = TestSessions.with(dir.resolve("a.ccmm"), List.of());
        TestTeamHost host = host(session);
        Menu menu = new Menu();
        robot.interact(() -> QuestionnaireMenu.install(menu, host, TaskExecutor.synchronous()));
        host.dialogs.toSave.add(dir.resolve("q.xlsx"));
        Platform.runLater(() -> menu.getItems().get(0).fire());
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();
        robot.interact(() -> find(robot, pane, "#q-choose", Button.class).fire());
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(dir.resolve("q.xlsx")));
        assertTrue(host.dialogs.infos.isEmpty() && host.dialogs.errors.isEmpty());
        assertTrue(session.file().auditTrail(session.roundId()).stream()
                .noneMatch(e -> e.field().equals("questionnaire.handout")));
    }
}
