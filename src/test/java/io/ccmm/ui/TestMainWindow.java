package io.ccmm.ui;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window of a window test, opened on the test's stage over a session as the application opens it, with
 * the settings of the test run ({@code ccmm.settings.dir}). Open it in the test's {@code @Start}.
 */
public record TestMainWindow(Stage stage, FileRoundSession session, MainWindow window) {

    /** The window over {@code session} in {@code language}. */
    public static TestMainWindow open(Stage stage, FileRoundSession session, Language language) {
        return new TestMainWindow(stage, session, CcmmApplication.open(stage, session, language));
    }

    /** The window in Chinese over a new file with one round and nothing rated. */
    public static TestMainWindow overEmptyFile(Stage stage) {
        return open(stage, TestSessions.empty(), Language.ZH);
    }

    /** Switches the language as the menu does and checks that the window was rebuilt in it. */
    public void switchTo(FxRobot robot, Language language) {
        Parent before = stage.getScene().getRoot();
        robot.interact(() -> window.context().languageProperty().set(language));
        WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertNotSame(before, stage.getScene().getRoot(), "the window was rebuilt");
    }

    /** The node of the window's current scene that {@code selector} finds, which must be there. */
    public <T extends Node> T find(String selector, Class<T> type) {
        Node n = stage.getScene().getRoot().lookup(selector);
        org.junit.jupiter.api.Assertions.assertNotNull(n, selector);
        return type.cast(n);
    }
}
