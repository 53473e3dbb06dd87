package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF's plan tables give each column room by what it holds. */
class PlanTableColumnsTest {

    private static final PlanBlocks.Table TREND = new PlanBlocks.Table(
            List.of("Round", "Date", "Readiness", "L1 total", "1.0"),
            List.of(
                    List.of("2026 年度自评估", "2026-03-01", "L2 Professional", "96.4%", "78.0%"),
                    List.of("2027 复评", "2027-03-01", "L3 Benchmark", "100.0%", "84.0%")));

    @Test
    void aLevelNameGetsMoreRoomThanADateAndAPercent() {
        double readiness = PdfReportExporter.columnWeight(TREND, 2);
        assertTrue(readiness > PdfReportExporter.columnWeight(TREND, 1), "readiness wider than the date");
        assertTrue(readiness > PdfReportExporter.columnWeight(TREND, 3), "readiness wider than the percent");
        // a Chinese round title counts its characters double
        assertTrue(PdfReportExporter.columnWeight(TREND, 0) > PdfReportExporter.columnWeight(TREND, 1));
    }

    @Test
    void aLongDescriptionTakesAtMostFiveSharesAndANumberAtLeastOne() {
        PlanBlocks.Table actions = new PlanBlocks.Table(List.of("#", "Action"), List.of(List.of("1", "x".repeat(400))));
        assertEquals(1.0, PdfReportExporter.columnWeight(actions, 0));
        assertEquals(5.0, PdfReportExporter.columnWeight(actions, 1));
    }
}
