package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A field copy's window: items outside the assessor's scope are shown, dimmed in the navigator, and read-only. */
@ExtendWith(ApplicationExtension.class)
class FieldCopyScopeWindowTest {

    private static Path copy;
    private static long roundId;
    private AssessmentFile file;
    private MainWindow window;

    @BeforeAll
    static void handOut() throws Exception {
        Path master = TeamFixtures.master("ccmm-scope");
        roundId = TeamFixtures.roundOf(master);
        copy = TeamFixtures.handOut(master, "张三", "1-25");
    }

    @Start
    void start(Stage stage) throws Exception {
        file = AssessmentFile.open(copy, OpenMode.READ_WRITE);
        window = CcmmApplication.open(stage, new FileRoundSession(file, roundId, "张三.ccmm"), Language.ZH);
    }

    @AfterEach
    void close() throws Exception {
        file.close();
    }

    @Test
    void anItemOutsideTheScopeIsReadOnlyAndTheCardSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().select(40));
        Label notice = robot.lookup("#scope-notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("40") && notice.getText().contains("张三"), notice.getText());
        assertTrue(notice.getText().contains("只能查看"), notice.getText());
        assertTrue(robot.lookup("#cFull").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#fNone").queryAs(ToggleButton.class).isDisabled());
        assertFalse(robot.lookup(".note-area").queryAs(TextArea.class).isEditable());

        press(robot, KeyCode.DIGIT1);
        press(robot, KeyCode.Q);
        assertEquals(Rating.unrated(40), file.rating(roundId, 40), "the keys change nothing outside the scope");
        assertTrue(window.workspace().problemProperty().get().contains("40"));

        assertTrue(outsideScopeCells(robot).contains(40), "item 40 is dimmed in the navigator");
    }

    @Test
    void anItemInTheScopeIsRatedAsUsual(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().select(3));
        assertFalse(robot.lookup("#scope-notice").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#cFull").queryAs(ToggleButton.class).isDisabled());
        press(robot, KeyCode.DIGIT1);
        assertEquals(Rate.FULL, file.rating(roundId, 3).c());
        assertFalse(outsideScopeCells(robot).contains(3));
    }

    /** The items whose navigator cells are marked outside the scope (only cells on screen exist; text "40  title"). */
    private static Set<Integer> outsideScopeCells(FxRobot robot) {
        return robot.lookup(".nav-outside-scope").queryAll().stream()
                .map(n -> ((TreeCell<?>) n).getText())
                .filter(text -> text != null && !text.isBlank())
                .map(text -> Integer.valueOf(text.strip().split("\\s+")[0]))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void press(FxRobot robot, KeyCode key) {
        Platform.runLater(() -> {
            var scene = robot.lookup(".item-title").query().getScene();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            javafx.event.Event.fireEvent(
                    target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
