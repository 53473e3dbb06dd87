package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Windows;
import io.ccmm.ui.compare.CompareDialog;
import io.ccmm.ui.explain.ExplanationWindow;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.plan.PlanWindow;
import io.ccmm.ui.portfolio.PortfolioWindow;
import io.ccmm.ui.team.AgreementView;
import io.ccmm.ui.team.ConflictView;
import io.ccmm.ui.team.ConflictViewModel;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every secondary window closes from the keyboard, with Esc and with the platform's close shortcut: without a window
 * manager it has no frame to close it by.
 */
@ExtendWith(ApplicationExtension.class)
class SecondaryWindowsCloseTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) throws Exception {
        FileRoundSession session = TestSessions.empty();
        session.file()
                .copyRound(session.roundId(), new RoundInfo("2027", "2027-01-01", List.of(), OptionalInt.empty()));
        main = TestMainWindow.open(stage, session, Language.ZH);
    }

    /** How each kind of secondary window is opened over the main window. */
    private Map<String, Runnable> openers() {
        Messages zh = Messages.of(Language.ZH);
        Stage stage = main.stage();
        FileRoundSession session = main.session();
        MainWindow window = main.window();
        var dialogs = window.context().dialogs();
        Map<String, Runnable> open = new LinkedHashMap<>();
        open.put("help", window::showHelp);
        open.put("first-run guide", window::showFirstRunGuide);
        open.put("start page", window::showStart);
        open.put("plan", () -> PlanWindow.show(stage, session.file(), session.roundId(), zh, dialogs));
        open.put("compare", () -> CompareDialog.show(stage, session.file(), session.roundId(), zh, dialogs));
        open.put("explanation", () -> ExplanationWindow.show(stage, window.dashboard(), zh, id -> {}, 1));
        open.put("portfolio", () -> PortfolioWindow.show(stage, zh, dialogs, List.of()));
        open.put("rater agreement", () -> {
            try {
                AgreementView.show(
                        stage,
                        session.file(),
                        session.roundId(),
                        CatalogLoader.bundled().catalog(),
                        zh);
            } catch (io.ccmm.storage.StorageException e) {
                throw new IllegalStateException(e);
            }
        });
        open.put(
                "conflicts",
                () -> ConflictView.show(stage, new ConflictViewModel(session.file(), session.roundId()), zh));
        return open;
    }

    @Test
    void escapeClosesEverySecondaryWindow(FxRobot robot) throws Exception {
        for (Map.Entry<String, Runnable> kind : openers().entrySet()) {
            Stage opened = open(robot, kind.getKey(), kind.getValue());
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(opened.isShowing(), kind.getKey() + " is still open after Esc");
        }
    }

    @Test
    void theCloseShortcutClosesEverySecondaryWindow(FxRobot robot) throws Exception {
        for (Map.Entry<String, Runnable> kind : openers().entrySet()) {
            Stage opened = open(robot, kind.getKey(), kind.getValue());
            robot.push(KeyCode.SHORTCUT, KeyCode.W);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(opened.isShowing(), kind.getKey() + " is still open after the close shortcut");
        }
    }

    @Test
    void escapeInATextFieldOfThePlanStillClosesIt(FxRobot robot) throws Exception {
        Stage plan = open(robot, "plan", openers().get("plan"));
        robot.interact(() -> plan.getScene().getRoot().lookup(".text-field").requestFocus());
        assertTrue(plan.getScene().getFocusOwner() instanceof TextField);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(plan.isShowing());
    }

    @Test
    void escapeFirstClosesAnOpenDropDownThenTheWindow(FxRobot robot) throws Exception {
        Stage compare = open(robot, "compare", openers().get("compare"));
        javafx.scene.control.ComboBox<?> rounds =
                (javafx.scene.control.ComboBox<?>) compare.getScene().getRoot().lookup(".combo-box");
        robot.interact(() -> {
            rounds.requestFocus();
            rounds.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rounds.isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(rounds.isShowing(), "Esc closed the drop-down");
        assertTrue(compare.isShowing(), "and left the window open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compare.isShowing(), "the next Esc closes the window");
    }

    /** Esc asks the window to close the way its frame's close button does, so a window may keep itself open. */
    @Test
    void aWindowThatRefusesToCloseIsAskedAndStaysOpen(FxRobot robot) throws Exception {
        int[] asked = {0};
        Stage guarded = open(robot, "guarded", () -> {
            Stage s = new Stage();
            s.initOwner(main.stage());
            s.setScene(new Scene(new StackPane(), 300, 200));
            Windows.closable(s);
            s.setOnCloseRequest(e -> {
                asked[0]++;
                e.consume();
            });
            s.show();
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(guarded.isShowing(), "the window's own answer to a close request holds");
        assertTrue(asked[0] == 1, "the window was asked once: " + asked[0]);
        robot.interact(guarded::hide);
    }

    /** Opens a window through {@code opener} (which may block in a nested loop), waits for it, gives it the keys. */
    private Stage open(FxRobot robot, String kind, Runnable opener) throws Exception {
        Set<Window> before = new HashSet<>();
        robot.interact(() -> before.addAll(Window.getWindows()));
        Platform.runLater(opener);
        AtomicReference<Stage> opened = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (!before.contains(w) && w.isShowing() && w instanceof Stage s) {
                    opened.set(s);
                    return true;
                }
            }
            return false;
        });
        Stage s = opened.get();
        assertNotNull(s, kind + " did not open");
        robot.interact(s::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return s;
    }
}
