package io.ccmm.report;

import java.io.IOException;

/** The trend chart in the PDF report: drawn as vector paths under its caption, kept whole on one page. */
final class TrendChartPdf {

    private static final PdfLayout.Style CAPTION = new PdfLayout.Style(9.5f, true, ReportPalette.MUTED);

    private TrendChartPdf() {}

    static void draw(PdfLayout l, ReportModel model, String caption) throws IOException {
        if (!TrendChart.shows(model)) {
            return;
        }
        double h = TrendChart.height(model);
        l.ensure((float) h + 34);
        l.space(10);
        l.show(caption, PdfLayout.LEFT, l.y - 10, CAPTION);
        l.space(24);
        float left = PdfLayout.LEFT + (PdfLayout.WIDTH - (float) TrendChart.WIDTH) / 2;
        TrendChart.draw(new PdfCanvas(l.cs, l.fonts, left, l.y), model, TrendChart.WIDTH);
        l.space((float) h + 8);
    }
}
