package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The item card reads attachments and the improvement action in the background, and only ever shows its own. */
@ExtendWith(ApplicationExtension.class)
class EvidenceReadsTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private FileRoundSession session;

    @Start
    void start(Stage stage) throws Exception {
        session = TestSessions.empty();
        Path minutes = dir.resolve("minutes-item2.pdf");
        Files.write(minutes, "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        session.attach(2, minutes);
        session.saveAction(
                new ImprovementAction(0, session.roundId(), 2, "审核知识库", "李四", "", io.ccmm.storage.ActionStatus.OPEN));
        SettingsStore.forUser().load().themeValue().apply();
        window = new MainWindow(stage, Language.ZH, SettingsStore.forUser(), uri -> {});
        window.show(session);
    }

    @Test
    void movingOnWhileTheFileIsBusyNeitherWaitsNorShowsTheLeftItemsAttachments(FxRobot robot) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            // A long read or write elsewhere (a copy, an import) holds the file for a while.
            synchronized (session.file()) {
                holding.countDown();
                await(release);
            }
        });
        holder.start();
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            // Going to item 2 (an attachment and an action) and on to item 3 (none) does not wait for the file.
            WaitForAsyncUtils.asyncFx(() -> window.workspace().select(2)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.asyncFx(() -> window.workspace().select(3)).get(5, TimeUnit.SECONDS);
            // Input is refused at once; the fields show as locked from the next frame on.
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                            () -> actionField(robot).isDisabled())
                    .get());
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        // Item 2's answers come in after the user has left it: they do not land on item 3.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> noneShown(robot))
                .get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of(),
                WaitForAsyncUtils.asyncFx(() -> attachmentNames(robot)).get());
        assertEquals(
                "",
                WaitForAsyncUtils.asyncFx(() -> actionField(robot).getText()).get());
        assertFalse(
                WaitForAsyncUtils.asyncFx(() -> actionField(robot).isDisabled()).get());

        // Back on item 2 its own attachment and action are shown.
        WaitForAsyncUtils.asyncFx(() -> window.workspace().select(2)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> attachmentNames(robot))
                                .get()
                                .size()
                        == 1);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> attachmentNames(robot))
                .get()
                .get(0)
                .contains("minutes-item2.pdf"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> actionField(robot).getText())
                .get()
                .equals("审核知识库"));
    }

    @Test
    void aSlowReadForTheItemLeftIsDroppedWhenItComesBackLate(FxRobot robot) throws Exception {
        GatedReads reads = new GatedReads();
        window.readAttachmentsWith(reads);
        // The reads of item 2 (attachments, action) are held; item 3's go through at once.
        reads.holdNext(2);
        WaitForAsyncUtils.asyncFx(() -> window.workspace().select(2)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> window.workspace().select(3)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> noneShown(robot))
                .get());
        reads.releaseAll();
        reads.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> noneShown(robot)).get());
        assertEquals(
                List.of(),
                WaitForAsyncUtils.asyncFx(() -> attachmentNames(robot)).get());
        assertEquals(
                "",
                WaitForAsyncUtils.asyncFx(() -> actionField(robot).getText()).get());
        assertTrue(reads.ranOffTheFxThread, "the reads ran on a thread of their own");
    }

    private static List<String> attachmentNames(FxRobot robot) {
        return robot.lookup(".attachment-name").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
    }

    private static boolean noneShown(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "尚未附加文件。".equals(l.getText()) && l.getScene() != null);
    }

    private static TextField actionField(FxRobot robot) {
        return robot.lookup("#actionWhat").queryAs(TextField.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs each read on its own thread; the next {@code holdNext(n)} reads wait until released. */
    private static final class GatedReads implements TaskExecutor {
        private final CountDownLatch gate = new CountDownLatch(1);
        private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile int toHold;
        private volatile boolean ranOffTheFxThread = true;

        void holdNext(int reads) {
            toHold += reads;
        }

        void releaseAll() {
            gate.countDown();
        }

        void awaitIdle() throws InterruptedException {
            for (Thread t : threads) {
                t.join(10_000);
            }
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean hold = toHold > 0;
            if (hold) {
                toHold--;
            }
            Thread t = new Thread(() -> {
                ranOffTheFxThread &= !Platform.isFxApplicationThread();
                if (hold) {
                    EvidenceReadsTest.await(gate);
                }
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
            threads.add(t);
            t.start();
        }
    }
}
