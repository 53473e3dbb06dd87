package io.ccmm.report;

import io.ccmm.catalog.Language;
import io.ccmm.explain.ReadinessVocabulary;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.portfolio.ModuleLabels;
import io.ccmm.portfolio.Portfolio;
import io.ccmm.portfolio.PortfolioRow;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The portfolio as a PDF summary: the sites with their readiness level, module percents, not-applicable items and
 * open conflicts, the level counts, a radar with the module percents of up to {@value #RADAR_SITES} sites overlaid,
 * and the files that could not be read. Chinese or English; written whole or not at all.
 */
public final class PortfolioPdf {

    /** The radar shows at most this many sites (one colour each). */
    public static final int RADAR_SITES = 6;

    static final List<Color> COLORS = List.of(
            new Color(0x0969DA),
            new Color(0xCF222E),
            new Color(0x1A7F37),
            new Color(0x9A6700),
            new Color(0x8250DF),
            new Color(0xBC4C00));

    private static final float TABLE_SIZE = 7.5f;
    private static final double RADAR_W = PdfLayout.WIDTH;
    private static final double RADAR_H = 260;
    private static final double LABEL_SIZE = 8.5;

    private final List<PortfolioRow> rows;
    private final List<PortfolioRow> radarSites;
    private final Language language;
    private final String source;
    private final ResourceBundle words;

    private PortfolioPdf(List<PortfolioRow> rows, List<PortfolioRow> radarSites, Language language, String source) {
        this.rows = List.copyOf(rows);
        this.radarSites = List.copyOf(radarSites);
        this.language = language;
        this.source = source;
        this.words = ResourceBundle.getBundle(
                "i18n.portfolio",
                language.locale(),
                PortfolioPdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Writes the summary of {@code rows} to {@code target}. The radar overlays {@code radarSites} when it holds two or
     * more readable sites, else the first {@value #RADAR_SITES} readable sites of {@code rows}; {@code source} names
     * the folders or library the rows came from.
     */
    public static void write(
            List<PortfolioRow> rows, List<PortfolioRow> radarSites, Language language, String source, Path target)
            throws IOException {
        PortfolioPdf pdf = new PortfolioPdf(rows, chooseRadarSites(rows, radarSites), language, source);
        AtomicFileWriter.write(target, pdf::write);
    }

    static List<PortfolioRow> chooseRadarSites(List<PortfolioRow> rows, List<PortfolioRow> wanted) {
        List<PortfolioRow> picked =
                wanted.stream().filter(r -> !r.hasProblem()).limit(RADAR_SITES).toList();
        if (picked.size() >= 2) {
            return picked;
        }
        return rows.stream().filter(r -> !r.hasProblem()).limit(RADAR_SITES).toList();
    }

    private String word(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    private String level(int level) {
        return ReadinessVocabulary.readinessLevel(Math.max(0, level), language);
    }

    void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, language);
            PdfLayout layout = new PdfLayout(doc, fonts);
            layout.newPage();
            List<PortfolioRow> sites =
                    rows.stream().filter(r -> !r.hasProblem()).toList();
            List<PortfolioRow> problems =
                    rows.stream().filter(PortfolioRow::hasProblem).toList();
            layout.heading(word("portfolio.pdf.title"), 1, 40);
            layout.paragraph(word("portfolio.pdf.source", source), PdfLayout.SMALL);
            layout.paragraph(
                    word("portfolio.pdf.counts", sites.size(), problems.size(), LocalDate.now()), PdfLayout.SMALL);
            layout.space(4);
            layout.paragraph(levelCounts(sites), PdfLayout.BODY);
            layout.space(8);

            layout.heading(word("portfolio.pdf.sites"), 2, 40);
            List<String> modules = Portfolio.modules(sites);
            layout.table(columns(modules), siteRows(sites, modules), TABLE_SIZE);
            layout.space(10);

            if (radarSites.size() >= 1 && modules.size() >= 3) {
                layout.heading(word("portfolio.pdf.radar"), 2, (float) RADAR_H + 20);
                if (sites.size() > radarSites.size()) {
                    layout.paragraph(
                            word("portfolio.pdf.radar.some", radarSites.size(), sites.size()), PdfLayout.SMALL);
                }
                layout.ensure((float) RADAR_H + 14 * radarSites.size());
                radar(new PdfCanvas(layout.cs, fonts, PdfLayout.LEFT, layout.y), modules, radarSites, language);
                layout.space((float) RADAR_H);
                legend(layout);
            }
            if (!problems.isEmpty()) {
                layout.space(8);
                layout.heading(word("portfolio.pdf.problems"), 2, 30);
                List<PdfLayout.Row> lines = new ArrayList<>();
                for (PortfolioRow p : problems) {
                    lines.add(new PdfLayout.Row(
                            List.of(
                                    PdfLayout.Cell.of(p.source()),
                                    PdfLayout.Cell.of(p.problem().orElseThrow().describe(language.locale()))),
                            null,
                            null));
                }
                layout.table(
                        PdfLayout.columns(
                                word("portfolio.col.source"),
                                3,
                                PdfLayout.Align.LEFT,
                                word("portfolio.col.problem"),
                                2,
                                PdfLayout.Align.LEFT),
                        lines,
                        TABLE_SIZE);
            }
            layout.closePage();
            pageNumbers(doc, fonts);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(word("portfolio.pdf.title"));
            info.setCreator("CCMM Readiness");
            doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            fonts.fixToUnicode(doc);
            doc.save(out);
        }
    }

    private String levelCounts(List<PortfolioRow> sites) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : Portfolio.levelCounts(sites).entrySet()) {
            parts.add(word("portfolio.pdf.levelCount", level(e.getKey()), e.getValue()));
        }
        return word("portfolio.pdf.levels") + " " + String.join(word("portfolio.pdf.separator"), parts);
    }

    private List<PdfLayout.Column> columns(List<String> modules) {
        List<Object> spec = new ArrayList<>(List.of(
                word("portfolio.col.organization"),
                3.0f,
                PdfLayout.Align.LEFT,
                word("portfolio.col.site"),
                1.8f,
                PdfLayout.Align.LEFT,
                word("portfolio.col.level"),
                1.3f,
                PdfLayout.Align.LEFT));
        for (String m : modules) {
            spec.addAll(List.of(m, 0.9f, PdfLayout.Align.RIGHT));
        }
        spec.addAll(List.of(
                word("portfolio.col.notApplicable"),
                0.7f,
                PdfLayout.Align.RIGHT,
                word("portfolio.col.conflicts"),
                1.25f,
                PdfLayout.Align.RIGHT));
        return PdfLayout.columns(spec.toArray());
    }

    private List<PdfLayout.Row> siteRows(List<PortfolioRow> sites, List<String> modules) {
        List<PdfLayout.Row> out = new ArrayList<>();
        for (PortfolioRow r : sites) {
            List<PdfLayout.Cell> cells = new ArrayList<>();
            cells.add(PdfLayout.Cell.of(r.organization()));
            cells.add(PdfLayout.Cell.of(r.site()));
            String status = word(r.isFinal() ? "portfolio.final" : "portfolio.draft");
            cells.add(new PdfLayout.Cell(level(r.readinessLevel()) + "\n" + status, true, ReportPalette.NAVY));
            for (String m : modules) {
                BigDecimal p = r.modulePercents().get(m);
                cells.add(PdfLayout.Cell.of(p == null ? "—" : p.toPlainString() + "%"));
            }
            cells.add(PdfLayout.Cell.of(String.valueOf(r.notApplicable())));
            cells.add(new PdfLayout.Cell(
                    String.valueOf(r.conflicts()),
                    r.conflicts() > 0,
                    r.conflicts() > 0 ? ReportPalette.NOT_MET : ReportPalette.INK));
            out.add(new PdfLayout.Row(cells, null, r.conflicts() > 0 ? ReportPalette.NOT_MET : null));
        }
        return out;
    }

    /**
     * Module percents of {@code sites} as polygons over one radar, rings every 20 %; each axis is labelled with the
     * module's id and name in {@code language}, as the readiness report's radar is.
     */
    static void radar(ChartCanvas g, List<String> modules, List<PortfolioRow> sites, Language language) {
        RadarGeometry geo = new RadarGeometry(RADAR_W / 2, RADAR_H / 2, RADAR_H / 2 - 28, modules.size());
        ReportCharts.radarGrid(g, geo, null);
        for (int s = 0; s < sites.size(); s++) {
            PortfolioRow site = sites.get(s);
            RadarGeometry.Polygon p = geo.polygon(modules.stream()
                    .map(m -> site.modulePercents()
                            .getOrDefault(m, BigDecimal.ZERO)
                            .doubleValue())
                    .toList());
            Color c = COLORS.get(s % COLORS.size());
            g.polygon(p.xs(), p.ys(), c, 0.12, c, 1.4);
        }
        for (int i = 0; i < geo.axes(); i++) {
            axisLabel(g, geo, i, ModuleLabels.label(modules.get(i), language));
        }
    }

    /** The label of axis {@code i}, wrapped to the room beside it: above the top axis, below the bottom one. */
    private static void axisLabel(ChartCanvas g, RadarGeometry geo, int i, String label) {
        RadarGeometry.Point at = geo.labelAnchor(i, 8, 8);
        ChartCanvas.Anchor anchor =
                ChartCanvas.Anchor.valueOf(geo.labelSide(i, 0.25).name());
        double room = anchor == ChartCanvas.Anchor.MIDDLE
                ? 2 * (RADAR_W / 2 - 8)
                : anchor == ChartCanvas.Anchor.START ? RADAR_W - at.x() - 4 : at.x() - 4;
        List<String> lines = LineBreaker.wrap(label, room, t -> g.textWidth(t, LABEL_SIZE, true));
        double lineHeight = LABEL_SIZE * 1.2;
        double sin = geo.sin(i);
        double top = sin < -0.5
                ? at.y() - lineHeight * lines.size()
                : sin > 0.5 ? at.y() + 2 : at.y() - lineHeight * lines.size() / 2;
        double base = top + LABEL_SIZE;
        for (String line : lines) {
            g.text(line, at.x(), base, LABEL_SIZE, true, ReportPalette.INK, anchor);
            base += lineHeight;
        }
    }

    private void legend(PdfLayout layout) throws IOException {
        PdfLayout.Style st = new PdfLayout.Style(8.5f, false, ReportPalette.INK);
        for (int s = 0; s < radarSites.size(); s++) {
            PortfolioRow r = radarSites.get(s);
            layout.ensure(st.leading());
            layout.fill(PdfLayout.LEFT, layout.y - 3, 9, 7, COLORS.get(s % COLORS.size()));
            String line = r.organization() + " " + r.site() + " — " + level(r.readinessLevel());
            layout.show(line, PdfLayout.LEFT + 14, PdfLayout.baseline(layout.y, st, st.leading()), st);
            layout.space(st.leading());
        }
    }

    private void pageNumbers(PDDocument doc, PdfFonts fonts) throws IOException {
        PdfLayout.Style small = new PdfLayout.Style(7.5f, false, ReportPalette.MUTED);
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = fonts.clean(word("portfolio.pdf.page", n, total));
                float w = fonts.width(text, false, small.size());
                fonts.show(
                        cs,
                        text,
                        false,
                        small.size(),
                        small.color(),
                        org.apache.pdfbox.util.Matrix.getTranslateInstance(PdfLayout.RIGHT - w, PdfLayout.BOTTOM - 30));
            }
        }
    }
}
