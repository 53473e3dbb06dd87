package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ccmm.catalog.Language;
import io.ccmm.storage.AuditEntry;
import java.lang.ref.WeakReference;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds the window's views: the note being typed is saved first, and the views it replaces are
 * let go entirely — no listener of theirs is left on the view models, the file session or the window, so nothing of
 * them can be reached any more and the garbage collector takes them.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchLifetimeTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    @Test
    void aSwitchSavesTheDraftFirstAndTheOldViewsAreGarbageAfterwards(FxRobot robot) throws Exception {
        robot.interact(() -> main.window().workspace().select(34));
        WaitForAsyncUtils.waitForFxEvents();
        // Typed without the robot's mouse and keys: the test harness keeps every event it fires, with its target.
        WeakReference<Node> oldNote = typeNote(robot, "访谈");
        WeakReference<Parent> oldRoot =
                new WeakReference<>(main.stage().getScene().getRoot());

        // The switch comes while the delayed save of the note is still pending.
        robot.interact(() -> main.window().workspace().languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                "访谈", main.session().ratings().get(34).note(), "the draft was saved under its item before the switch");
        List<AuditEntry> writes = main
                .session()
                .file()
                .auditTrail(main.session().roundId(), 34)
                .stream()
                .filter(e -> e.field().equals("note"))
                .toList();
        assertEquals(1, writes.size(), writes.toString());
        assertNotSame(oldRoot.get(), main.stage().getScene().getRoot(), "the views were rebuilt");

        // Another switch and back, a few edits: the window goes on living while the old views should be gone.
        robot.interact(() -> main.window().workspace().languageProperty().set(Language.ZH));
        robot.interact(() -> main.window().workspace().select(35));
        WaitForAsyncUtils.waitForFxEvents();
        forgetFiredEvents();
        for (int i = 0; i < 100 && (oldRoot.get() != null || oldNote.get() != null); i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(20);
        }
        assertNull(oldNote.get(), "the old note area is still reachable after the switch");
        assertNull(oldRoot.get(), "the old window content is still reachable after the switch");
    }

    /** Types into the note area the way its text changes while typing; only a weak reference to it is kept. */
    private static WeakReference<Node> typeNote(FxRobot robot, String text) {
        TextArea note = robot.lookup(".note-area").queryAs(TextArea.class);
        robot.interact(() -> note.appendText(text));
        return new WeakReference<>(note);
    }

    /**
     * TestFX records every event fired in the test's stage, each with its target node; those records would keep the
     * old views reachable, so they are dropped before looking.
     */
    private static void forgetFiredEvents() throws ReflectiveOperationException {
        java.lang.reflect.Field recorded = FxToolkitContext.class.getDeclaredField("firedEvents");
        recorded.setAccessible(true);
        ((FiredEvents) recorded.get(FxToolkit.toolkitContext())).clearEvents();
    }
}
