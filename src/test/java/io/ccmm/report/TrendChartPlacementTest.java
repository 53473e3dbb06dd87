package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the PDF puts the trend chart: under the trend table on the same page whenever the room left there holds it at
 * its least readable height (shrunk to the room), on the next page only when it does not; never across pages.
 */
class TrendChartPlacementTest {

    @BeforeAll
    static void load() throws Exception {
        TrendChartReportTest.load();
    }

    /** A plan of three rounds with {@code findings} findings, which push the trend table down the page. */
    static ReportPlan plan(int findings) {
        ReportPlan three = TrendChartReportTest.plan(3);
        List<ReportPlan.Finding> list = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            list.add(new ReportPlan.Finding(26 + i, "weakness", "medium", "质量抽检覆盖不足 " + (i + 1), "张三"));
        }
        return ReportPlan.of("", true, list, List.of(), three.trend(), 0);
    }

    static ReportModel model(int findings, Language language) {
        return new ReportService()
                .model(
                        ReportInput.of(PlanReportTest.bundle, PlanReportTest.bank)
                                .withPlan(plan(findings)),
                        language);
    }

    static byte[] pdf(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportService().format("pdf").write(model, out);
        return out.toByteArray();
    }

    /** A piece of text on a page: the page (1-based) and its baseline, measured from the page's bottom. */
    record Placed(String text, int page, float y) {}

    /** The body text of the PDF in drawing order (running header and footer left out). */
    static List<Placed> bodyText(byte[] pdf) throws IOException {
        List<Placed> placed = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float height = PdfLayout.PAGE.getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float y = height - positions.get(0).getYDirAdj();
                    if (y > PdfLayout.BOTTOM - 1 && y < PdfLayout.TOP + 20) {
                        placed.add(new Placed(text, getCurrentPageNo(), y));
                    }
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        }
        return placed;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theChartStaysUnderTheTableWhenTheRoomLeftHoldsItAtItsLeastHeight(Language language) throws Exception {
        String caption = ReportText.of(language).get("plan.trend.chart");
        String lastRound = TrendChartReportTest.plan(3).trend().get(2).title();
        int shrunk = 0;
        for (int findings = 0; findings <= 24; findings += 2) {
            ReportModel model = model(findings, language);
            List<Placed> text = bodyText(pdf(model));
            int at = -1;
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).text().contains(caption)) {
                    at = i;
                }
            }
            assertTrue(at > 0, "the chart's caption with " + findings + " findings");
            Placed end = null;
            for (int i = 0; i < at; i++) {
                if (text.get(i).text().contains(lastRound)) {
                    end = text.get(i);
                }
            }
            assertTrue(end != null, "the trend table's last row with " + findings + " findings");
            Placed chart = text.get(at);
            // The room under the last row's baseline, less its padding and the row's rule: never more than there is.
            double room = end.y() - PdfLayout.BOTTOM - 8;
            double least = TrendChart.minHeight(model) + TrendChartPdf.CAPTION_ROOM;
            double full = TrendChart.height(model) + TrendChartPdf.CAPTION_ROOM;
            if (room >= least) {
                assertEquals(
                        end.page(),
                        chart.page(),
                        language + ", " + findings + " findings: " + Math.round(room)
                                + " points left under the table hold the chart at its least height ("
                                + Math.round(least) + "), so it stays on the table's page");
                if (room < full) {
                    shrunk++;
                }
            }
            if (chart.page() != end.page()) {
                assertTrue(room < least + 12, "moved only for want of room: " + Math.round(room));
            }
        }
        assertTrue(shrunk > 0, "some table ends leave less than the full chart's height, more than its least");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1})
    void theChartIsDrawnWholeOnOnePageShrunkToTheRoomLeft(double share) throws Exception {
        ReportModel model = model(0, Language.ZH);
        double least = TrendChart.minHeight(model);
        double full = TrendChart.height(model);
        double h = least + share * (full - least) - (share == 1 ? 1 : 0);
        try (PDDocument doc = new PDDocument()) {
            PdfLayout l = new PdfLayout(doc, PdfFonts.load(doc, Language.ZH));
            l.newPage();
            l.y = (float) (PdfLayout.BOTTOM + TrendChartPdf.CAPTION_ROOM + h);
            TrendChartPdf.draw(l, model, "caption");
            l.closePage();
            assertEquals(1, doc.getNumberOfPages(), "drawn on the page it had room on");
            if (share == 0) {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                doc.save(java.nio.file.Path.of("target", "trend-chart-least-height.pdf")
                        .toFile());
            }
            assertTrue(l.y >= PdfLayout.BOTTOM - 8 - 0.01, "no lower than the margin: " + l.y);
        }
        assertEquals(full, TrendChartPdf.height(model, full + 50), "full height when there is room for it");
        assertEquals(full, TrendChartPdf.height(model, least - 1), "full height on the next page below the least");
    }
}
