package io.ccmm.report;

import io.ccmm.files.NewOfficeDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * The Word report made from the user's own template: a DOCX in which {@code {{name}}} placeholders stand for the
 * report's values. A paragraph holding only {@code {{table:name}}} becomes that table, one holding only {@code
 * {{chart:name}}} that chart; everything else in the template (the user's text, fonts, headings, logo, headers and
 * footers) is kept as it is. Placeholders split over several runs by Word are found too; the paragraph then takes the
 * formatting of its first run. An unknown placeholder is left as it is, so the user sees it.
 */
public final class DocxTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z:.]+)\\s*}}");

    /** Value placeholders, for the default template and the documentation. */
    public static final List<String> VALUES = List.of(
            "title",
            "organization",
            "site",
            "round",
            "date",
            "assessors",
            "generated",
            "level",
            "completion",
            "summary",
            "draft",
            "consultancy",
            "client",
            "raters");

    /**
     * Placeholders that stand alone in their paragraph and become more than a value: {@code {{logo}}} the branding's
     * logo (also in a header or footer), {@code {{explanation}}} the scoring explanation, one paragraph per line.
     */
    public static final List<String> BLOCKS = List.of("logo", "explanation");

    /** Table placeholders ({@code {{table:…}}}). */
    public static final List<String> TABLES =
            List.of("ladder", "modules", "path", "findings", "actions", "roadmap", "trend", "items", "agreement");

    /** Chart placeholders ({@code {{chart:…}}}). */
    public static final List<String> CHARTS = List.of("radar", "trend");

    private DocxTemplate() {}

    /** Writes the default template in the language of {@code text}: every placeholder under a heading. */
    public static void writeDefault(ReportText text, OutputStream out) throws IOException {
        try (var made = new NewOfficeDocument<>(new XWPFDocument())) {
            XWPFDocument doc = made.document();
            paragraph(doc, null, "{{logo}}");
            paragraph(doc, "Title", "{{title}}");
            paragraph(doc, "Subtitle", "{{organization}} {{site}}");
            paragraph(doc, null, "{{round}} · {{date}}");
            paragraph(doc, null, "{{assessors}}");
            paragraph(doc, null, "{{raters}}");
            paragraph(doc, null, "{{draft}}");
            paragraph(doc, null, "{{generated}}");
            paragraph(doc, "Heading1", text.get("plan.summary.title"));
            paragraph(doc, null, "{{level}} · {{completion}}");
            paragraph(doc, null, "{{summary}}");
            paragraph(doc, "Heading1", text.get("summary.ladder"));
            paragraph(doc, null, "{{table:ladder}}");
            paragraph(doc, "Heading1", text.get("modules.title"));
            paragraph(doc, null, "{{chart:radar}}");
            paragraph(doc, null, "{{table:modules}}");
            paragraph(doc, "Heading1", text.get("path.heading"));
            paragraph(doc, null, "{{table:path}}");
            paragraph(doc, "Heading1", text.get("plan.findings.title"));
            paragraph(doc, null, "{{table:findings}}");
            paragraph(doc, "Heading1", text.get("plan.actions.title"));
            paragraph(doc, null, "{{table:actions}}");
            paragraph(doc, "Heading1", text.get("plan.roadmap.title"));
            paragraph(doc, null, "{{table:roadmap}}");
            paragraph(doc, "Heading1", text.get("plan.trend.title"));
            paragraph(doc, null, "{{table:trend}}");
            paragraph(doc, null, "{{chart:trend}}");
            paragraph(doc, "Heading1", text.get("items.title"));
            paragraph(doc, null, "{{table:items}}");
            paragraph(doc, "Heading1", text.get("team.appendix.title"));
            paragraph(doc, null, "{{table:agreement}}");
            paragraph(doc, "Heading1", text.get("explanation.appendix.title"));
            paragraph(doc, null, "{{explanation}}");
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String style, String s) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(s);
    }

    /**
     * Writes the report of {@code model} made from {@code template} (the bytes of a DOCX) to {@code out}.
     *
     * @throws IOException when the template is not a Word document (the message says so)
     */
    public static void fill(byte[] template, ReportModel model, OutputStream out) throws IOException {
        XWPFDocument doc;
        try (InputStream in = new ByteArrayInputStream(template)) {
            doc = new XWPFDocument(in);
        } catch (RuntimeException | IOException e) {
            throw new IOException("the template is not a Word document (.docx): " + e.getMessage(), e);
        }
        try (doc) {
            Filler filler = new Filler(doc, model);
            filler.body(doc);
            for (XWPFHeaderFooter h : doc.getHeaderList()) {
                filler.body(h);
            }
            for (XWPFHeaderFooter f : doc.getFooterList()) {
                filler.body(f);
            }
            doc.write(out);
        }
    }

    private static final class Filler {

        private final XWPFDocument doc;
        private final ReportModel model;
        private final ReportText t;
        private final Map<String, String> values = new LinkedHashMap<>();

        Filler(XWPFDocument doc, ReportModel model) {
            this.doc = doc;
            this.model = model;
            this.t = model.text();
            Cover c = model.cover();
            values.put("title", t.get("report.title"));
            values.put("organization", c.organization());
            values.put("site", c.site());
            values.put("round", c.roundTitle());
            values.put("date", c.roundDate());
            values.put("assessors", String.join(", ", c.assessors()));
            values.put("generated", t.format("cover.generated", c.generatedBy(), c.generatedOn()));
            Readiness r = model.readiness();
            values.put("level", r.level() == 0 ? r.levelName() : "L" + r.level() + " " + r.levelName());
            values.put("completion", r.completionText(t));
            values.put("summary", model.plan().summary());
            values.put(
                    "draft",
                    model.plan().isDraft()
                            ? t.get("plan.draft.watermark") + " — "
                                    + model.plan().draftNote()
                            : "");
            ExtrasSection x = model.extras();
            values.put("consultancy", x.brand().consultancy());
            values.put("client", x.brand().client());
            values.put(
                    "raters",
                    x.raters().isEmpty()
                            ? ""
                            : t.get("cover.raters") + ": " + String.join(t.get("list.separator"), x.raters()));
        }

        void body(IBody body) throws IOException {
            for (XWPFParagraph p : new ArrayList<>(body.getParagraphs())) {
                paragraph(body, p);
            }
            for (XWPFTable table : new ArrayList<>(body.getTables())) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell);
                    }
                }
            }
        }

        private void paragraph(IBody body, XWPFParagraph p) throws IOException {
            String text = p.getText();
            if (!text.contains("{{")) {
                return;
            }
            String whole = text.strip();
            Matcher only = PLACEHOLDER.matcher(whole);
            if (only.matches() && only.group(1).equals("logo")) {
                logo(p);
                return;
            }
            if (only.matches() && only.group(1).equals("explanation") && body == doc) {
                explanation(p);
                return;
            }
            if (only.matches() && body == doc) {
                String name = only.group(1);
                if (name.startsWith("table:") && table(name.substring(6), p)) {
                    doc.removeBodyElement(doc.getPosOfParagraph(p));
                    return;
                }
                if (name.startsWith("chart:") && chart(name.substring(6), p)) {
                    return;
                }
            }
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value != null) {
                    changed = true;
                }
                m.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(filled);
            if (!changed) {
                return;
            }
            List<XWPFRun> runs = p.getRuns();
            XWPFRun first = runs.get(0);
            for (int i = runs.size() - 1; i > 0; i--) {
                p.removeRun(i);
            }
            String[] lines = ReportText.printable(filled.toString()).split("\n", -1);
            first.setText(lines[0], 0);
            for (int i = 1; i < lines.length; i++) {
                first.addBreak();
                first.setText(lines[i]);
            }
        }

        private boolean chart(String name, XWPFParagraph p) throws IOException {
            if (name.equals("trend")) {
                return trendChart(p);
            }
            if (!name.equals("radar")) {
                return false;
            }
            DocxCharts.Picture radar = DocxCharts.radar(model);
            for (int i = p.getRuns().size() - 1; i >= 0; i--) {
                p.removeRun(i);
            }
            try {
                p.createRun()
                        .addPicture(
                                new ByteArrayInputStream(radar.png()),
                                PictureType.PNG,
                                "radar.png",
                                Units.toEMU(radar.width() * 0.75),
                                Units.toEMU(radar.height() * 0.75));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException("cannot add the chart: " + e.getMessage(), e);
            }
            return true;
        }

        /** The branding's logo in place of its placeholder, at most 170 × 68 points; without a logo nothing. */
        private void logo(XWPFParagraph p) throws IOException {
            emptied(p);
            ExtrasSection.Brand brand = model.extras().brand();
            if (!brand.hasLogo()) {
                return;
            }
            DocxReportExporter.addLogo(p, brand);
        }

        /**
         * The scoring explanation in place of its placeholder: per level its title in bold, then its lines (a module
         * under a level indented), each a paragraph in the placeholder's style.
         */
        private void explanation(XWPFParagraph at) {
            String style = at.getStyle();
            for (ExtrasSection.ExplainedLevel level : model.extras().explanation()) {
                XWPFRun title = before(at, style, 0).createRun();
                title.setBold(true);
                title.setText(ReportText.printable(level.title()));
                for (ExtrasSection.Line line : level.lines()) {
                    before(at, style, line.indent()).createRun().setText(ReportText.printable(line.text()));
                }
            }
            doc.removeBodyElement(doc.getPosOfParagraph(at));
        }

        private XWPFParagraph before(XWPFParagraph at, String style, int indent) {
            XmlCursor cursor = at.getCTP().newCursor();
            XWPFParagraph p = doc.insertNewParagraph(cursor);
            cursor.dispose();
            if (style != null) {
                p.setStyle(style);
            }
            if (indent > 0) {
                p.setIndentationLeft(indent * 360);
            }
            return p;
        }

        /** The trend chart in place of its placeholder; with one round only the placeholder goes. */
        private boolean trendChart(XWPFParagraph p) throws IOException {
            if (!TrendChart.shows(model)) {
                emptied(p);
                return true;
            }
            DocxCharts.Picture trend = DocxCharts.trend(model);
            for (int i = p.getRuns().size() - 1; i >= 0; i--) {
                p.removeRun(i);
            }
            try {
                p.createRun()
                        .addPicture(
                                new ByteArrayInputStream(trend.png()),
                                PictureType.PNG,
                                "trend.png",
                                Units.toEMU(trend.width() * 0.9),
                                Units.toEMU(trend.height() * 0.9));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException("cannot add the chart: " + e.getMessage(), e);
            }
            return true;
        }

        private boolean table(String name, XWPFParagraph at) {
            List<String> header;
            List<List<String>> rows = new ArrayList<>();
            switch (name) {
                case "ladder" -> {
                    header = List.of(t.get("summary.ladder"), t.get("plan.trend.level"), "%");
                    for (LevelRow l : model.ladder()) {
                        rows.add(List.of(l.label(), l.statusText(), ReportText.percent(l.percent())));
                    }
                }
                case "modules" -> {
                    header = List.of(t.get("modules.module"), t.get("modules.points"), t.get("modules.percent"));
                    for (ModuleRow m : model.modules()) {
                        rows.add(List.of(
                                m.label(), m.points() + " / " + m.maxPoints(), ReportText.percent(m.percent())));
                    }
                }
                case "path" -> {
                    header = List.of(t.get("plan.findings.item"), t.get("plan.actions.title.column"), "+");
                    for (PathStep s : model.path().steps()) {
                        rows.add(List.of(Integer.toString(s.item()), s.title(), Integer.toString(s.gain())));
                    }
                }
                case "items" -> {
                    header =
                            List.of(t.get("items.no"), t.get("items.title.column"), t.get("items.c"), t.get("items.f"));
                    Function<io.ccmm.assessment.Rate, String> rate =
                            r -> r.isRated() ? Integer.toString(r.points()) : "";
                    for (ItemRow i : model.items()) {
                        rows.add(List.of(Integer.toString(i.id()), i.title(), rate.apply(i.c()), rate.apply(i.f())));
                    }
                }
                case "agreement" -> {
                    AppendixBlocks.Table agreement = AppendixBlocks.team(model).stream()
                            .filter(b -> b instanceof AppendixBlocks.Table)
                            .map(b -> (AppendixBlocks.Table) b)
                            .findFirst()
                            .orElse(null);
                    if (agreement == null) {
                        return emptied(at);
                    }
                    header = agreement.header();
                    rows.addAll(agreement.rows());
                }
                default -> {
                    PlanBlocks.Table plan = planTable(name);
                    if (plan == null) {
                        return name.equals("findings")
                                        || name.equals("actions")
                                        || name.equals("roadmap")
                                        || name.equals("trend")
                                ? emptied(at)
                                : false;
                    }
                    header = plan.header();
                    rows.addAll(plan.rows());
                }
            }
            XmlCursor cursor = at.getCTP().newCursor();
            XWPFTable table = doc.insertNewTbl(cursor);
            cursor.dispose();
            XWPFTableRow head = table.getRow(0);
            for (int i = 0; i < header.size(); i++) {
                XWPFTableCell cell = i == 0 ? head.getCell(0) : head.addNewTableCell();
                XWPFRun run = cell.getParagraphs().get(0).createRun();
                run.setBold(true);
                run.setText(ReportText.printable(header.get(i)));
            }
            for (List<String> cells : rows) {
                XWPFTableRow row = table.createRow();
                for (int i = 0; i < cells.size() && i < row.getTableCells().size(); i++) {
                    row.getCell(i).getParagraphs().get(0).createRun().setText(ReportText.printable(cells.get(i)));
                }
            }
            table.setWidth("100%");
            return true;
        }

        /** A plan table with nothing to show: the placeholder goes, leaving nothing behind. */
        private boolean emptied(XWPFParagraph at) {
            for (int i = at.getRuns().size() - 1; i >= 0; i--) {
                at.removeRun(i);
            }
            return false;
        }

        private PlanBlocks.Table planTable(String name) {
            String heading =
                    switch (name) {
                        case "findings" -> t.get("plan.findings.title");
                        case "actions" -> t.get("plan.actions.title");
                        case "roadmap" -> t.get("plan.roadmap.title");
                        case "trend" -> t.get("plan.trend.title");
                        default -> null;
                    };
            if (heading == null) {
                return null;
            }
            List<PlanBlocks.Block> blocks = PlanBlocks.sections(model);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof PlanBlocks.Heading h
                        && h.text().equals(heading)
                        && i + 1 < blocks.size()
                        && blocks.get(i + 1) instanceof PlanBlocks.Table table) {
                    return table;
                }
            }
            return null;
        }
    }
}
