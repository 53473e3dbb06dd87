package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm template} and {@code ccmm report --template}: the user's own Word template, edited by script. */
class TemplateReportTest {

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void aFile() throws Exception {
        file = SampleFiles.bankCenter(dir.resolve("center.ccmm"), "2026 评估", "2026-03-01", 2, (f, round) -> {
            for (int item = 1; item <= 30; item++) {
                f.saveRating(round, Rating.of(item, Rate.FULL, Rate.PARTIAL));
            }
            f.addPlanAction(PlanAction.of(ImprovementAction.of(round, 31, "建立知识库维护制度", "运营部", "2026-08-31")));
            f.saveExecutiveSummary(round, "中心整体基础扎实。\n\n下一步重点是知识管理。");
        });
    }

    @Test
    void aTemplateEditedByTheUserKeepsTheirTextAndFillsThePlaceholders() throws Exception {
        Path template = dir.resolve("T.docx");
        CliTest.Result written = CliTest.run("template", "--format", "docx", "--lang", "zh", "-o", template.toString());
        assertEquals(0, written.exit(), written.err());

        // The user edits it: a line of their own (with a placeholder inside, split over two runs as Word does),
        // a heading of their own, and one of the default tables removed.
        Path edited = dir.resolve("mine.docx");
        try (InputStream in = Files.newInputStream(template);
                XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph own =
                    doc.insertNewParagraph(doc.getParagraphs().get(0).getCTP().newCursor());
            XWPFRun a = own.createRun();
            a.setText("ACME 咨询 为 {{organiz");
            a.setBold(true);
            own.createRun().setText("ation}} 编写");
            XWPFParagraph items = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("{{table:items}}"))
                    .findFirst()
                    .orElseThrow();
            doc.removeBodyElement(doc.getPosOfParagraph(items));
            doc.createParagraph().createRun().setText("附录：本报告仅供内部使用。");
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }

        Path report = dir.resolve("report.docx");
        CliTest.Result r = CliTest.run(
                "report",
                file.toString(),
                "--format",
                "docx",
                "--lang",
                "zh",
                "--template",
                edited.toString(),
                "-o",
                report.toString());
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = Files.newInputStream(report);
                XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.startsWith("ACME 咨询 为 某银行信用卡中心 编写"), text);
            assertTrue(doc.getParagraphs().get(0).getRuns().get(0).isBold(), "the user's formatting stays");
            assertTrue(text.contains("附录：本报告仅供内部使用。"), text);
            assertTrue(text.contains("中心整体基础扎实。"), text);
            assertTrue(text.contains("下一步重点是知识管理。"), text);
            assertTrue(text.contains("2026 评估"), text);
            assertFalse(text.contains("{{"), text);
            // Tables: ladder, modules, path, actions, roadmap; items removed by the user, no findings, one round.
            assertTrue(doc.getTables().size() >= 4, doc.getTables().size() + " tables");
            assertTrue(text.contains("建立知识库维护制度"), text);
            assertFalse(doc.getTables().stream().anyMatch(t -> t.getRows().size() > 100), "no item table");
            assertEquals(1, doc.getAllPictures().size(), "the radar chart");
        }
    }

    @Test
    void aTemplateNeedsDocxAndAWordFile() throws Exception {
        Path notWord = dir.resolve("T.docx");
        Files.writeString(notWord, "not a word file");
        Path out = dir.resolve("r.docx");
        CliTest.Result bad = CliTest.run(
                "report",
                file.toString(),
                "--format",
                "docx",
                "--lang",
                "en",
                "--template",
                notWord.toString(),
                "-o",
                out.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not a Word document"), bad.err());
        CliTest.Result pdf = CliTest.run(
                "report",
                file.toString(),
                "--format",
                "pdf",
                "--lang",
                "en",
                "--template",
                notWord.toString(),
                "-o",
                out.toString());
        assertEquals(2, pdf.exit());
        assertTrue(pdf.err().contains("--format docx"), pdf.err());
        assertFalse(Files.exists(out));
    }
}
