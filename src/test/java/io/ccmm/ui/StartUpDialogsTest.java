package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.main.Documents;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dialogs needed before the main window exists (a file given on the command line that is in use or not an assessment)
 * are shown on their own instead of failing.
 */
@ExtendWith(ApplicationExtension.class)
class StartUpDialogsTest {

    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<Optional<FileRoundSession>> opened = new AtomicReference<>();

    /** Opens {@code path} as start-up does: the main window's stage exists but has never been shown. */
    private DialogPane openBeforeTheWindow(FxRobot robot, Path path) throws Exception {
        AtomicReference<Stage> owner = new AtomicReference<>();
        robot.interact(() -> owner.set(new Stage()));
        Messages zh = Messages.of(Language.ZH);
        Documents documents = new Documents(new FxDialogService(owner::get, uri -> {}, () -> zh), () -> zh);
        Platform.runLater(() -> {
            try {
                opened.set(documents.open(path));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> failure.get() != null || dialogWindow().isPresent());
        assertNull(failure.get(), () -> "failed instead of showing a dialog: " + failure.get());
        assertFalse(owner.get().isShowing());
        return (DialogPane) dialogWindow().orElseThrow().getScene().getRoot();
    }

    private static Optional<Window> dialogWindow() {
        return Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst();
    }

    @Test
    void aFileThatIsNotAnAssessmentIsExplainedInADialog(FxRobot robot) throws Exception {
        Path notOurs = Files.createTempDirectory("ccmm-start").resolve("notes.ccmm");
        Files.writeString(notOurs, "plain text, not a database");
        DialogPane pane = openBeforeTheWindow(robot, notOurs);
        assertEquals("无法打开文件", pane.getHeaderText());
        robot.interact(() -> ((javafx.scene.control.Button) TestDialogs.ok(pane)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), opened.get());
    }

    @Test
    void aFileInUseOffersTheReadOnlyCopyInADialog(FxRobot robot) throws Exception {
        Path busy = Files.createTempDirectory("ccmm-start").resolve("busy.ccmm");
        TestSessions.with(busy, List.of()).file().close();
        try (AssessmentFile holder = AssessmentFile.open(busy, OpenMode.READ_WRITE)) {
            DialogPane pane = openBeforeTheWindow(robot, busy);
            assertEquals("文件正在使用中", pane.getHeaderText());
            robot.interact(() -> ((javafx.scene.control.Button) TestDialogs.ok(pane)).fire());
            WaitForAsyncUtils.waitForFxEvents();
            FileRoundSession copy = opened.get().orElseThrow();
            assertEquals(io.ccmm.storage.Access.READ_ONLY_COPY, copy.access());
            copy.file().close();
        }
    }
}
