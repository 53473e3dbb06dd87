package io.ccmm.report;

import io.ccmm.files.NewOfficeDocument;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The readiness report as an editable Word document: Word's built-in Title, Heading 1 and Heading 2 styles (so a
 * consultant restyles the whole report at once), real tables, and the charts as PNG pictures.
 */
public final class DocxReportExporter implements ReportExporter {

    /** A4 with 2 cm side margins, in twentieths of a point. */
    private static final int PAGE_W = 11906;

    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_W = PAGE_W - 2 * MARGIN;
    private static final String LATIN_FONT = "Calibri";
    private static final String CJK_FONT = "Microsoft YaHei";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void prepare() {
        HeadStart.forWord();
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        DocxCharts charts = DocxCharts.start(model);
        try (var made = new NewOfficeDocument<>(new XWPFDocument())) {
            XWPFDocument doc = made.document();
            styles(doc);
            page(doc, model);
            new Body(doc, model, model.text(), charts).write();
            doc.getProperties()
                    .getCoreProperties()
                    .setTitle(model.text().get("report.title") + " — "
                            + model.cover().organization());
            doc.getProperties()
                    .getCoreProperties()
                    .setCreator(String.join(", ", model.cover().assessors()));
            WriteFailures.unwrapped(out, doc::write);
        }
    }

