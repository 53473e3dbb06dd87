package io.ccmm.report;

import java.io.IOException;

/**
 * The trend chart in the PDF report: drawn as vector paths under its caption, kept whole on one page. It follows the
 * trend table on the same page when the room left there holds it at least at its least readable height (its panels
 * shrink to the room, its text keeps its size); only then does it move to the next page, at full height.
 */
final class TrendChartPdf {

    private static final PdfLayout.Style CAPTION = new PdfLayout.Style(9.5f, true, ReportPalette.MUTED);

    /** Room above the chart for the caption. */
    static final float CAPTION_ROOM = 34;

    private TrendChartPdf() {}

    static void draw(PdfLayout l, ReportModel model, String caption) throws IOException {
        if (!TrendChart.shows(model)) {
            return;
        }
        double h = height(model, l.y - PdfLayout.BOTTOM - CAPTION_ROOM);
        l.ensure((float) h + CAPTION_ROOM);
        l.space(10);
        l.show(caption, PdfLayout.LEFT, l.y - 10, CAPTION);
        l.space(24);
        float left = PdfLayout.LEFT + (PdfLayout.WIDTH - (float) TrendChart.WIDTH) / 2;
        TrendChart.draw(new PdfCanvas(l.cs, l.fonts, left, l.y), model, TrendChart.WIDTH, h);
        l.space((float) h + 8);
    }

    /**
     * The chart's height for {@code room} points left on the page: its full height when that fits, the room when it
     * is at least the least readable height, else the full height (on the next page).
     */
    static double height(ReportModel model, double room) {
        double full = TrendChart.height(model);
        if (room >= full || room < TrendChart.minHeight(model)) {
            return full;
        }
        return room;
    }
}
