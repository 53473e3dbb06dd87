package io.ccmm.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Flowing layout on A4 pages: a cursor that moves down the page, text that wraps and continues on the next page, and
 * tables whose rows move or split across pages with the header row repeated.
 */
final class PdfLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 56;
    static final float RIGHT = PAGE.getWidth() - 56;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE.getHeight() - 74;
    static final float BOTTOM = 66;

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    record Style(float size, boolean bold, Color color) {
        float leading() {
            return size * 1.5f;
        }
    }

    record Column(String header, float width, Align align) {}

    record Cell(String text, boolean bold, Color color) {
        static Cell of(String text) {
            return new Cell(text, false, ReportPalette.INK);
        }
    }

    /** A table row; {@code background} null for the zebra default; {@code marker} a bar at the left edge, or null. */
    record Row(List<Cell> cells, Color background, Color marker) {}

    static final Style BODY = new Style(9.5f, false, ReportPalette.INK);
    static final Style SMALL = new Style(8f, false, ReportPalette.MUTED);

    final PDDocument doc;
    final PdfFonts fonts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    PDPage page;
    PDPageContentStream cs;
    float y;

    PdfLayout(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    void newPage() throws IOException {
        closePage();
        page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    void space(float height) {
        y -= height;
    }

    // ----- text

    /** Shows text with its baseline at {@code baseline}. */
    void show(String text, float x, float baseline, Style st) throws IOException {
        String clean = fonts.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        fonts.show(cs, clean, st.bold(), st.size(), st.color(), Matrix.getTranslateInstance(x, baseline));
    }

    void showAligned(String clean, float x, float width, float baseline, Style st, Align align) throws IOException {
        float w = width(clean, st);
        float at =
                switch (align) {
                    case LEFT -> x;
                    case CENTER -> x + (width - w) / 2;
                    case RIGHT -> x + width - w;
                };
        show(clean, at, baseline, st);
    }

    float width(String clean, Style st) {
        return fonts.width(clean, st.bold(), st.size());
    }

    List<String> wrap(String text, Style st, float width) {
        return LineBreaker.wrap(fonts.clean(text), width, s -> fonts.width(s, st.bold(), st.size()));
    }

    /** Baseline of a line whose box of height {@code leading} starts at {@code top}, glyphs centred in it. */
    static float baseline(float top, Style st, float leading) {
        return top - leading / 2 - st.size() * 0.36f;
    }

    /** Wrapped text from the cursor down, continuing on new pages as needed. */
    void paragraph(String text, Style st, float x, float width) throws IOException {
        for (String line : wrap(text, st, width)) {
            ensure(st.leading());
            show(line, x, baseline(y, st, st.leading()), st);
            y -= st.leading();
        }
    }

    void paragraph(String text, Style st) throws IOException {
        paragraph(text, st, LEFT, WIDTH);
    }

    /** A section heading, kept with the next {@code keep} points of content; level 1 headings get a bookmark. */
    void heading(String text, int level, float keep) throws IOException {
        Style st = level == 1 ? new Style(17, true, ReportPalette.NAVY) : new Style(12, true, ReportPalette.NAVY);
        float before = level == 1 ? 6 : 10;
        List<String> lines = wrap(text, st, WIDTH);
        float h = before + lines.size() * st.size() * 1.35f + (level == 1 ? 14 : 6);
        if (y < TOP) {
            y -= before;
        }
        ensure(h + keep);
        if (level == 1) {
            bookmark(text);
        }
        for (String line : lines) {
            show(line, LEFT, y - st.size(), st);
            y -= st.size() * 1.35f;
        }
        if (level == 1) {
            y -= 5;
            fill(LEFT, y, 36, 2.5f, ReportPalette.ACCENT);
            y -= 11;
        } else {
            y -= 6;
        }
    }

    void bookmark(String title) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop((int) (y + 20));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(fonts.clean(title).replace('\n', ' '));
        item.setDestination(dest);
        outline.addLast(item);
    }

    // ----- shapes (top-left corner at x, top)

    void fill(float x, float top, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, top - h, w, h);
        cs.fill();
    }

    void roundRect(float x, float top, float w, float h, float r, Color color) throws IOException {
        float k = 0.5523f * r;
        float b = top - h;
        cs.setNonStrokingColor(color);
        cs.moveTo(x + r, b);
        cs.lineTo(x + w - r, b);
        cs.curveTo(x + w - r + k, b, x + w, b + r - k, x + w, b + r);
        cs.lineTo(x + w, top - r);
        cs.curveTo(x + w, top - r + k, x + w - r + k, top, x + w - r, top);
        cs.lineTo(x + r, top);
        cs.curveTo(x + r - k, top, x, top - r + k, x, top - r);
        cs.lineTo(x, b + r);
        cs.curveTo(x, b + r - k, x + r - k, b, x + r, b);
        cs.closePath();
        cs.fill();
    }

    void hline(float x1, float x2, float at, Color color, float width) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, at);
        cs.lineTo(x2, at);
        cs.stroke();
    }

    // ----- tables

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3.5f;

    /** A table from the cursor down; rows that do not fit move to the next page, rows taller than a page split. */
    void table(List<Column> columns, List<Row> rows, float size) throws IOException {
        Style body = new Style(size, false, ReportPalette.INK);
        Style head = new Style(size, true, Color.WHITE);
        float leading = size * 1.38f;
        List<List<String>> headLines = new ArrayList<>();
        int headCount = 1;
        for (Column c : columns) {
            List<String> l = wrap(c.header(), head, c.width() - 2 * PAD_X);
            headLines.add(l);
            headCount = Math.max(headCount, l.size());
        }
        float headH = headCount * leading + 2 * PAD_Y;

        List<List<List<String>>> wrapped = new ArrayList<>();
        for (Row r : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = r.cells().get(i);
                cells.add(
                        wrap(cell.text(), cellStyle(cell, size), columns.get(i).width() - 2 * PAD_X));
            }
            wrapped.add(cells);
        }
        float firstRow = rows.isEmpty() ? 0 : Math.min(rowLines(wrapped.get(0)), 3) * leading + 2 * PAD_Y;
        ensure(headH + firstRow);
        header(columns, headLines, headH, leading, head);

        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<List<String>> cells = wrapped.get(r);
            int lines = rowLines(cells);
            float rowH = lines * leading + 2 * PAD_Y;
            float pageRoom = TOP - BOTTOM - headH;
            if (!fits(rowH) && rowH <= pageRoom) {
                newPage();
                header(columns, headLines, headH, leading, head);
            }
            Color bg = row.background() != null ? row.background() : (r % 2 == 1 ? ReportPalette.ZEBRA : null);
            int from = 0;
            while (from < lines) {
                int room = (int) Math.floor((y - BOTTOM - 2 * PAD_Y) / leading);
                if (room < 1) {
                    newPage();
                    header(columns, headLines, headH, leading, head);
                    continue;
                }
                int to = Math.min(lines, from + room);
                drawRow(columns, row, cells, from, to, leading, bg, size);
                from = to;
            }
        }
    }

    private static int rowLines(List<List<String>> cells) {
        int n = 1;
        for (List<String> c : cells) {
            n = Math.max(n, c.size());
        }
        return n;
    }

    private static Style cellStyle(Cell cell, float size) {
        return new Style(size, cell.bold(), cell.color());
    }

    private void header(List<Column> columns, List<List<String>> lines, float h, float leading, Style st)
            throws IOException {
        fill(LEFT, y, WIDTH, h, ReportPalette.NAVY);
        float x = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float top = y - PAD_Y;
            for (String line : lines.get(i)) {
                showAligned(line, x + PAD_X, c.width() - 2 * PAD_X, baseline(top, st, leading), st, c.align());
                top -= leading;
            }
            x += c.width();
        }
        y -= h;
    }

    private void drawRow(
            List<Column> columns,
            Row row,
            List<List<String>> cells,
            int from,
            int to,
            float leading,
            Color bg,
            float size)
            throws IOException {
        float h = (to - from) * leading + 2 * PAD_Y;
        if (bg != null) {
            fill(LEFT, y, WIDTH, h, bg);
        }
        if (row.marker() != null) {
            fill(LEFT, y, 2.5f, h, row.marker());
        }
        float x = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Style st = cellStyle(row.cells().get(i), size);
            List<String> lines = cells.get(i);
            float top = y - PAD_Y;
            for (int l = from; l < to && l < lines.size(); l++) {
                showAligned(lines.get(l), x + PAD_X, c.width() - 2 * PAD_X, baseline(top, st, leading), st, c.align());
                top -= leading;
            }
            x += c.width();
        }
        y -= h;
        hline(LEFT, RIGHT, y, ReportPalette.RULE, 0.5f);
    }

    /** Column widths from relative weights, filling the text width. */
    static List<Column> columns(Object... headerWeightAlign) {
        float total = 0;
        for (int i = 1; i < headerWeightAlign.length; i += 3) {
            total += ((Number) headerWeightAlign[i]).floatValue();
        }
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < headerWeightAlign.length; i += 3) {
            cols.add(new Column(
                    (String) headerWeightAlign[i],
                    WIDTH * ((Number) headerWeightAlign[i + 1]).floatValue() / total,
                    (Align) headerWeightAlign[i + 2]));
        }
        return cols;
    }
}
