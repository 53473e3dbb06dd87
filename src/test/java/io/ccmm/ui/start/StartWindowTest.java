package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start page: recent files described for picking a client, opened by keyboard, and the ways to begin. */
@ExtendWith(ApplicationExtension.class)
class StartWindowTest {

    private final List<String> calls = new ArrayList<>();
    private StartWindow start;

    private static RecentFile ready(String name, String org) {
        return new RecentFile(
                Path.of("/data/" + name),
                RecentFile.State.READY,
                org,
                "主中心",
                "2026 复评",
                "2026-10-15",
                2,
                Optional.of(Instant.parse("2026-10-16T09:30:00Z")));
    }

    @Start
    void start(Stage owner) {
        io.ccmm.ui.common.Theme.LIGHT.apply();
        List<RecentFile> files = List.of(
                new RecentFile(
                        Path.of("/data/gone.ccmm"), RecentFile.State.MISSING, "", "", "", "", 0, Optional.empty()),
                ready("a.ccmm", "某市12345热线"),
                ready("b.ccmm", "某银行信用卡中心"));
        start = StartWindow.show(
                owner,
                Messages.of(Language.ZH),
                new StartWindow.Actions(
                        p -> calls.add("open " + p.getFileName()),
                        () -> calls.add("new"),
                        () -> calls.add("openFile"),
                        () -> calls.add("sample")),
                () -> files,
                TaskExecutor.synchronous());
    }

    private boolean shown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l
                        && l.getText() != null
                        && l.getText().contains(text))
                .tryQuery()
                .isPresent();
    }

    @Test
    void listsTheFilesInChineseAndOpensTheSelectedOneByKeyboard(FxRobot robot) {
        assertEquals("开始", start.stage().getTitle());
        assertTrue(shown(robot, "某市12345热线  ·  主中心"));
        assertTrue(shown(robot, "最近一轮：2026 复评 (2026-10-15) · 文件共 2 轮"));
        assertTrue(shown(robot, "文件不存在"));

        @SuppressWarnings("unchecked")
        ListView<RecentFile> list = robot.lookup(".recent-files").queryAs(ListView.class);
        assertEquals(
                "a.ccmm",
                list.getSelectionModel().getSelectedItem().path().getFileName().toString(),
                "the first file that can be opened is preselected, not the missing one");
        robot.clickOn(list).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("open b.ccmm"), calls);
        assertFalse(start.stage().isShowing());
    }

    @Test
    void theWaysToBeginCloseThePageAndAct(FxRobot robot) {
        robot.clickOn("打开示例评估");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("sample"), calls);
        assertFalse(start.stage().isShowing());
    }
}
