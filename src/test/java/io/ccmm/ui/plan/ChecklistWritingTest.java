package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxTaskExecutor;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The interview checklist is written off the FX thread: the window stays responsive, the result is said after. */
@ExtendWith(ApplicationExtension.class)
class ChecklistWritingTest {

    @TempDir
    Path dir;

    private FileRoundSession session;
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        if (session != null) {
            session.file().close();
        }
    }

    /** The window's executor, with the work held until the test lets it go. */
    private TaskExecutor held() {
        FxTaskExecutor fx = new FxTaskExecutor();
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                fx.run(
                        () -> {
                            assertFalse(Platform.isFxApplicationThread(), "written off the FX thread");
                            started.countDown();
                            release.await();
                            return work.call();
                        },
                        onSuccess,
                        onFailure);
            }
        };
    }

    private DialogService dialogs() {
        return new io.ccmm.ui.QuietDialogs() {
            @Override
            public void error(String title, String message) {
                said.add("error: " + message);
            }

            @Override
            public void info(String title, String message) {
                said.add("info: " + message);
            }
        };
    }

    private void writeOnFx(ChecklistWriting writing, Messages m, Path target) throws Exception {
        Map<Integer, Rating> ratings = Map.of(1, Rating.of(1, Rate.FULL, Rate.NONE));
        WaitForAsyncUtils.asyncFx(() -> writing.write(
                        session.file(), session.roundId(), session.catalog(), ratings, "某中心 — 2026", m, target))
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void theFxThreadStaysResponsiveWhileTheChecklistIsWritten() throws Exception {
        session = TestSessions.with(dir.resolve("c.ccmm"), List.of(Rating.of(1, Rate.FULL, Rate.NONE)));
        ChecklistWriting writing = new ChecklistWriting(held(), dialogs());
        Messages m = Messages.of(Language.EN);
        Path target = dir.resolve("checklist.pdf");

        writeOnFx(writing, m, target);
        assertTrue(started.await(30, TimeUnit.SECONDS), "the writer started");
        assertTrue(writing.runningProperty().get(), "running: the menu item is disabled");

        // While the writer is held, the FX thread still processes what is posted to it.
        CountDownLatch fxRan = new CountDownLatch(1);
        Platform.runLater(fxRan::countDown);
        assertTrue(fxRan.await(30, TimeUnit.SECONDS), "the FX thread is not blocked by the writing");
        assertEquals(List.of(), said, "nothing said before it is written");
        assertFalse(Files.exists(target));

        // A second request meanwhile is not started twice.
        writeOnFx(writing, m, dir.resolve("again.pdf"));

        release.countDown();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !writing.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("info: ") && said.get(0).contains(target.toString()), said.get(0));
        assertTrue(Files.size(target) > 0);
        assertFalse(Files.exists(dir.resolve("again.pdf")));
    }

    @Test
    void aFailureIsSaidInTheUsersLanguageAndLeavesNothing() throws Exception {
        session = TestSessions.with(dir.resolve("c.ccmm"), List.of());
        release.countDown();
        ChecklistWriting writing = new ChecklistWriting(held(), dialogs());
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("checklist.pdf");

        writeOnFx(writing, Messages.of(Language.ZH), target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !said.isEmpty());
        assertTrue(said.get(0).startsWith("error: 无法写入“" + target + "”"), said.get(0));
        assertFalse(writing.runningProperty().get());
    }
}
