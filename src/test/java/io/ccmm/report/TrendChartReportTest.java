package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.ReadinessEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trend chart beside the trend table: PDF, HTML and Word show it with two or more rounds, never with one. */
class TrendChartReportTest {

    static Assessment baseline;

    @BeforeAll
    static void load() throws Exception {
        PlanReportTest.load();
        List<Rating> lower = new ArrayList<>();
        for (Rating r : PlanReportTest.bank.ratings()) {
            lower.add(r.isRated() && r.f() == Rate.FULL ? r.withF(Rate.NONE) : r);
        }
        baseline = new Assessment(
                PlanReportTest.bank.catalog(), PlanReportTest.bank.organization(), PlanReportTest.bank.round(), lower);
    }

    /** A plan whose file has {@code rounds} rounds, the last one being the report's. */
    static ReportPlan plan(int rounds) {
        ReadinessEngine engine = ReadinessEngine.of(PlanReportTest.bundle);
        List<ReportPlan.TrendRound> all = List.of(
                new ReportPlan.TrendRound("2024 基线评估", "2024-03-01", engine.score(baseline), false),
                new ReportPlan.TrendRound("2025 复评", "2025-03-01", engine.score(PlanReportTest.earlier), false),
                new ReportPlan.TrendRound("2026 复评", "2026-03-01", engine.score(PlanReportTest.bank), true));
        return ReportPlan.of("", true, List.of(), List.of(), all.subList(all.size() - rounds, all.size()), 0);
    }

    static ReportModel model(int rounds, Language language) {
        return new ReportService()
                .model(
                        ReportInput.of(PlanReportTest.bundle, PlanReportTest.bank)
                                .withPlan(plan(rounds)),
                        language);
    }

    /** The text of the PDF page that carries the trend table's heading and of the page after it. */
    static String trendPage(byte[] pdf, String heading) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = doc.getNumberOfPages(); page >= 1; page--) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(doc).contains(heading)) {
                    stripper.setEndPage(Math.min(page + 1, doc.getNumberOfPages()));
                    return stripper.getText(doc);
                }
            }
        }
        return "";
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void thePdfDrawsTheChartWithItsLegendInEnglishAndChinese(int rounds) throws Exception {
        byte[] en = PlanReportTest.export("pdf", Language.EN, plan(rounds));
        byte[] zh = PlanReportTest.export("pdf", Language.ZH, plan(rounds));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "trend-chart-" + rounds + "-en.pdf"), en);
        Files.write(Path.of("target", "trend-chart-" + rounds + "-zh.pdf"), zh);

        String page = trendPage(en, "Trend over rounds");
        for (String word : List.of(
                "Readiness and modules over the rounds",
                "Readiness level",
                "Module score (%)",
                "1.0 Design & Planning",
                "5.0 Innovation & Improvement",
                "2026-03-01")) {
            assertTrue(page.contains(word), word + " on the trend page:\n" + page);
        }
        String zhPage = trendPage(zh, "各轮趋势");
        for (String word : List.of("各轮就绪等级与模块得分率", "就绪等级", "模块得分率（%）", "1.0 设计与规划")) {
            assertTrue(zhPage.contains(word), word + " on the trend page:\n" + zhPage);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void theHtmlHasAnSvgWithALineAndAPointPerRoundForTheLevelAndEachModule(int rounds) {
        ReportModel model = model(rounds, Language.EN);
        String html = HtmlReportExporter.render(model);
        Matcher svg = Pattern.compile("<div class=\"chart trend-chart\">(<svg.*?</svg>)</div>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(svg.find(), "a trend chart");
        String chart = svg.group(1);
        int series = 1 + model.plan().trendModules().size();
        assertEquals(6, series, "readiness and five modules");
        Matcher lines = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(chart);
        int count = 0;
        while (lines.find()) {
            assertEquals(rounds, lines.group(1).split(" ").length, "one point per round: " + lines.group(1));
            count++;
        }
        assertEquals(series, count, "one line per series");
        int points = chart.split("<circle ", -1).length - 1;
        assertEquals(series * rounds + series, points, "a point per round and series, and one per legend entry");
        assertFalse(chart.contains("<script"));
        for (String word : TrendChart.legend(model)) {
            assertTrue(chart.contains(Html.escape(word)), word);
        }
    }

    @Test
    void theWordReportHasTheChartAsAPictureUnderItsCaption() throws Exception {
        for (Language language : Language.values()) {
            byte[] docx = PlanReportTest.export("docx", language, plan(3));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "trend-chart-3-" + language.code() + ".docx"), docx);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                String caption = ReportText.of(language).get("plan.trend.chart");
                List<XWPFParagraph> ps = doc.getParagraphs();
                int at = -1;
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i).getText().equals(caption)) {
                        at = i;
                    }
                }
                assertTrue(at >= 0, "the caption");
                assertFalse(
                        ps.get(at + 1).getRuns().get(0).getEmbeddedPictures().isEmpty(), "the chart");
            }
        }
    }

    @Test
    void theWorkbookHasNativeLineChartsOverTheRoundsFigures() throws Exception {
        byte[] xlsx = PlanReportTest.export("xlsx", Language.EN, plan(3));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "trend-chart-3-en.xlsx"), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("Trend over rounds");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            XDDFChartData level = charts.get(0).getChartSeries().get(0);
            assertEquals(1, level.getSeriesCount());
            assertEquals(3, level.getSeries(0).getValuesData().getPointCount());
            assertEquals(0.0, level.getSeries(0).getValuesData().getPointAt(0), "below L1 in 2024");
            assertEquals(4.0, level.getSeries(0).getValuesData().getPointAt(2), "L4 in 2026");
            XDDFChartData modules = charts.get(1).getChartSeries().get(0);
            assertEquals(5, modules.getSeriesCount());
            String range = modules.getSeries(0).getValuesData().getDataRangeReference();
            CellReference firstValue = new CellReference(range.substring(range.indexOf('!') + 1, range.indexOf(':')));
            assertEquals(
                    "1.0 Design & Planning",
                    sheet.getRow(firstValue.getRow() - 1)
                            .getCell(firstValue.getCol())
                            .getStringCellValue());
        }
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(PlanReportTest.export("xlsx", Language.EN, plan(1))))) {
            assertEquals(null, wb.getSheet("Trend over rounds"));
        }
    }

    @Test
    void aOneRoundFileHasNoChart() throws Exception {
        ReportPlan one = plan(1);
        assertFalse(trendPage(PlanReportTest.export("pdf", Language.EN, one), "Action plan")
                .contains("Module score (%)"));
        String html = new String(PlanReportTest.export("html", Language.EN, one), StandardCharsets.UTF_8);
        assertFalse(html.contains("trend-chart"));
        assertFalse(html.contains("<polyline"));
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(PlanReportTest.export("docx", Language.EN, one)))) {
            assertTrue(doc.getParagraphs().stream()
                    .noneMatch(p -> p.getText().equals("Readiness and modules over the rounds")));
        }
    }
}
