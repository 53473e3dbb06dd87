package io.ccmm.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The round comparison window: what changed between two rounds, with room for the item table, in Chinese. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    private static Optional<Window> compareWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "比较两轮评估".equals(s.getTitle()))
                .findFirst();
    }

    @Test
    void showsReadinessModulesAndChangedItemsAndCloses(FxRobot robot) throws Exception {
        FileRoundSession session = TestSessions.with(
                Files.createTempDirectory("ccmm-compare").resolve("two.ccmm"),
                List.of(Rating.of(1, Rate.PARTIAL, Rate.NONE), Rating.of(2, Rate.FULL, Rate.FULL)));
        AssessmentFile file = session.file();
        long second = file.copyRound(
                        session.roundId(), new RoundInfo("2026 复评", "2026-10-15", List.of("张三"), OptionalInt.of(3)))
                .id();
        file.saveRating(second, Rating.of(1, Rate.FULL, Rate.FULL));
        file.saveRating(second, Rating.of(3, Rate.FULL, Rate.PARTIAL));

        Messages zh = Messages.of(Language.ZH);
        Platform.runLater(() ->
                CompareDialog.show(owner, file, second, zh, new FxDialogService(() -> owner, uri -> {}, () -> zh)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compareWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Window window = compareWindow().orElseThrow();
        assertTrue(window.getWidth() >= 900, "width " + window.getWidth());
        assertTrue(labelShown(robot, "评分有变化的条目：2 个"), "changed items counted");
        assertTrue(labelShown(robot, "1.0 设计与规划"), "module rows in Chinese");

        robot.clickOn("关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compareWindow().isPresent());
        assertEquals(2, file.rounds().size());
        file.close();
    }

    private static boolean labelShown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()))
                .tryQuery()
                .isPresent();
    }
}
