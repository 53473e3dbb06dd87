package io.ccmm.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The PDF report's logo on the cover and its rater agreement and scoring explanation appendices. */
final class PdfExtras {

    private PdfExtras() {}

    /** The report's accent colour: the branding's, else the palette's. */
    static Color accent(ReportModel model) {
        return model.extras().brand().accent().orElse(ReportPalette.ACCENT);
    }

    /**
     * The logo on a white panel whose top-right corner is at ({@code right}, {@code top}), scaled to fit {@code maxW} ×
     * {@code maxH} points; nothing without a logo.
     */
    static void logo(PdfLayout l, ExtrasSection.Brand brand, float right, float top, float maxW, float maxH)
            throws IOException {
        if (!brand.hasLogo()) {
            return;
        }
        PDImageXObject image = PDImageXObject.createFromByteArray(l.doc, brand.logoPng(), "logo");
        float pad = 8;
        float scale = Math.min((maxW - 2 * pad) / brand.logoWidth(), (maxH - 2 * pad) / brand.logoHeight());
        float w = brand.logoWidth() * scale;
        float h = brand.logoHeight() * scale;
        float panelW = w + 2 * pad;
        float panelH = h + 2 * pad;
        l.roundRect(right - panelW, top, panelW, panelH, 4, Color.WHITE);
        l.cs.drawImage(image, right - panelW + pad, top - pad - h, w, h);
    }

    /** The appendices, each level-1 heading on a new page. */
    static void appendices(PdfLayout l, List<AppendixBlocks.Block> blocks) throws IOException {
        for (AppendixBlocks.Block b : blocks) {
            if (b instanceof AppendixBlocks.Heading h) {
                if (h.level() == 1) {
                    l.newPage();
                } else {
                    l.space(6);
                }
                l.heading(h.text(), h.level(), h.level() == 1 ? 60 : 40);
            } else if (b instanceof AppendixBlocks.Paragraph p) {
                float indent = p.indent() * 16;
                l.paragraph(p.text(), PdfLayout.BODY, PdfLayout.LEFT + indent, PdfLayout.WIDTH - indent);
                l.space(3);
            } else if (b instanceof AppendixBlocks.Table tb) {
                Object[] spec = new Object[tb.header().size() * 3];
                for (int i = 0; i < tb.header().size(); i++) {
                    spec[i * 3] = tb.header().get(i);
                    spec[i * 3 + 1] = tb.weights().get(i);
                    spec[i * 3 + 2] = PdfLayout.Align.LEFT;
                }
                List<PdfLayout.Row> rows = new ArrayList<>();
                for (List<String> row : tb.rows()) {
                    rows.add(new PdfLayout.Row(
                            row.stream().map(PdfLayout.Cell::of).toList(), null, null));
                }
                l.space(4);
                l.table(PdfLayout.columns(spec), rows, 8.5f);
                l.space(6);
            }
        }
    }
}
