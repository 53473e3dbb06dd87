package io.ccmm.ui;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import javafx.stage.Stage;

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
}
