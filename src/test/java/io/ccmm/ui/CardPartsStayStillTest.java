package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The item card's parts read in the background (attachments, improvement action) never move what the user aims at:
 * the note and the action's fields stay where they are when the reads land, whatever the item's attachments are.
 */
@ExtendWith(ApplicationExtension.class)
class CardPartsStayStillTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final HeldReads reads = new HeldReads();

    @Start
    void start(Stage stage) throws Exception {
        FileRoundSession session = TestSessions.empty();
        for (String name : List.of("minutes.pdf", "roster.pdf", "survey.pdf")) {
            Path file = dir.resolve(name);
            Files.write(file, "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
            session.attach(2, file);
        }
        SettingsStore.forUser().load().themeValue().apply();
        window = new MainWindow(stage, Language.EN, SettingsStore.forUser(), uri -> {});
        window.show(session);
    }

    @Test
    void theNoteAndTheActionFieldStayPutWhenTheReadsLand(FxRobot robot) throws Exception {
        window.readAttachmentsWith(reads);
        showLanded(robot, 3, 0);
        // From an item without attachments to one with three, and back.
        for (int[] move : new int[][] {{2, 3}, {3, 0}, {2, 3}}) {
            int item = move[0];
            WaitForAsyncUtils.asyncFx(() -> window.workspace().select(item)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds noteBefore = sceneBounds(robot, "#noteArea");
            Bounds actionBefore = sceneBounds(robot, "#actionWhat");
            reads.releaseAll();
            waitForAttachments(robot, move[1]);
            assertEquals(noteBefore, sceneBounds(robot, "#noteArea"), "the note stays put (item " + item + ")");
            assertEquals(
                    actionBefore, sceneBounds(robot, "#actionWhat"), "the action field stays put (item " + item + ")");
        }
    }

    @Test
    void anotherItemsFilesAreNotLeftToClickWhileTheShownItemsListIsRead(FxRobot robot) throws Exception {
        window.readAttachmentsWith(reads);
        showLanded(robot, 2, 3);
        WaitForAsyncUtils.asyncFx(() -> window.workspace().select(3)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                0L,
                (long) WaitForAsyncUtils.asyncFx(() -> robot.lookup(".attachment-name").queryAll().stream()
                                .filter(n -> n.getScene() != null)
                                .count())
                        .get(),
                "item 2's files (and their Remove buttons) are gone while item 3's are read");
        reads.releaseAll();
        waitForAttachments(robot, 0);
    }

    private void showLanded(FxRobot robot, int item, int attachments) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.workspace().select(item)).get(5, TimeUnit.SECONDS);
        reads.releaseAll();
        waitForAttachments(robot, attachments);
    }

    private static void waitForAttachments(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                    int shown = (int) robot.lookup(".attachment-name").queryAllAs(Label.class).stream()
                            .filter(l -> l.getScene() != null)
                            .count();
                    boolean none = robot.lookup(".label").queryAllAs(Label.class).stream()
                            .anyMatch(l -> "No files attached yet.".equals(l.getText()) && l.getScene() != null);
                    return count == 0 ? none && shown == 0 : shown == count;
                })
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds sceneBounds(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Node node = robot.lookup(query).query();
                    node.getScene().getRoot().applyCss();
                    node.getScene().getRoot().layout();
                    assertTrue(node.isVisible(), query);
                    return node.localToScene(node.getLayoutBounds());
                })
                .get();
    }

    /** Keeps every read until released; then runs them in order, answering on the FX thread. */
    private static final class HeldReads implements TaskExecutor {
        private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

        void releaseAll() {
            Runnable r;
            while ((r = held.poll()) != null) {
                r.run();
            }
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        }
    }
}
