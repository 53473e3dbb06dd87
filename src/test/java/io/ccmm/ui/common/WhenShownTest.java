package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** {@link ViewLifetime#whenShown}: the parts of a view that wait for its window to show. */
@ExtendWith(ApplicationExtension.class)
class WhenShownTest {

    /** A window, not shown yet, with a part of a view that counts its runs once the window shows. */
    private static Stage windowWaitingFor(ViewLifetime lifetime, AtomicInteger runs) {
        Label node = new Label("part");
        lifetime.whenShown(node, runs::incrementAndGet);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(node), 200, 100));
        return stage;
    }

    @Test
    void waitsForTheWindowThenRunsOnceAfterShowHasReturned(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger runsWhenShowReturned = new AtomicInteger(-1);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = windowWaitingFor(new ViewLifetime(), runs);
            assertEquals(0, runs.get(), "not before its window shows");
            stage[0].show();
            runsWhenShowReturned.set(runs.get());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runsWhenShowReturned.get(), "the window reaches the screen first");
        assertEquals(1, runs.get(), "then the part is built");
        robot.interact(() -> {
            stage[0].hide();
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get(), "once only");
        robot.interact(stage[0]::hide);
    }

    @Test
    void runsAtOnceInAWindowAlreadyShown(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> {
            StackPane root = new StackPane();
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
            Label node = new Label("part");
            root.getChildren().add(node);
            new ViewLifetime().whenShown(node, runs::incrementAndGet);
            assertEquals(
                    1, runs.get(), "a view rebuilt in a shown window (a language switch) builds its parts at once");
            stage.hide();
        });
    }

    @Test
    void neverRunsForAViewDisposedBeforeItsWindowShows(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            ViewLifetime lifetime = new ViewLifetime();
            stage[0] = windowWaitingFor(lifetime, runs);
            lifetime.dispose();
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runs.get());
        robot.interact(stage[0]::hide);
    }
}
