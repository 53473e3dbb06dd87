package io.ccmm.ui;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening files from the window: a file in use offers a read-only copy; actions are saved in the file. */
@ExtendWith(ApplicationExtension.class)
class FileHandlingTest {

    private MainWindow window;
    private FileRoundSession first;

    @Start
    void start(Stage stage) {
        first = TestSessions.empty();
        window = CcmmApplication.open(stage, first, Language.ZH);
    }

    private DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void aLockedFileShowsTheDialogAndOpensAReadOnlyCopy(FxRobot robot) throws Exception {
        Path other = Files.createTempDirectory("ccmm-locked").resolve("other.ccmm");
        TestSessions.with(other, List.of(Rating.of(1, Rate.FULL, Rate.PARTIAL)))
                .file()
                .close();
        try (AssessmentFile holder = AssessmentFile.open(other, OpenMode.READ_WRITE)) {
            Platform.runLater(() -> window.openPath(other));
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = dialog(robot);
            assertTrue(pane.getContentText().contains("other.ccmm 已在其他窗口或程序中打开"), pane.getContentText());
            // The buttons speak the app's language (Chinese here), not the JVM's.
            assertEquals("确定", ((javafx.scene.control.Button) TestDialogs.ok(pane)).getText());
            assertEquals("取消", ((javafx.scene.control.Button) TestDialogs.cancel(pane)).getText());
            robot.clickOn(TestDialogs.ok(pane));
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(window.session().readOnly());
            assertEquals(15, window.session().ratings().get(1).points());
            String status = robot.lookup(n -> n instanceof Labeled l
                            && l.getText() != null
                            && l.getText().contains("只读"))
                    .queryAs(Labeled.class)
                    .getText();
            assertTrue(status.contains("other.ccmm"), status);

            // Ratings are refused in a read-only copy, and the user is told so.
            robot.clickOn(".item-title").type(KeyCode.DIGIT3);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Rate.FULL, window.session().ratings().get(1).c());
        }
    }

    @Test
    void decliningTheReadOnlyCopyKeepsTheCurrentFile(FxRobot robot) throws Exception {
        Path other = Files.createTempDirectory("ccmm-locked").resolve("busy.ccmm");
        TestSessions.with(other, List.of()).file().close();
        try (AssessmentFile holder = AssessmentFile.open(other, OpenMode.READ_WRITE)) {
            Platform.runLater(() -> window.openPath(other));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(TestDialogs.cancel(dialog(robot)));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(first.file().path(), window.session().file().path());
            assertFalse(window.session().readOnly());
        }
    }

    @Test
    void anImprovementActionIsSavedWithTheItem(FxRobot robot) throws Exception {
        ScrollPane card = robot.lookup(".card-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> card.setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#actionWhat").write("每月开展质检校准并记录偏差");
        robot.clickOn("#actionOwner").write("质检主管");
        robot.clickOn("#actionSave");
        WaitForAsyncUtils.waitForFxEvents();
        var actions = window.session().actions();
        assertEquals(1, actions.size());
        assertEquals(1, actions.get(0).item());
        assertEquals("每月开展质检校准并记录偏差", actions.get(0).what());
        assertEquals("质检主管", actions.get(0).owner());
    }
}
