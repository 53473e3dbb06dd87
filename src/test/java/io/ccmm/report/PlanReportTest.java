package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.plan.PlanEntry;
import io.ccmm.scoring.ReadinessEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan sections in every format: summary first, findings, action plan, roadmap, trend; the draft mark. */
class PlanReportTest {

    static CatalogBundle bundle;
    static Assessment bank;
    static Assessment earlier;

    @BeforeAll
    static void load() throws Exception {
        bundle = CatalogLoader.bundled();
        try (InputStream in =
                PlanReportTest.class.getResourceAsStream("/assessment-items/samples/bank-card-center-2026.json")) {
            bank = InterchangeJson.read(in.readAllBytes(), bundle.catalog(), true);
        }
        List<Rating> lower = new ArrayList<>();
        for (Rating r : bank.ratings()) {
            lower.add(r.isRated() && r.c() == Rate.FULL ? r.withC(Rate.PARTIAL) : r);
        }
        earlier = new Assessment(bank.catalog(), bank.organization(), bank.round(), lower);
    }

    static ReportPlan plan(boolean finalRound) {
        ReadinessEngine engine = ReadinessEngine.of(bundle);
        return ReportPlan.of(
                "",
                finalRound,
                List.of(new ReportPlan.Finding(154, "weakness", "high", "没有与外部伙伴的协同创新机制", "张三")),
                List.of(
                        new PlanEntry(
                                "建立协同创新机制",
                                "创新办",
                                "2026-09-30",
                                "open",
                                "high",
                                "30 人天",
                                List.of(154),
                                Rate.FULL,
                                Rate.FULL),
                        new PlanEntry(
                                "Publish the knowledge base owner list",
                                "",
                                "2026-05-15",
                                "in-progress",
                                "low",
                                "",
                                List.of(3),
                                Rate.UNRATED,
                                Rate.UNRATED),
                        new PlanEntry(
                                "Review the survey method",
                                "",
                                "",
                                "open",
                                "medium",
                                "",
                                List.of(8),
                                Rate.UNRATED,
                                Rate.UNRATED)),
                List.of(
                        new ReportPlan.TrendRound("2025 基线", "2025-03-01", engine.score(earlier), false),
                        new ReportPlan.TrendRound("2026 复评", "2026-03-01", engine.score(bank), true)),
                0);
    }

    static byte[] export(String format, Language language, ReportPlan plan) throws Exception {
        ReportService service = new ReportService();
        ReportModel model = service.model(ReportInput.of(bundle, bank).withPlan(plan), language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.format(format).write(model, out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void thePdfOfAFinalCompleteRoundHasThePlanSectionsAndNoDraftMark() throws Exception {
        byte[] pdf = export("pdf", Language.EN, plan(true));
        Path out = Path.of("target", "plan-report-final-en.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        String text = pdfText(pdf);
        assertFalse(text.contains("DRAFT"), "no watermark");
        int summary = text.indexOf("Executive summary");
        int ladder = text.indexOf("Readiness ladder");
        assertTrue(summary > 0, text);
        assertTrue(ladder < 0 || summary < ladder, "the summary comes first");
        assertTrue(text.contains("The contact center is ready for L4"), text);
        for (String heading :
                List.of("Findings", "Action plan", "Roadmap", "Trend over rounds", "2026 Q2", "2026 Q3")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("Since the previous round"), "the trend in the summary");
    }

    @Test
    void aDraftRoundCarriesTheWatermarkInPdfDocxHtmlAndXlsx() throws Exception {
        String pdf = pdfText(export("pdf", Language.ZH, plan(false)));
        assertTrue(pdf.contains("草稿"), "watermark");
        assertTrue(pdf.contains("本轮评估尚未定稿"), "cover note");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("docx", Language.EN, plan(false))))) {
            assertTrue(
                    doc.getHeaderList().stream().map(XWPFHeader::getText).anyMatch(t -> t.contains("DRAFT")),
                    doc.getHeaderList().size() + " headers");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("docx", Language.EN, plan(true))))) {
            assertFalse(doc.getHeaderList().stream().map(XWPFHeader::getText).anyMatch(t -> t.contains("DRAFT")));
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.indexOf("Executive summary") < text.indexOf("Action plan"), text);
            assertTrue(text.contains("Publish the knowledge base owner list"), text);
        }
        String html = new String(export("html", Language.EN, plan(false)), StandardCharsets.UTF_8);
        assertTrue(html.contains("draft-watermark"));
        assertFalse(new String(export("html", Language.EN, plan(true)), StandardCharsets.UTF_8)
                .contains("draft-watermark"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", Language.EN, plan(false))))) {
            assertEquals("Executive summary", wb.getSheetName(0));
            assertTrue(
                    wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().startsWith("DRAFT"));
            assertTrue(wb.getSheet("Action plan") != null);
            assertTrue(wb.getSheet("Roadmap") != null);
            assertTrue(wb.getSheet("Trend over rounds") != null);
        }
    }

    @Test
    void theJsonReportCarriesThePlanBesideTheRound() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export("json", Language.EN, plan(true)));
        assertEquals("ccmm-assessment", json.get("format").asText());
        assertFalse(json.get("plan").get("draft").asBoolean());
        assertEquals(3, json.get("plan").get("actions").size());
        assertEquals(2, json.get("plan").get("trend").size());
        assertTrue(json.get("plan").get("executiveSummary").asText().startsWith("The contact center"));
        // and it still imports as the round it was
        Assessment again = InterchangeJson.read(export("json", Language.EN, plan(true)), bundle.catalog(), true);
        assertEquals(bank.ratings().size(), again.ratings().size());
    }

    @Test
    void aReportWithoutAPlanIsAsBefore() throws Exception {
        ReportService service = new ReportService();
        ReportModel model = service.model(ReportInput.of(bundle, bank), Language.EN);
        assertFalse(model.plan().present());
        String html = HtmlReportExporter.render(model);
        assertFalse(html.contains("executive-summary"));
    }
}
