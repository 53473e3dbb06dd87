package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.report.ReportService;
import io.ccmm.storage.Branding;
import io.ccmm.ui.TestSessions;
import java.nio.charset.StandardCharsets;
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

/** Exporting from the window runs in the background and ends with the finished file and an offer to open it. */
@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {

    private MainWindow window;
    private io.ccmm.ui.workspace.FileRoundSession session;

    @Start
    void start(Stage stage) {
        session = TestSessions.with(List.of(Rating.of(1, Rate.FULL, Rate.NONE)));
        window = CcmmApplication.open(stage, session, Language.ZH);
    }

    @Test
    void exportsAPdfInTheBackground(FxRobot robot) throws Exception {
        Path target = Files.createTempDirectory("ccmm-export").resolve("报告.pdf");
        var pdf = new ReportService().format("pdf");
        Platform.runLater(() -> window.exportReport(new ExportReportDialog.Choice(pdf, Language.EN), target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(done.getContentText().contains(target.toString()), done.getContentText());
        robot.clickOn(io.ccmm.ui.TestDialogs.cancel(done));

        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("测试热线"), "organization in the PDF");
        }
        assertTrue(window.busyProperty().get().isEmpty());
    }

    @Test
    void theReportFromTheWindowCarriesTheRoundsExecutiveSummary(FxRobot robot) throws Exception {
        String summary = "执行摘要：热线已接近 L1，先补齐知识库审核。";
        session.file().saveExecutiveSummary(session.roundId(), summary);
        Path target = Files.createTempDirectory("ccmm-export").resolve("report.html");
        var html = new ReportService().format("html");
        Platform.runLater(() -> window.exportReport(new ExportReportDialog.Choice(html, Language.ZH), target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(io.ccmm.ui.TestDialogs.cancel(done));
        String text = Files.readString(target);
        assertTrue(text.contains(summary), "the executive summary kept with the round is in the report");
    }

    @Test
    void aReportThatCannotBeWrittenIsExplainedInTheWindowsLanguage(FxRobot robot) throws Exception {
        Path target =
                Files.createTempDirectory("ccmm-export").resolve("不存在的文件夹").resolve("report.html");
        var html = new ReportService().format("html");
        Platform.runLater(() -> window.exportReport(new ExportReportDialog.Choice(html, Language.ZH), target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        DialogPane failed = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String words = failed.getContentText();
        robot.clickOn(failed.lookupButton(failed.getButtonTypes().get(0)));
        assertTrue(words.startsWith("无法写入“" + target + "”"), words);
        assertTrue(Files.notExists(target.getParent()), "nothing created");
    }

    /** What a report had to leave out is said in the window's language, whatever the report's language. */
    @Test
    void theDamagedLogoWarningOfAnEnglishReportIsSaidInTheChineseWindowsWords(FxRobot robot) throws Exception {
        byte[] damaged = "\u0089PNG but cut off".getBytes(StandardCharsets.ISO_8859_1);
        session.file().saveBranding(new Branding("咨询公司", "客户", damaged, "image/png", ""));
        Path target = Files.createTempDirectory("ccmm-export").resolve("report.html");
        var html = new ReportService().format("html");
        Platform.runLater(() -> window.exportReport(new ExportReportDialog.Choice(html, Language.EN), target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String words = done.getContentText();
        robot.clickOn(io.ccmm.ui.TestDialogs.cancel(done));
        assertTrue(words.contains("文件中保存的标志（" + damaged.length + " 字节）无法作为图像读取"), words);
        assertFalse(words.contains("could not be read as an image"), words);
        assertTrue(Files.readString(target).contains("<html"), "the report itself is written, in English");
    }
}
