package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Round › Interview checklist…: the round open in the window, as it is now, written as a PDF. */
@ExtendWith(ApplicationExtension.class)
class ChecklistWindowTest {

    private MainWindow window;
    private FileRoundSession session;

    @Start
    void start(Stage stage) {
        session = TestSessions.with(List.of(Rating.of(1, Rate.FULL, Rate.NONE), Rating.of(2, Rate.FULL, Rate.FULL)));
        window = CcmmApplication.open(stage, session, Language.EN);
    }

    @Test
    void theChecklistOfTheOpenRoundIsWrittenAndSaid(FxRobot robot) throws Exception {
        session.file().flagForReview(session.roundId(), 2, "Evidence is two years old");
        Path target = Files.createTempDirectory("ccmm-checklist").resolve("checklist.pdf");
        Platform.runLater(() -> window.writeChecklist(target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(done.getContentText().contains(target.toString()), done.getContentText());
        // Items 3–170 are unrated, 1 is at 0 on F and 2 is flagged: everything but nothing settled is listed.
        assertTrue(done.getContentText().contains("170 items"), done.getContentText());
        robot.clickOn(io.ccmm.ui.TestDialogs.ok(done));

        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(flat.contains("Interviewchecklist"), flat);
            assertTrue(flat.contains("NowC10/F0"), flat);
            assertTrue(flat.contains("Flagged:Evidenceistwoyearsold"), flat);
            String title = CatalogLoader.bundled()
                    .catalog()
                    .item(1)
                    .orElseThrow()
                    .title()
                    .get(Language.EN);
            assertTrue(flat.contains(title.replaceAll("\\s+", "")), flat);
            assertFalse(flat.contains("Notratedyet".repeat(2)), "each unrated item is said once");
        }
    }
}