    // ----- styles: Word recognises "heading 1" etc. as its built-in styles, so the navigation pane and the table of
    // contents work and a consultant can restyle them.

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        // Latin text is English and CJK text Chinese; marking Latin as Chinese makes some editors break words anywhere.
        styles.setSpellingLanguage("en-US");
        styles.setEastAsia("zh-CN");
        styles.addStyle(style("Normal", "Normal", null, 0, 10.5, false, ReportPalette.INK, 0, 80));
        styles.addStyle(style("Title", "Title", "Normal", 0, 26, true, ReportPalette.NAVY, 0, 120));
        styles.addStyle(style("Subtitle", "Subtitle", "Normal", 0, 13, false, ReportPalette.MUTED, 0, 240));
        styles.addStyle(style("Heading1", "heading 1", "Normal", 1, 16, true, ReportPalette.NAVY, 360, 160));
        styles.addStyle(style("Heading2", "heading 2", "Normal", 2, 12.5, true, ReportPalette.NAVY, 240, 100));
        styles.addStyle(style("Caption", "caption", "Normal", 0, 9, false, ReportPalette.MUTED, 0, 120));
        styles.addStyle(style("TableText", "Table Text", "Normal", 0, 9, false, ReportPalette.INK, 0, 0));
    }

    private static XWPFStyle style(
            String id,
            String name,
            String basedOn,
            int outlineLevel,
            double size,
            boolean bold,
            Color color,
            int spaceBefore,
            int spaceAfter) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
            ct.addNewNext().setVal("Normal");
        } else {
            ct.setDefault(true);
        }
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel > 0 ? 9 : 1));
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        if (outlineLevel > 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(CJK_FONT);
        fonts.setCs(LATIN_FONT);
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        rpr.addNewColor().setVal(hex(color));
        return new XWPFStyle(ct);
    }

    private static String hex(Color c) {
        return ReportPalette.hex(c).substring(1);
    }

    // ----- page: A4, margins, a cover without header, running header and "page n of N" footer elsewhere.

    private static void page(XWPFDocument doc, ReportModel model) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        sect.addNewTitlePg();
        ReportText text = model.text();

        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        small(
                hp.createRun(),
                PdfReportExporter.join(
                        "  ·  ",
                        model.cover().organization(),
                        model.extras().brand().consultancy(),
                        text.get("report.header")));
        hp.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.RIGHT);
        String pattern = text.get("page.number");
        int p0 = pattern.indexOf("{0}");
        int p1 = pattern.indexOf("{1}");
        small(fp.createRun(), pattern.substring(0, p0));
        field(fp, "PAGE");
        small(fp.createRun(), pattern.substring(p0 + 3, p1));
        field(fp, "NUMPAGES");
        small(fp.createRun(), pattern.substring(p1 + 3));
    }

    private static void field(XWPFParagraph p, String instruction) {
        var fld = p.getCTP().addNewFldSimple();
        fld.setInstr(instruction);
        var r = fld.addNewR();
        var rpr = r.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(16));
        rpr.addNewColor().setVal(hex(ReportPalette.MUTED));
        r.addNewT().setStringValue("1");
    }

    private static void small(XWPFRun run, String s) {
        run.setText(ReportText.printable(s));
        run.setFontSize(8);
        run.setColor(hex(ReportPalette.MUTED));
    }

    /** The body in reading order. */
    private static final class Body {

        private final XWPFDocument doc;
        private final ReportModel model;
        private final ReportText text;
        private final Map<XWPFTable, int[]> widths = new IdentityHashMap<>();
        private final DocxCharts charts;

        Body(XWPFDocument doc, ReportModel model, ReportText text, DocxCharts charts) {
            this.doc = doc;
            this.model = model;
            this.text = text;
            this.charts = charts;
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
            appendices(AppendixBlocks.all(model));
        }

        private XWPFParagraph para(String style, String s) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            if (!s.isEmpty()) {
                lines(p.createRun(), s);
            }
            return p;
        }

        private XWPFParagraph heading(int level, String s, boolean newPage) {
            XWPFParagraph p = para("Heading" + level, s);
            p.setPageBreak(newPage);
            return p;
        }

        private void cover() throws IOException {
            Cover c = model.cover();
            boolean logo = logo(model.extras().brand());
            XWPFParagraph kicker = para("Subtitle", "CC-CMM-OC 2025");
            kicker.setSpacingBefore(logo ? 600 : 1800);
            para("Title", text.get("report.title"));
            para("Subtitle", text.get("report.subtitle"));

            XWPFParagraph org = doc.createParagraph();
            org.setSpacingBefore(720);
            XWPFRun r = org.createRun();
            lines(r, c.organization());
            r.setBold(true);
            r.setFontSize(22);
            if (!c.site().isBlank()) {
                para("Subtitle", c.site());
            }

            XWPFParagraph level = doc.createParagraph();
            level.setSpacingBefore(360);
            XWPFRun caption = level.createRun();
            caption.setText(text.get("cover.readiness"));
            caption.setColor(hex(ReportPalette.MUTED));
            caption.addBreak();
            XWPFRun value = level.createRun();
            lines(value, model.readiness().label());
            value.setBold(true);
            value.setFontSize(24);
            value.setColor(hex(model.readiness().level() > 0 ? ReportPalette.NAVY : ReportPalette.NOT_MET));
            para("Normal", model.readiness().completionText(text));

            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {text.get("cover.round"), c.roundTitle()});
            rows.add(new String[] {text.get("cover.date"), c.roundDate()});
            rows.add(
                    new String[] {text.get("cover.assessors"), String.join(text.get("list.separator"), c.assessors())});
            c.yearsInOperation()
                    .ifPresent(
                            y -> rows.add(new String[] {text.get("cover.years"), text.format("cover.years.value", y)}));
            rows.add(new String[] {
                text.get("cover.catalog"),
                c.catalog().id() + " · sha256 " + c.catalog().shortSha256()
            });
            rows.add(new String[] {
                text.get("cover.rules"),
                c.rules().id() + " · sha256 " + c.rules().shortSha256()
            });
            CoverFacts.insert(rows, model, text);
            rows.removeIf(row -> row[1].isBlank());
            XWPFTable t = table(new int[] {25, 75}, null);
            for (String[] row : rows) {
                XWPFTableRow tr = row(t);
                cell(tr.getCell(0), row[0], false, ReportPalette.MUTED, null);
                cell(tr.getCell(1), row[1], false, ReportPalette.INK, null);
            }
            t.removeRow(0);
            noBorders(t);

            XWPFParagraph statement = para("Caption", model.appendix().catalogStatement());
            statement.setSpacingBefore(720);
            if (!c.generatedBy().isBlank()) {
                para(
                        "Caption",
                        text.format("cover.generated", c.generatedBy(), c.generatedOn()) + "  "
                                + text.get("report.confidential"));
            }
        }

        private void summary() {
            heading(1, text.get("summary.title"), true);
            Readiness r = model.readiness();
            XWPFParagraph p = doc.createParagraph();
            XWPFRun caption = p.createRun();
            caption.setText(text.get("summary.readiness"));
            caption.setColor(hex(ReportPalette.MUTED));
            caption.addBreak();
            XWPFRun big = p.createRun();
            lines(big, r.label());
            big.setBold(true);
            big.setFontSize(30);
            big.setColor(hex(r.level() > 0 ? ReportPalette.NAVY : ReportPalette.NOT_MET));
            para("Normal", r.completionText(text));
            if (model.path().exists()) {
                para(
                        "Normal",
                        text.format(
                                "summary.target.value",
                                "L" + model.path().targetLevel() + " "
                                        + model.path().targetName()));
            }
            if (!r.bonusText().isBlank()) {
                para("Normal", r.bonusText());
            }

            heading(2, text.get("summary.ladder"), false);
            para("Caption", text.get("summary.ladder.intro"));
            XWPFTable t = table(new int[] {17, 13, 11, 10, 12, 37}, new String[] {
                text.get("appendix.level"),
                text.get("sheet.status"),
                text.get("modules.percent"),
                text.get("appendix.threshold"),
                text.get("sheet.gap"),
                text.get("sheet.reasons")
            });
            for (LevelRow row : model.ladder()) {
                XWPFTableRow tr = row(t);
                cell(tr.getCell(0), row.label(), true, ReportPalette.NAVY, null);
                cell(tr.getCell(1), row.statusText(), true, ReportPalette.of(row.status()), null);
                cell(tr.getCell(2), ReportText.percent(row.percent()), true, ReportPalette.INK, null);
                cell(tr.getCell(3), row.thresholdPercent() + "%", false, ReportPalette.INK, null);
                cell(
                        tr.getCell(4),
                        row.gapPoints() > 0
                                ? text.format("summary.gap", row.gapPoints())
                                : text.get("summary.gap.none"),
                        false,
                        row.gapPoints() > 0 ? ReportPalette.NOT_MET : ReportPalette.ACHIEVED,
                        null);
                cell(tr.getCell(5), String.join("\n", row.notes(text)), false, ReportPalette.MUTED, null);
                align(
                        tr,
                        ParagraphAlignment.LEFT,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.LEFT,
                        ParagraphAlignment.LEFT);
            }
        }

        private void charts() throws IOException {
            heading(1, text.get("charts.title"), true);
            para("Caption", text.get("charts.radar"));
            DocxCharts.Pictures pictures = charts.get();
            picture(pictures.radar(), "radar.png");

            para("Caption", text.get("charts.distribution"));
            picture(pictures.distribution(), "distribution.png");

            heading(2, text.get("modules.title"), false);
            XWPFTable t = table(new int[] {40, 12, 12, 12, 12, 12}, new String[] {
                text.get("modules.module"),
                text.get("modules.items"),
                text.get("modules.rated"),
                text.get("modules.points"),
                text.get("modules.max"),
                text.get("modules.percent")
            });
            for (ModuleRow m : model.modules()) {
                XWPFTableRow tr = row(t);
                cell(tr.getCell(0), m.label(), false, ReportPalette.INK, null);
                cell(tr.getCell(1), Integer.toString(m.items()), false, ReportPalette.INK, null);
                cell(tr.getCell(2), Integer.toString(m.rated()), false, ReportPalette.INK, null);
                cell(tr.getCell(3), Integer.toString(m.points()), false, ReportPalette.INK, null);
                cell(tr.getCell(4), Integer.toString(m.maxPoints()), false, ReportPalette.INK, null);
                cell(tr.getCell(5), ReportText.percent(m.percent()), true, ReportPalette.INK, null);
                align(
                        tr,
                        ParagraphAlignment.LEFT,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.RIGHT);
            }
        }

        private void picture(DocxCharts.Picture picture, String name) throws IOException {
            byte[] png = picture.png();
            double w = picture.width();
            double h = picture.height();
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            double scale = Math.min(1, (TEXT_W / 20.0) / w);
            try {
                p.createRun()
                        .addPicture(
                                new ByteArrayInputStream(png),
                                PictureType.PNG,
                                name,
                                Units.toEMU(w * scale),
                                Units.toEMU(h * scale));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException("cannot add the chart " + name + ": " + e.getMessage(), e);
            }
        }

        private void path() {
            ImprovementPath p = model.path();
            if (!p.exists()) {
                heading(1, text.get("path.heading"), true);
                para("Normal", text.get("path.none"));
                return;
            }
            heading(1, text.format("path.title", "L" + p.targetLevel() + " " + p.targetName()), true);
            if (p.steps().isEmpty()) {
                para("Normal", text.get("path.empty"));
            } else {
                para("Normal", text.format("path.intro", p.totalGain()));
                XWPFTable t = table(new int[] {8, 8, 50, 12, 12, 10}, new String[] {
                    text.get("path.step"),
                    text.get("path.item"),
                    text.get("path.title.column"),
                    text.get("path.before"),
                    text.get("path.after"),
                    text.get("path.gain")
                });
                int n = 1;
                for (PathStep s : p.steps()) {
                    XWPFTableRow tr = row(t);
                    cell(tr.getCell(0), Integer.toString(n++), false, ReportPalette.INK, null);
                    cell(tr.getCell(1), Integer.toString(s.item()), false, ReportPalette.INK, null);
                    cell(tr.getCell(2), s.title(), false, ReportPalette.INK, null);
                    cell(
                            tr.getCell(3),
                            ReportText.rate(s.beforeC()) + " / " + ReportText.rate(s.beforeF()),
                            false,
                            ReportPalette.INK,
                            null);
                    cell(
                            tr.getCell(4),
                            ReportText.rate(s.afterC()) + " / " + ReportText.rate(s.afterF()),
                            false,
                            ReportPalette.INK,
                            null);
                    cell(tr.getCell(5), "+" + s.gain(), true, ReportPalette.ACHIEVED, null);
                    align(
                            tr,
                            ParagraphAlignment.RIGHT,
                            ParagraphAlignment.RIGHT,
                            ParagraphAlignment.LEFT,
                            ParagraphAlignment.CENTER,
                            ParagraphAlignment.CENTER,
                            ParagraphAlignment.RIGHT);
                }
            }
            for (String note : p.notes()) {
                XWPFParagraph np = para("Normal", "• " + note);
                np.getRuns().forEach(r -> r.setColor(hex(ReportPalette.NOT_MET)));
            }
        }

        private void items() {
            heading(1, text.get("items.title"), true);
            para("Caption", text.get("items.legend"));
            XWPFTable t = table(new int[] {6, 7, 33, 7, 5, 5, 7, 30}, new String[] {
                text.get("items.no"),
                text.get("items.short.module"),
                text.get("items.title.column"),
                text.get("items.short.level"),
                text.get("items.c"),
                text.get("items.f"),
                text.get("items.short.points"),
                text.get("items.note")
            });
            for (ItemRow i : model.items()) {
                XWPFTableRow tr = row(t);
                Color bg = i.isAtZero() ? ReportPalette.ZERO_ROW : null;
                Color ink = i.c().isRated() || i.f().isRated() ? ReportPalette.INK : ReportPalette.MUTED;
                cell(tr.getCell(0), Integer.toString(i.id()), false, ink, bg);
                cell(tr.getCell(1), i.module(), false, ink, bg);
                cell(tr.getCell(2), i.title(), false, ink, bg);
                cell(tr.getCell(3), "L" + i.level(), false, ink, bg);
                cell(tr.getCell(4), text.angle(i, true), false, ink, bg);
                cell(tr.getCell(5), text.angle(i, false), false, ink, bg);
                cell(tr.getCell(6), text.points(i), true, i.isAtZero() ? ReportPalette.ZERO_MARK : ink, bg);
                cell(tr.getCell(7), i.note(), false, ReportPalette.MUTED, bg);
                align(
                        tr,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.LEFT,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.LEFT);
            }
        }

        /** The items marked not applicable with their justifications; nothing when there are none. */
        private void notApplicable() {
            List<ItemRow> na = model.notApplicableItems();
            if (na.isEmpty()) {
                return;
            }
            heading(1, text.get("notApplicable.title"), false);
            para("Caption", text.get("notApplicable.legend"));
            XWPFTable t = table(new int[] {6, 7, 33, 7, 47}, new String[] {
                text.get("items.no"),
                text.get("items.short.module"),
                text.get("items.title.column"),
                text.get("items.short.level"),
                text.get("notApplicable.justification")
            });
            for (List<String> cells : ReportRows.notApplicable(model)) {
                XWPFTableRow tr = plainRow(t, cells);
                align(
                        tr,
                        ParagraphAlignment.RIGHT,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.LEFT,
                        ParagraphAlignment.CENTER,
                        ParagraphAlignment.LEFT);
            }
        }

        private void actions() {
            heading(1, text.get("actions.title"), false);
            if (model.actions().isEmpty()) {
                para("Normal", text.get("actions.none"));
                return;
            }
            XWPFTable t = table(new int[] {8, 46, 16, 15, 15}, new String[] {
                text.get("actions.item"),
                text.get("actions.what"),
                text.get("actions.owner"),
                text.get("actions.due"),
                text.get("actions.status")
            });
            for (List<String> cells : ReportRows.actions(model)) {
                plainRow(t, cells);
            }
        }

        // Plan sections: the executive summary after the cover, the rest before the appendix.

        private void planFirst() throws IOException {
            if (model.plan().isDraft()) {
                var policy = doc.getHeaderFooterPolicy();
                java.util.Set<org.apache.poi.xwpf.usermodel.XWPFHeader> headers =
                        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                headers.addAll(doc.getHeaderList());
                if (policy != null) {
                    for (var h : new org.apache.poi.xwpf.usermodel.XWPFHeader[] {
                        policy.getDefaultHeader(), policy.getFirstPageHeader()
                    }) {
                        if (h != null) {
                            headers.add(h);
                        }
                    }
                }
                for (org.apache.poi.xwpf.usermodel.XWPFHeader h : headers) {
                    XWPFParagraph p = h.createParagraph();
                    p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
                    XWPFRun r = p.createRun();
                    r.setText(text.get("plan.draft.watermark"));
                    r.setBold(true);
                    r.setFontSize(20);
                    r.setColor("C00000");
                }
            }
            blocks(PlanBlocks.summary(model), true);
        }

        private void planSections() throws IOException {
            blocks(PlanBlocks.sections(model), false);
        }

        private void blocks(List<PlanBlocks.Block> blocks, boolean firstOnNewPage) throws IOException {
            boolean newPage = firstOnNewPage;
            for (PlanBlocks.Block b : blocks) {
                if (b instanceof PlanBlocks.Heading hd) {
                    heading(1, hd.text(), newPage);
                    newPage = false;
                } else if (b instanceof PlanBlocks.Paragraph p) {
                    para("Normal", p.text());
                } else if (b instanceof PlanBlocks.Table tb) {
                    int[] percents = new int[tb.header().size()];
                    java.util.Arrays.fill(percents, 100 / percents.length);
                    XWPFTable t = table(percents, tb.header().toArray(String[]::new));
                    for (List<String> row : tb.rows()) {
                        plainRow(t, row);
                    }
                } else if (b instanceof PlanBlocks.TrendChart chart && TrendChart.shows(model)) {
                    para("Caption", chart.caption());
                    picture(charts.get().trend(), "trend.png");
                }
            }
        }

        private void appendix() {
            RulesAppendix a = model.appendix();
            Cover c = model.cover();
            heading(1, text.get("appendix.title"), true);
            para(
                    "Normal",
                    text.get("cover.rules") + ": " + c.rules().id() + " (sha256 "
                            + c.rules().sha256() + ")");
            para(
                    "Normal",
                    text.get("cover.catalog") + ": " + c.catalog().id() + " (sha256 "
                            + c.catalog().sha256() + ")");
            if (!a.rulesDescription().isBlank()) {
                para("Normal", a.rulesDescription());
            }
            XWPFTable t = table(new int[] {24, 14, 16, 16, 30}, new String[] {
                text.get("appendix.level"),
                text.get("appendix.threshold"),
                text.get("appendix.floor"),
                text.get("appendix.years"),
                text.get("appendix.modules")
            });
            for (RuleRow r : a.levels()) {
                XWPFTableRow tr = row(t);
                cell(tr.getCell(0), "L" + r.level() + " " + r.name(), true, ReportPalette.INK, null);
                cell(tr.getCell(1), r.thresholdPercent() + "%", false, ReportPalette.INK, null);
                cell(tr.getCell(2), r.moduleFloorPercent() + "%", false, ReportPalette.INK, null);
                cell(tr.getCell(3), Integer.toString(r.minOperatingYears()), false, ReportPalette.INK, null);
                cell(tr.getCell(4), String.join(", ", r.requiredModules()), false, ReportPalette.INK, null);
            }
            if (!a.bonusRule().isBlank()) {
                heading(2, text.get("appendix.bonus"), false);
                para("Normal", a.bonusRule());
            }
            if (!a.notApplicableRule().isBlank()) {
                heading(2, text.get("appendix.notApplicable"), false);
                para("Normal", a.notApplicableRule());
            }
            if (!a.catalogStatement().isBlank()) {
                heading(2, text.get("appendix.statement"), false);
                if (!a.catalogTitle().isBlank()) {
                    para("Normal", a.catalogTitle()).getRuns().forEach(r -> r.setBold(true));
                }
                para("Normal", a.catalogStatement());
            }
        }

        // ----- tables

        /** A full-width table with columns in percent; a header row that repeats on every page when given. */
        private XWPFTable table(int[] percents, String[] headers) {
            XWPFTable t = doc.createTable(1, percents.length);
            t.setWidth("100%");
            t.setTableAlignment(TableRowAlign.CENTER);
            t.setCellMargins(40, 80, 40, 80);
            String border = "D5DAE1";
            t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
            t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, border);
            t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
            t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
            t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, border);
            t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, border);
            // A fixed layout with a grid: Word and LibreOffice then keep the column widths as given.
            var tblPr = t.getCTTbl().getTblPr();
            (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = t.getCTTbl().getTblGrid() != null
                    ? t.getCTTbl().getTblGrid()
                    : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int p : percents) {
                grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_W * p / 100));
            }
            widths.put(t, percents);
            XWPFTableRow head = t.getRow(0);
            for (int i = 0; i < percents.length; i++) {
                XWPFTableCell cell = head.getCell(i);
                width(cell, percents[i]);
                if (headers != null) {
                    cell(cell, headers[i], true, Color.WHITE, ReportPalette.NAVY);
                }
            }
            if (headers != null) {
                head.setRepeatHeader(true);
                head.setCantSplitRow(true);
            }
            return t;
        }

        /** A new row of plain cells in ink, in column order. */
        private XWPFTableRow plainRow(XWPFTable t, List<String> cells) {
            XWPFTableRow tr = row(t);
            for (int i = 0; i < cells.size(); i++) {
                cell(tr.getCell(i), cells.get(i), false, ReportPalette.INK, null);
            }
            return tr;
        }

        /** A new row whose cells have the table's column widths. */
        private XWPFTableRow row(XWPFTable t) {
            XWPFTableRow row = t.createRow();
            int[] percents = widths.get(t);
            for (int i = 0; i < percents.length; i++) {
                width(row.getCell(i), percents[i]);
            }
            return row;
        }

        private static void width(XWPFTableCell cell, int percent) {
            CTTcPr pr = cell.getCTTc().isSetTcPr()
                    ? cell.getCTTc().getTcPr()
                    : cell.getCTTc().addNewTcPr();
            CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf((long) TEXT_W * percent / 100));
        }

        private static void noBorders(XWPFTable t) {
            t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        }

        /**
         * A cell's text in the "Table Text" style. Only what differs from the style is written on the run (the style is
         * ink, not bold, no space after): a consultant who restyles the table text restyles every cell.
         */
        private static void cell(XWPFTableCell cell, String s, boolean bold, Color color, Color background) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            XWPFRun r = p.createRun();
            lines(r, s);
            if (bold) {
                r.setBold(true);
            }
            if (!color.equals(ReportPalette.INK)) {
                r.setColor(hex(color));
            }
            if (background != null) {
                cell.setColor(hex(background));
            }
        }

        private static void align(XWPFTableRow row, ParagraphAlignment... alignments) {
            for (int i = 0; i < alignments.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).getParagraphs().get(0).setAlignment(alignments[i]);
            }
        }

        // ----- branding, team and scoring explanation

        /** The logo at the top right of the cover, at most 6 × 2.4 cm; false without one. */
        private boolean logo(ExtrasSection.Brand brand) throws IOException {
            if (!brand.hasLogo()) {
                return false;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            addLogo(p, brand);
            return true;
        }

        private void appendices(List<AppendixBlocks.Block> blocks) {
            for (AppendixBlocks.Block b : blocks) {
                if (b instanceof AppendixBlocks.Heading hd) {
                    heading(hd.level(), hd.text(), hd.level() == 1);
                } else if (b instanceof AppendixBlocks.Paragraph p) {
                    XWPFParagraph para = para("Normal", p.text());
                    if (p.indent() > 0) {
                        para.setIndentationLeft(p.indent() * 360);
                    }
                } else if (b instanceof AppendixBlocks.Table tb) {
                    double total = tb.weights().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    int[] percents = tb.weights().stream()
                            .mapToInt(w -> (int) Math.floor(100 * w / total))
                            .toArray();
                    XWPFTable t = table(percents, tb.header().toArray(String[]::new));
                    for (List<String> row : tb.rows()) {
                        plainRow(t, row);
                    }
                }
            }
        }
    }

    /** Text with its line breaks kept as Word line breaks. */
    private static void lines(XWPFRun run, String s) {
        String[] lines = LINE_BREAK.split(ReportText.printable(s), -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
            run.setText(lines[i], i);
        }
    }

    /** Adds the branding's logo (it has one) to {@code p}, at most 170 × 68 points (6 × 2.4 cm), keeping its shape. */
    static void addLogo(XWPFParagraph p, ExtrasSection.Brand brand) throws IOException {
        double scale = Math.min(170.0 / brand.logoWidth(), 68.0 / brand.logoHeight());
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(brand.logoPng()),
                            PictureType.PNG,
                            "logo.png",
                            Units.toEMU(brand.logoWidth() * scale),
                            Units.toEMU(brand.logoHeight() * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add the logo: " + e.getMessage(), e);
        }
    }
}
