package io.ccmm.report;

import io.ccmm.ProductInfo;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** The readiness report as an A4 PDF with the bundled font embedded as a subset and charts as vector paths. */
public final class PdfReportExporter implements ReportExporter {

    private static final Color BAND_TEXT = new Color(0xB8CCE4);

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, model.language());
            PdfLayout layout = new PdfLayout(doc, fonts);
            ReportText text = model.text();
            new Pages(model, text, layout).write();
            layout.closePage();
            runningHeaderAndFooter(doc, fonts, model, text);
            if (model.plan().isDraft()) {
                draftWatermark(doc, fonts, text.get("plan.draft.watermark"));
            }
            describe(doc, model, text);
            // The subset fonts (and PDFBox's ToUnicode maps) exist only after a save: a first save, uncompressed and
            // thrown away, makes them; the fonts then get their ToUnicode maps and the document is saved for real.
            doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            fonts.fixToUnicode(doc);
            doc.save(out);
        }
    }

    private static void describe(PDDocument doc, ReportModel model, ReportText text) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(text.get("report.title") + " — " + model.cover().organization());
        info.setSubject(text.get("report.subtitle"));
        info.setAuthor(String.join(", ", model.cover().assessors()));
        info.setCreator(
                ProductInfo.current().name() + " " + ProductInfo.current().version());
        doc.getDocumentCatalog().setLanguage(model.language().locale().toLanguageTag());
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /** Header and "page n of N" on every page but the cover, added once the page count is known. */
    private static void runningHeaderAndFooter(PDDocument doc, PdfFonts fonts, ReportModel model, ReportText text)
            throws IOException {
        int count = doc.getNumberOfPages();
        PdfLayout.Style small = new PdfLayout.Style(7.5f, false, ReportPalette.MUTED);
        String left = fonts.clean(model.cover().organization());
        String right = fit(
                fonts,
                fonts.clean(join(" · ", model.extras().brand().consultancy(), text.get("report.header"))),
                small,
                PdfLayout.WIDTH * 0.4f);
        String footLeft = fonts.clean(
                join(" · ", model.cover().roundTitle(), model.cover().roundDate()));
        for (int i = 1; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float top = PdfLayout.PAGE.getHeight() - 40;
                text(cs, fonts, fit(fonts, left, small, PdfLayout.WIDTH * 0.55f), PdfLayout.LEFT, top, small);
                float rw = fonts.width(right, false, small.size());
                text(cs, fonts, right, PdfLayout.RIGHT - rw, top, small);
                cs.setStrokingColor(ReportPalette.RULE);
                cs.setLineWidth(0.6f);
                cs.moveTo(PdfLayout.LEFT, top - 7);
                cs.lineTo(PdfLayout.RIGHT, top - 7);
                cs.stroke();
                float bottom = 38;
                cs.moveTo(PdfLayout.LEFT, bottom + 12);
                cs.lineTo(PdfLayout.RIGHT, bottom + 12);
                cs.stroke();
                text(cs, fonts, fit(fonts, footLeft, small, PdfLayout.WIDTH * 0.6f), PdfLayout.LEFT, bottom, small);
                String number = fonts.clean(text.format("page.number", i + 1, count));
                float nw = fonts.width(number, false, small.size());
                text(cs, fonts, number, PdfLayout.RIGHT - nw, bottom, small);
            }
        }
    }

    /** A large, light, diagonal word across every page of a draft report. */
    private static void draftWatermark(PDDocument doc, PdfFonts fonts, String word) throws IOException {
        String clean = fonts.clean(word);
        float size = 96;
        float w = fonts.width(clean, true, size);
        org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState light =
                new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.12f);
        light.setStrokingAlphaConstant(0.12f);
        for (PDPage page : doc.getPages()) {
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setGraphicsStateParameters(light);
                float cx = PdfLayout.PAGE.getWidth() / 2;
                float cy = PdfLayout.PAGE.getHeight() / 2;
                double angle = Math.toRadians(45);
                float x = cx - (float) (Math.cos(angle) * w / 2);
                float y = cy - (float) (Math.sin(angle) * w / 2);
                fonts.show(
                        cs,
                        clean,
                        true,
                        size,
                        new java.awt.Color(0xC0, 0x00, 0x00),
                        org.apache.pdfbox.util.Matrix.getRotateInstance(angle, x, y));
            }
        }
    }

    private static void text(PDPageContentStream cs, PdfFonts fonts, String s, float x, float y, PdfLayout.Style st)
            throws IOException {
        String clean = fonts.clean(s);
        if (clean.isEmpty()) {
            return;
        }
        fonts.show(
                cs, clean, st.bold(), st.size(), st.color(), org.apache.pdfbox.util.Matrix.getTranslateInstance(x, y));
    }

    /** The text cut with "…" to fit {@code width}. */
    private static String fit(PdfFonts fonts, String clean, PdfLayout.Style st, float width) {
        if (fonts.width(clean, st.bold(), st.size()) <= width) {
            return clean;
        }
        String s = clean;
        while (!s.isEmpty() && fonts.width(s + "…", st.bold(), st.size()) > width) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s + "…";
    }

    static String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(sep, present);
    }

    /** The sections in reading order. */
    /**
     * A plan table's column shares the page by the width of what it holds: a level name or a heading such as
     * "Readiness" stays on one line, a long description takes the room that is left (between 1 and 5 shares).
     */
    static double columnWeight(PlanBlocks.Table table, int column) {
        int widest = displayWidth(table.header().get(column));
        for (List<String> row : table.rows()) {
            if (column < row.size()) {
                widest = Math.max(widest, displayWidth(row.get(column)));
            }
        }
        return Math.max(1.0, Math.min(5.0, widest / 8.0));
    }

    /** Width in Latin letters: a Chinese character counts two. */
    private static int displayWidth(String text) {
        return text.codePoints()
                .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1)
                .sum();
    }

    private static final class Pages {

        private final ReportModel model;
        private final ReportText text;
        private final PdfLayout l;
        private final PdfFonts fonts;

        Pages(ReportModel model, ReportText text, PdfLayout layout) {
            this.model = model;
            this.text = text;
            this.l = layout;
            this.fonts = layout.fonts;
        }

        void write() throws IOException {
            cover();
            planFirst();
            summary();
            charts();
            path();
            items();
            notApplicable();
            actions();
            planSections();
            appendix();
            PdfExtras.appendices(l, AppendixBlocks.all(model));
        }

        // ----- cover

        private void cover() throws IOException {
            l.newPage();
            l.bookmark(text.get("report.title"));
            Cover c = model.cover();
            float pageH = PdfLayout.PAGE.getHeight();
            float pageW = PdfLayout.PAGE.getWidth();
            float bandH = 270;
            l.fill(0, pageH, pageW, bandH, ReportPalette.NAVY);
            l.fill(0, pageH - bandH, pageW, 5, PdfExtras.accent(model));
            PdfExtras.logo(l, model.extras().brand(), PdfLayout.RIGHT, pageH - 40, 170, 70);

            PdfLayout.Style kicker = new PdfLayout.Style(10.5f, true, BAND_TEXT);
            PdfLayout.Style title = new PdfLayout.Style(30, true, Color.WHITE);
            PdfLayout.Style subtitle = new PdfLayout.Style(12.5f, false, BAND_TEXT);
            float y = pageH - 96;
            l.show(fonts.clean("CC-CMM-OC 2025"), PdfLayout.LEFT, y, kicker);
            y -= 46;
            for (String line : l.wrap(text.get("report.title"), title, PdfLayout.WIDTH)) {
                l.show(line, PdfLayout.LEFT, y, title);
                y -= 38;
            }
            y -= 4;
            l.show(fonts.clean(text.get("report.subtitle")), PdfLayout.LEFT, y, subtitle);

            y = pageH - bandH - 62;
            PdfLayout.Style org = new PdfLayout.Style(24, true, ReportPalette.INK);
            for (String line : l.wrap(c.organization(), org, PdfLayout.WIDTH)) {
                l.show(line, PdfLayout.LEFT, y, org);
                y -= 32;
            }
            if (!c.site().isBlank()) {
                PdfLayout.Style site = new PdfLayout.Style(13, false, ReportPalette.MUTED);
                for (String line : l.wrap(c.site(), site, PdfLayout.WIDTH)) {
                    l.show(line, PdfLayout.LEFT, y + 4, site);
                    y -= 20;
                }
            }

            // Readiness badge.
            y -= 22;
            float badgeH = 78;
            l.roundRect(PdfLayout.LEFT, y, PdfLayout.WIDTH, badgeH, 6, ReportPalette.PANEL);
            l.fill(PdfLayout.LEFT, y, 4, badgeH, readinessColor());
            PdfLayout.Style caption = new PdfLayout.Style(9.5f, false, ReportPalette.MUTED);
            l.show(fonts.clean(text.get("cover.readiness")), PdfLayout.LEFT + 20, y - 22, caption);
            PdfLayout.Style big = new PdfLayout.Style(28, true, readinessColor());
            l.show(fonts.clean(model.readiness().label()), PdfLayout.LEFT + 20, y - 58, big);
            PdfLayout.Style completion = new PdfLayout.Style(10, false, ReportPalette.INK);
            String done = fonts.clean(model.readiness().completionText(text));
            l.showAligned(done, PdfLayout.LEFT, PdfLayout.WIDTH - 20, y - 54, completion, PdfLayout.Align.RIGHT);
            y -= badgeH + 30;

            // Details.
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {text.get("cover.round"), c.roundTitle()});
            rows.add(new String[] {text.get("cover.date"), c.roundDate()});
            rows.add(
                    new String[] {text.get("cover.assessors"), String.join(text.get("list.separator"), c.assessors())});
            c.yearsInOperation()
                    .ifPresent(yrs ->
                            rows.add(new String[] {text.get("cover.years"), text.format("cover.years.value", yrs)}));
            rows.add(new String[] {
                text.get("cover.catalog"),
                c.catalog().id() + "  ·  sha256 " + c.catalog().shortSha256()
            });
            rows.add(new String[] {
                text.get("cover.rules"),
                c.rules().id() + "  ·  sha256 " + c.rules().shortSha256()
            });
            CoverFacts.insert(rows, model, text);
            PdfLayout.Style label = new PdfLayout.Style(9.5f, false, ReportPalette.MUTED);
            PdfLayout.Style value = new PdfLayout.Style(10.5f, false, ReportPalette.INK);
            float labelW = 110;
            for (String[] r : rows) {
                if (r[1].isBlank()) {
                    continue;
                }
                l.show(fonts.clean(r[0]), PdfLayout.LEFT, y, label);
                List<String> lines = l.wrap(r[1], value, PdfLayout.WIDTH - labelW);
                for (String line : lines) {
                    l.show(line, PdfLayout.LEFT + labelW, y, value);
                    y -= 16;
                }
                y -= 6;
            }

            // Foot of the cover: what the catalog is, who made the file.
            PdfLayout.Style fine = new PdfLayout.Style(7.5f, false, ReportPalette.MUTED);
            List<String> statement = l.wrap(model.appendix().catalogStatement(), fine, PdfLayout.WIDTH);
            float fy = PdfLayout.BOTTOM - 14 + (statement.size() + 2) * 11;
            l.hline(PdfLayout.LEFT, PdfLayout.RIGHT, fy + 10, ReportPalette.RULE, 0.6f);
            for (String line : statement) {
                l.show(line, PdfLayout.LEFT, fy - 2, fine);
                fy -= 11;
            }
            fy -= 4;
            String generated =
                    c.generatedBy().isBlank() ? "" : text.format("cover.generated", c.generatedBy(), c.generatedOn());
            l.show(fonts.clean(join("   ", generated, text.get("report.confidential"))), PdfLayout.LEFT, fy - 2, fine);
        }

        private Color readinessColor() {
            return model.readiness().level() > 0 ? ReportPalette.NAVY : ReportPalette.NOT_MET;
        }

        // ----- executive summary

        private void summary() throws IOException {
            l.newPage();
            l.heading(text.get("summary.title"), 1, 120);
            Readiness r = model.readiness();

            float panelH = 92;
            float top = l.y;
            l.roundRect(PdfLayout.LEFT, top, PdfLayout.WIDTH, panelH, 6, ReportPalette.PANEL);
            PdfLayout.Style caption = new PdfLayout.Style(9.5f, false, ReportPalette.MUTED);
            l.show(fonts.clean(text.get("summary.readiness")), PdfLayout.LEFT + 18, top - 22, caption);
            float x = PdfLayout.LEFT + 18;
            if (r.level() > 0) {
                PdfLayout.Style huge = new PdfLayout.Style(46, true, ReportPalette.NAVY);
                String lv = "L" + r.level();
                l.show(lv, x, top - 72, huge);
                x += l.width(lv, huge) + 10;
            }
            PdfLayout.Style name = new PdfLayout.Style(r.level() > 0 ? 24 : 28, true, readinessColor());
            l.show(fonts.clean(r.levelName()), x, top - 70, name);

            float rx = PdfLayout.LEFT + PdfLayout.WIDTH * 0.56f;
            float rw = PdfLayout.WIDTH * 0.44f - 18;
            float ry = top - 24;
            PdfLayout.Style info = new PdfLayout.Style(9.5f, false, ReportPalette.INK);
            // Completion bar.
            l.show(fonts.clean(r.completionText(text)), rx, ry, info);
            ry -= 10;
            l.fill(rx, ry, rw, 5, ReportPalette.TRACK);
            double done = r.decidedFraction();
            l.fill(rx, ry, (float) (rw * done), 5, ReportPalette.ACCENT);
            ry -= 20;
            if (model.path().exists()) {
                l.show(
                        fonts.clean(text.format(
                                "summary.target.value",
                                "L" + model.path().targetLevel() + " "
                                        + model.path().targetName())),
                        rx,
                        ry,
                        info);
                ry -= 15;
            }
            for (String line : l.wrap(r.bonusText(), new PdfLayout.Style(8.5f, false, ReportPalette.MUTED), rw)) {
                l.show(line, rx, ry, new PdfLayout.Style(8.5f, false, ReportPalette.MUTED));
                ry -= 12;
            }
            l.y = top - panelH - 20;

            l.heading(text.get("summary.ladder"), 2, 60);
            l.paragraph(text.get("summary.ladder.intro"), PdfLayout.SMALL);
            l.space(8);
            for (LevelRow row : model.ladder()) {
                ladderRow(row);
            }
        }

        private void ladderRow(LevelRow row) throws IOException {
            float labelX = PdfLayout.LEFT;
            float barX = PdfLayout.LEFT + 150;
            float barW = 230;
            float pctX = barX + barW + 16;
            PdfLayout.Style reason = new PdfLayout.Style(8.5f, false, ReportPalette.MUTED);
            float reasonW = PdfLayout.RIGHT - barX;
            List<List<String>> reasons = new ArrayList<>();
            int reasonLines = 0;
            for (String s : row.notes(text)) {
                List<String> lines = l.wrap(s, reason, reasonW - 10);
                reasons.add(lines);
                reasonLines += lines.size();
            }
            float rowH = (reasonLines > 0 ? 50 : 52) + reasonLines * 12.5f;
            l.ensure(rowH);
            float top = l.y;
            Color status = ReportPalette.of(row.status());

            PdfLayout.Style level = new PdfLayout.Style(15, true, ReportPalette.NAVY);
            PdfLayout.Style name = new PdfLayout.Style(10.5f, true, ReportPalette.INK);
            l.show("L" + row.level(), labelX, top - 20, level);
            l.show(fonts.clean(row.name()), labelX + 26, top - 19, name);
            // Status pill.
            PdfLayout.Style pill = new PdfLayout.Style(8, true, Color.WHITE);
            String st = fonts.clean(row.statusText());
            float pw = l.width(st, pill) + 14;
            l.roundRect(labelX + 26, top - 27, pw, 14, 7, status);
            l.show(st, labelX + 33, top - 37.5f, pill);

            // Bar with the threshold marker.
            float barTop = top - 18;
            l.fill(barX, barTop, barW, 10, ReportPalette.TRACK);
            float filled = (float) (barW * ReportCharts.fraction(row.percent()));
            l.fill(
                    barX,
                    barTop,
                    filled,
                    10,
                    row.status() == LevelStatus.ACHIEVED ? status : ReportPalette.tint(status, 0.25));
            float tx = barX + barW * row.thresholdPercent() / 100f;
            l.fill(tx - 0.75f, barTop + 4, 1.5f, 18, ReportPalette.INK);
            PdfLayout.Style tiny = new PdfLayout.Style(7, false, ReportPalette.MUTED);
            String th = fonts.clean(text.format("summary.threshold", row.thresholdPercent()));
            l.showAligned(th, tx - 40, 80, barTop + 7, tiny, PdfLayout.Align.CENTER);
            PdfLayout.Style pts = new PdfLayout.Style(7.5f, false, ReportPalette.MUTED);
            l.show(ReportText.points(text, row), barX, barTop - 20, pts);

            PdfLayout.Style pct = new PdfLayout.Style(15, true, ReportPalette.INK);
            l.show(ReportText.percent(row.percent()), pctX, top - 22, pct);
            String gap =
                    row.gapPoints() > 0 ? text.format("summary.gap", row.gapPoints()) : text.get("summary.gap.none");
            l.show(
                    fonts.clean(gap),
                    pctX,
                    top - 36,
                    new PdfLayout.Style(
                            8, false, row.gapPoints() > 0 ? ReportPalette.NOT_MET : ReportPalette.ACHIEVED));

            float ry = top - 46;
            for (List<String> lines : reasons) {
                boolean first = true;
                for (String line : lines) {
                    if (first) {
                        l.fill(barX + 1, ry - 3.8f, 3, 3, ReportPalette.MUTED);
                    }
                    l.show(line, barX + 10, ry - 8.5f, reason);
                    ry -= 12.5f;
                    first = false;
                }
            }
            l.y = top - rowH;
            l.hline(PdfLayout.LEFT, PdfLayout.RIGHT, l.y + 4, ReportPalette.RULE, 0.5f);
            l.space(6);
        }

        // ----- charts and module table

        private void charts() throws IOException {
            l.newPage();
            l.heading(text.get("charts.title"), 1, 300);
            chartCaption(text.get("charts.radar"));
            double h = ReportCharts.RADAR_HEIGHT;
            l.ensure((float) h);
            float left = PdfLayout.LEFT + (PdfLayout.WIDTH - (float) ReportCharts.RADAR_WIDTH) / 2;
            ReportCharts.radar(new PdfCanvas(l.cs, fonts, left, l.y), model.modules(), ReportCharts.RADAR_WIDTH, h);
            l.space((float) h + 10);

            double dh = ReportCharts.distributionHeight(model.modules().size());
            l.ensure((float) dh + 30);
            chartCaption(text.get("charts.distribution"));
            ReportCharts.distribution(
                    new PdfCanvas(l.cs, fonts, PdfLayout.LEFT, l.y),
                    model.modules(),
                    model.items(),
                    text,
                    PdfLayout.WIDTH);
            l.space((float) dh + 8);

            l.heading(text.get("modules.title"), 2, 60);
            List<PdfLayout.Column> cols = PdfLayout.columns(
                    text.get("modules.module"),
                    3.2,
                    PdfLayout.Align.LEFT,
                    text.get("modules.items"),
                    1,
                    PdfLayout.Align.RIGHT,
                    text.get("modules.rated"),
                    1,
                    PdfLayout.Align.RIGHT,
                    text.get("modules.points"),
                    1,
                    PdfLayout.Align.RIGHT,
                    text.get("modules.max"),
                    1,
                    PdfLayout.Align.RIGHT,
                    text.get("modules.percent"),
                    1.1,
                    PdfLayout.Align.RIGHT);
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (ModuleRow m : model.modules()) {
                rows.add(new PdfLayout.Row(
                        List.of(
                                PdfLayout.Cell.of(m.label()),
                                PdfLayout.Cell.of(Integer.toString(m.items())),
                                PdfLayout.Cell.of(Integer.toString(m.rated())),
                                PdfLayout.Cell.of(Integer.toString(m.points())),
                                PdfLayout.Cell.of(Integer.toString(m.maxPoints())),
                                new PdfLayout.Cell(ReportText.percent(m.percent()), true, ReportPalette.INK)),
                        null,
                        null));
            }
            l.table(cols, rows, 9);
        }

        private void chartCaption(String caption) throws IOException {
            PdfLayout.Style st = new PdfLayout.Style(9.5f, true, ReportPalette.MUTED);
            l.ensure(20);
            l.show(fonts.clean(caption), PdfLayout.LEFT, l.y - 10, st);
            l.space(20);
        }

        // ----- improvement path

        private void path() throws IOException {
            ImprovementPath p = model.path();
            if (!p.exists()) {
                l.space(10);
                l.heading(text.get("path.heading"), 2, 30);
                l.paragraph(text.get("path.none"), PdfLayout.BODY);
                return;
            }
            l.space(14);
            l.heading(text.format("path.title", "L" + p.targetLevel() + " " + p.targetName()), 1, 80);
            if (p.steps().isEmpty()) {
                l.paragraph(text.get("path.empty"), PdfLayout.BODY);
            } else {
                l.paragraph(text.format("path.intro", p.totalGain()), PdfLayout.BODY);
                l.space(6);
                List<PdfLayout.Column> cols = PdfLayout.columns(
                        text.get("path.step"),
                        0.8,
                        PdfLayout.Align.RIGHT,
                        text.get("path.item"),
                        0.9,
                        PdfLayout.Align.RIGHT,
                        text.get("path.title.column"),
                        5.4,
                        PdfLayout.Align.LEFT,
                        text.get("path.before"),
                        1.5,
                        PdfLayout.Align.CENTER,
                        text.get("path.after"),
                        1.5,
                        PdfLayout.Align.CENTER,
                        text.get("path.gain"),
                        1.2,
                        PdfLayout.Align.RIGHT);
                List<PdfLayout.Row> rows = new ArrayList<>();
                int n = 1;
                for (PathStep s : p.steps()) {
                    rows.add(new PdfLayout.Row(
                            List.of(
                                    PdfLayout.Cell.of(Integer.toString(n++)),
                                    PdfLayout.Cell.of(Integer.toString(s.item())),
                                    PdfLayout.Cell.of(s.title()),
                                    PdfLayout.Cell.of(
                                            ReportText.rate(s.beforeC()) + " / " + ReportText.rate(s.beforeF())),
                                    PdfLayout.Cell.of(
                                            ReportText.rate(s.afterC()) + " / " + ReportText.rate(s.afterF())),
                                    new PdfLayout.Cell("+" + s.gain(), true, ReportPalette.ACHIEVED)),
                            null,
                            null));
                }
                l.table(cols, rows, 8.5f);
            }
            for (String note : p.notes()) {
                l.space(4);
                l.paragraph("• " + note, new PdfLayout.Style(9, false, ReportPalette.NOT_MET));
            }
        }

        // ----- items

        private void items() throws IOException {
            l.newPage();
            l.heading(text.get("items.title"), 1, 80);
            l.paragraph(text.get("items.legend"), PdfLayout.SMALL);
            l.space(6);
            List<PdfLayout.Column> cols = PdfLayout.columns(
                    text.get("items.no"),
                    0.8,
                    PdfLayout.Align.RIGHT,
                    text.get("items.short.module"),
                    0.85,
                    PdfLayout.Align.CENTER,
                    text.get("items.title.column"),
                    4.6,
                    PdfLayout.Align.LEFT,
                    text.get("items.short.level"),
                    0.7,
                    PdfLayout.Align.CENTER,
                    text.get("items.c"),
                    0.55,
                    PdfLayout.Align.CENTER,
                    text.get("items.f"),
                    0.55,
                    PdfLayout.Align.CENTER,
                    text.get("items.short.points"),
                    0.8,
                    PdfLayout.Align.CENTER,
                    text.get("items.note"),
                    4.2,
                    PdfLayout.Align.LEFT);
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (ItemRow i : model.items()) {
                boolean zero = i.isAtZero();
                Color ink = i.isRated() || i.c().isRated() || i.f().isRated() ? ReportPalette.INK : ReportPalette.MUTED;
                rows.add(new PdfLayout.Row(
                        List.of(
                                new PdfLayout.Cell(Integer.toString(i.id()), false, ink),
                                new PdfLayout.Cell(i.module(), false, ink),
                                new PdfLayout.Cell(i.title(), false, ink),
                                new PdfLayout.Cell("L" + i.level(), false, ink),
                                new PdfLayout.Cell(text.angle(i, true), false, ink),
                                new PdfLayout.Cell(text.angle(i, false), false, ink),
                                new PdfLayout.Cell(text.points(i), true, zero ? ReportPalette.ZERO_MARK : ink),
                                new PdfLayout.Cell(i.note(), false, ReportPalette.MUTED)),
                        zero ? ReportPalette.ZERO_ROW : null,
                        zero ? ReportPalette.ZERO_MARK : null));
            }
            l.table(cols, rows, 8);
        }

        // ----- not applicable

        /** The items marked not applicable with their justifications; nothing when there are none. */
        private void notApplicable() throws IOException {
            List<ItemRow> na = model.notApplicableItems();
            if (na.isEmpty()) {
                return;
            }
            l.space(16);
            l.heading(text.get("notApplicable.title"), 1, 60);
            l.paragraph(text.get("notApplicable.legend"), PdfLayout.SMALL);
            l.space(6);
            List<PdfLayout.Column> cols = PdfLayout.columns(
                    text.get("items.no"),
                    0.8,
                    PdfLayout.Align.RIGHT,
                    text.get("items.short.module"),
                    0.85,
                    PdfLayout.Align.CENTER,
                    text.get("items.title.column"),
                    4.6,
                    PdfLayout.Align.LEFT,
                    text.get("items.short.level"),
                    0.7,
                    PdfLayout.Align.CENTER,
                    text.get("notApplicable.justification"),
                    6.1,
                    PdfLayout.Align.LEFT);
            l.table(cols, plainRows(ReportRows.notApplicable(model)), 8);
        }

        // ----- actions

        private void actions() throws IOException {
            l.space(16);
            l.heading(text.get("actions.title"), 1, 60);
            if (model.actions().isEmpty()) {
                l.paragraph(text.get("actions.none"), PdfLayout.BODY);
                return;
            }
            List<PdfLayout.Column> cols = PdfLayout.columns(
                    text.get("actions.item"),
                    0.8,
                    PdfLayout.Align.RIGHT,
                    text.get("actions.what"),
                    5,
                    PdfLayout.Align.LEFT,
                    text.get("actions.owner"),
                    1.6,
                    PdfLayout.Align.LEFT,
                    text.get("actions.due"),
                    1.5,
                    PdfLayout.Align.LEFT,
                    text.get("actions.status"),
                    1.4,
                    PdfLayout.Align.LEFT);
            l.table(cols, plainRows(ReportRows.actions(model)), 8.5f);
        }

        // ----- plan: the executive summary after the cover, the rest before the appendix

        private void planFirst() throws IOException {
            List<PlanBlocks.Block> blocks = PlanBlocks.summary(model);
            if (!blocks.isEmpty()) {
                l.newPage();
                blocks(blocks);
            }
        }

        private void planSections() throws IOException {
            List<PlanBlocks.Block> blocks = PlanBlocks.sections(model);
            if (!blocks.isEmpty()) {
                l.newPage();
                blocks(blocks);
            }
        }

        private void blocks(List<PlanBlocks.Block> blocks) throws IOException {
            boolean first = true;
            for (PlanBlocks.Block b : blocks) {
                if (b instanceof PlanBlocks.Heading h) {
                    if (!first) {
                        l.space(16);
                    }
                    l.heading(h.text(), 1, 60);
                } else if (b instanceof PlanBlocks.Paragraph p) {
                    l.paragraph(p.text(), PdfLayout.BODY);
                    l.space(6);
                } else if (b instanceof PlanBlocks.Table tb) {
                    Object[] spec = new Object[tb.header().size() * 3];
                    for (int i = 0; i < tb.header().size(); i++) {
                        spec[i * 3] = tb.header().get(i);
                        spec[i * 3 + 1] = columnWeight(tb, i);
                        spec[i * 3 + 2] = PdfLayout.Align.LEFT;
                    }
                    l.table(PdfLayout.columns(spec), plainRows(tb.rows()), 8.5f);
                } else if (b instanceof PlanBlocks.TrendChart chart) {
                    TrendChartPdf.draw(l, model, chart.caption());
                }
                first = false;
            }
        }

        /** Table rows of plain cells, without background or marker. */
        static List<PdfLayout.Row> plainRows(List<List<String>> cells) {
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (List<String> row : cells) {
                rows.add(new PdfLayout.Row(row.stream().map(PdfLayout.Cell::of).toList(), null, null));
            }
            return rows;
        }

        // ----- appendix

        /** "Rules  cc-cmm-oc-2025-default" with the full digest below it in small type. */
        private void source(String label, SourceRef ref) throws IOException {
            PdfLayout.Style labelStyle = new PdfLayout.Style(9, false, ReportPalette.MUTED);
            PdfLayout.Style id = new PdfLayout.Style(9.5f, true, ReportPalette.INK);
            PdfLayout.Style sha = new PdfLayout.Style(7.5f, false, ReportPalette.MUTED);
            l.ensure(30);
            l.show(fonts.clean(label), PdfLayout.LEFT, l.y - 10, labelStyle);
            l.show(fonts.clean(ref.id()), PdfLayout.LEFT + 70, l.y - 10, id);
            l.show(fonts.clean("sha256 " + ref.sha256()), PdfLayout.LEFT + 70, l.y - 22, sha);
            l.space(30);
        }

        private void appendix() throws IOException {
            l.newPage();
            RulesAppendix a = model.appendix();
            Cover c = model.cover();
            l.heading(text.get("appendix.title"), 1, 80);
            source(text.get("cover.rules"), c.rules());
            source(text.get("cover.catalog"), c.catalog());
            l.space(8);
            if (!a.rulesDescription().isBlank()) {
                l.paragraph(a.rulesDescription(), PdfLayout.BODY);
                l.space(8);
            }
            List<PdfLayout.Column> cols = PdfLayout.columns(
                    text.get("appendix.level"),
                    2.2,
                    PdfLayout.Align.LEFT,
                    text.get("appendix.threshold"),
                    1.2,
                    PdfLayout.Align.RIGHT,
                    text.get("appendix.floor"),
                    1.3,
                    PdfLayout.Align.RIGHT,
                    text.get("appendix.years"),
                    1.3,
                    PdfLayout.Align.RIGHT,
                    text.get("appendix.modules"),
                    2.6,
                    PdfLayout.Align.LEFT);
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (RuleRow r : a.levels()) {
                rows.add(new PdfLayout.Row(
                        List.of(
                                new PdfLayout.Cell("L" + r.level() + " " + r.name(), true, ReportPalette.INK),
                                PdfLayout.Cell.of(r.thresholdPercent() + "%"),
                                PdfLayout.Cell.of(r.moduleFloorPercent() + "%"),
                                PdfLayout.Cell.of(Integer.toString(r.minOperatingYears())),
                                PdfLayout.Cell.of(String.join(", ", r.requiredModules()))),
                        null,
                        null));
            }
            l.table(cols, rows, 9);
            if (!a.bonusRule().isBlank()) {
                l.space(4);
                l.heading(text.get("appendix.bonus"), 2, 30);
                l.paragraph(a.bonusRule(), PdfLayout.BODY);
            }
            if (!a.notApplicableRule().isBlank()) {
                l.space(4);
                l.heading(text.get("appendix.notApplicable"), 2, 30);
                l.paragraph(a.notApplicableRule(), PdfLayout.BODY);
            }
            if (!a.catalogStatement().isBlank()) {
                l.space(4);
                l.heading(text.get("appendix.statement"), 2, 30);
                if (!a.catalogTitle().isBlank()) {
                    l.paragraph(a.catalogTitle(), new PdfLayout.Style(9.5f, true, ReportPalette.INK));
                }
                l.paragraph(a.catalogStatement(), PdfLayout.BODY);
            }
        }
    }
}
