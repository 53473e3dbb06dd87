package io.ccmm.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.ItemValue;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.team.TeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Questionnaire in the window: the menu is there in the window's language; export and import tell the outcome. */
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

    /** Dialogs that answer from a script and record what they were told. */
    static final class ScriptedDialogs implements DialogService {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> told = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public void error(String title, String message) {
            told.add("error: " + message);
        }

        @Override
        public void info(String title, String message) {
            told.add("info: " + message);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
            return (Optional<Path>) answers.pop();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<Path> chooseFileToSave(
                String title, Path initialDirectory, String initialName, String filterName, String pattern) {
            return (Optional<Path>) answers.pop();
        }

        @Override
        public void openExternally(Path file) {}

        @Override
        @SuppressWarnings("unchecked")
        public Optional<String> askText(String title, String message, String initial) {
            return (Optional<String>) answers.pop();
        }
    }

    @Test
    void theMenuIsThereAndExportAndImportTellTheOutcomeInTheWindowsLanguage(FxRobot robot) throws Exception {
        theFileMenuHasTheQuestionnaireCommandsInChinese(robot);
        FileRoundSession session = TestSessions.with(dir.resolve("热线.ccmm"), List.of());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<Long> shown = new ArrayList<>();
        TeamHost host = new TeamHost() {
            @Override
            public FileRoundSession session() {
                return session;
            }

            @Override
            public Stage teamOwner() {
                return stage;
            }

            @Override
            public Messages teamMessages() {
                return Messages.of(Language.ZH);
            }

            @Override
            public DialogService teamDialogs() {
                return dialogs;
            }

            @Override
            public void switchRound(long roundId) {
                shown.add(roundId);
            }

            @Override
            public void flushEdits() {}
        };
        Menu menu = new Menu();
        robot.interact(() -> QuestionnaireMenu.install(menu, host, TaskExecutor.synchronous()));
        Path q = dir.resolve("问卷.xlsx");
        dialogs.answers.addAll(List.of(Optional.of("质量部"), Optional.of("1.0"), Optional.of(q)));
        robot.interact(() -> menu.getItems().get(0).fire());
        assertEquals(1, dialogs.told.size(), dialogs.told.toString());
        assertTrue(dialogs.told.get(0).startsWith("info: " + q + "：评估轮次“2026 自评”的问卷，"), dialogs.told.toString());

        Path filled = dir.resolve("filled.xlsx");
        Path bad = dir.resolve("bad.xlsx");
        try (InputStream in = Files.newInputStream(q);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheetAt(1).getRow(3).getCell(7).setCellValue("10");
            book.getSheetAt(1).getRow(3).getCell(8).setCellValue("五");
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
            book.getSheetAt(1).getRow(4).getCell(7).setCellValue("8");
            try (OutputStream out = Files.newOutputStream(bad)) {
                book.write(out);
            }
        }
        dialogs.answers.add(Optional.of(bad));
        robot.interact(() -> menu.getItems().get(1).fire());
        assertTrue(
                dialogs.told.get(1).startsWith("error: 工作表 1.0 设计与规划，单元格 H5：C = 8 不是 10、5 或 0"),
                dialogs.told.toString());
        dialogs.answers.add(Optional.of(filled));
        robot.interact(() -> menu.getItems().get(1).fire());
        assertEquals(
                "info: 答案已导入：已合并 1，未变 " + (session.catalog().itemsOf("1.0").size() - 1) + "，冲突 0。",
                dialogs.told.get(2));
        assertEquals(List.of(session.roundId()), shown, "the round is shown again");
        Rating one = session.file().ratings(session.roundId()).get(1);
        assertEquals(new ItemValue(Rate.FULL, Rate.PARTIAL, false), ItemValue.of(one));
    }
}
