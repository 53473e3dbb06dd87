package io.ccmm.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AuditEntry;
import io.ccmm.ui.ShownDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.team.TestTeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioButton;
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
 * The export dialog of an ordinary file whose round handed out field copies with a scope: it offers the items assigned
 * to an assessor of the round (chosen in a list), and writes the questionnaire of exactly those items.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionnaireAssignedDialogTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    private static <T extends Node> T find(FxRobot robot, DialogPane pane, String id, Class<T> type) {
        return robot.from(pane).lookup(id).queryAs(type);
    }

    private TestTeamHost host(FileRoundSession session) {
        TestTeamHost host = new TestTeamHost();
        host.session = session;
        host.owner = stage;
        return host;
    }

    @Test
    void aFileWithoutAssignedItemsDoesNotOfferThem(FxRobot robot) throws Exception {
        FileRoundSession session = TestSessions.with(dir.resolve("a.ccmm"), List.of());
        session.file().recordHandout(session.roundId(), "copy-all", "赵六", "");
        TestTeamHost host = host(session);
        Menu menu = new Menu();
        robot.interact(() -> QuestionnaireMenu.install(menu, host, TaskExecutor.synchronous()));
        Platform.runLater(() -> menu.getItems().get(0).fire());
        DialogPane pane = ShownDialogs.await();
        assertFalse(
                ShownDialogs.visible(find(robot, pane, "#q-scope-assessor", RadioButton.class)),
                "nobody has part of them");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theItemsAssignedToTheChosenAssessorAreTheQuestionnaire(FxRobot robot) throws Exception {
        FileRoundSession session = TestSessions.with(dir.resolve("热线.ccmm"), List.of());
        session.file().recordHandout(session.roundId(), "copy-1", "张三", "3-7,30");
        session.file().recordHandout(session.roundId(), "copy-2", "Li Si", "26-40");
        TestTeamHost host = host(session);
        Menu menu = new Menu();
        robot.interact(() -> QuestionnaireMenu.install(menu, host, TaskExecutor.synchronous()));
        Path q = dir.resolve("q.xlsx");
        host.dialogs.toSave.add(q);

        Platform.runLater(() -> menu.getItems().get(0).fire());
        DialogPane pane = ShownDialogs.await();
        RadioButton byAssessor = find(robot, pane, "#q-scope-assessor", RadioButton.class);
        assertTrue(ShownDialogs.visible(byAssessor), "offered: the round has assessors with assigned items");
        assertEquals("分配给以下评估人的条目：", byAssessor.getText());
        ComboBox<QuestionnaireExportViewModel.AssessorChoice> choice =
                find(robot, pane, "#q-assessor-choice", ComboBox.class);
        assertTrue(choice.isDisabled(), "until the scope is chosen");
        assertEquals(
                List.of("张三（条目 3-7,30）", "Li Si（条目 26-40）"),
                choice.getItems().stream()
                        .map(QuestionnaireExportViewModel.AssessorChoice::label)
                        .toList());
        robot.interact(byAssessor::fire);
        robot.interact(() -> find(robot, pane, "#q-choose", Button.class).fire());
        String problems = find(robot, pane, "#q-problems", Label.class).getText();
        assertTrue(problems.contains("请选择要询问哪位评估人所分配的条目。"), problems);
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertTrue(ok.isDisabled());
        robot.interact(() -> choice.getSelectionModel().select(0));
        ListCell<?> shown = (ListCell<?>) choice.getButtonCell();
        assertEquals("张三（条目 3-7,30）", shown.getText(), "the choice in words");
        assertEquals("", find(robot, pane, "#q-problems", Label.class).getText());
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, host.dialogs.infos.size(), host.dialogs.infos + " " + host.dialogs.errors);
        DataFormatter format = new DataFormatter();
        List<Integer> items = new ArrayList<>();
        String assessor = "";
        try (InputStream in = Files.newInputStream(q);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                if (book.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                    for (Row row : sheet) {
                        if (format.formatCellValue(row.getCell(0)).equals("assessor")) {
                            assessor = format.formatCellValue(row.getCell(1));
                        }
                    }
                    continue;
                }
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    items.add(Integer.parseInt(
                            format.formatCellValue(sheet.getRow(r).getCell(0))));
                }
            }
        }
        assertEquals(List.of(3, 4, 5, 6, 7, 30), items, "exactly the items assigned to 张三");
        assertEquals("张三", assessor, "who answers it, when no other name is given");
        List<AuditEntry> handouts = session.file().auditTrail(session.roundId()).stream()
                .filter(e -> e.field().equals("questionnaire.handout"))
                .toList();
        assertEquals(1, handouts.size());
        assertTrue(handouts.get(0).newValue().endsWith(" 张三 [3-7,30]"), handouts.toString());
    }
}
