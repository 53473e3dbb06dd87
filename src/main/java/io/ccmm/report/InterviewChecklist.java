package io.ccmm.report;

import io.ccmm.ProductInfo;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LocalizedText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The printable interview checklist of a round, for on-site interviews without a laptop: per module the items still
 * to settle (unrated, at 0 on an angle, or flagged for review), each with the requirement to ask about, the evidence to
 * request, boxes to tick for C and F (10 / 5 / 0) and room for notes. Items not applicable are left out.
 */
public final class InterviewChecklist {

    /** One item to ask about, with why it is on the list ({@code flag} "" when it is not flagged). */
    public record Entry(AssessmentItem item, Rating rating, String flag) {}

    private static final String BOXES = "□ 10\n□ 5\n□ 0";

    private InterviewChecklist() {}

    /**
     * The items still to settle, in catalog order: not applicable ones are left out; the others are listed when either
     * angle is unrated or at 0, or when the item is flagged for review ({@code flags}: comment by item).
     */
    public static List<Entry> select(Catalog catalog, Map<Integer, Rating> ratings, Map<Integer, String> flags) {
        List<Entry> out = new ArrayList<>();
        for (AssessmentItem item : catalog.items()) {
            Rating r = ratings.getOrDefault(item.id(), Rating.unrated(item.id()));
            if (r.notApplicable()) {
                continue;
            }
            boolean open = !r.c().isRated() || !r.f().isRated() || r.c() == Rate.NONE || r.f() == Rate.NONE;
            if (open || flags.containsKey(item.id())) {
                out.add(new Entry(item, r, flags.getOrDefault(item.id(), "")));
            }
        }
        return out;
    }

    /** Writes the checklist of {@code entries} as a PDF; {@code heading} names the organization and round. */
    public static void writePdf(
            Catalog catalog, List<Entry> entries, String heading, Language language, OutputStream out)
            throws IOException {
        ReportText t = ReportText.of(language);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, language);
            PdfLayout layout = new PdfLayout(doc, fonts);
            layout.newPage();
            layout.heading(t.get("checklist.title"), 1, 40);
            layout.paragraph(heading, PdfLayout.BODY);
            layout.paragraph(t.format("checklist.count", entries.size()), PdfLayout.SMALL);
            layout.paragraph(t.get("checklist.how"), PdfLayout.SMALL);
            layout.space(6);
            if (entries.isEmpty()) {
                layout.paragraph(t.get("checklist.none"), PdfLayout.BODY);
            }
            for (CatalogModule module : catalog.modules()) {
                List<Entry> here = entries.stream()
                        .filter(e -> e.item().module().equals(module.id()))
                        .toList();
                if (here.isEmpty()) {
                    continue;
                }
                layout.heading(module.id() + " " + module.name().get(language), 2, 60);
                List<PdfLayout.Column> columns = PdfLayout.columns(
                        t.get("checklist.column.item"),
                        2.3,
                        PdfLayout.Align.LEFT,
                        t.get("checklist.column.ask"),
                        3.2,
                        PdfLayout.Align.LEFT,
                        t.get("checklist.column.evidence"),
                        2.6,
                        PdfLayout.Align.LEFT,
                        "C",
                        0.8,
                        PdfLayout.Align.LEFT,
                        "F",
                        0.8,
                        PdfLayout.Align.LEFT,
                        t.get("checklist.column.notes"),
                        2.3,
                        PdfLayout.Align.LEFT);
                List<PdfLayout.Row> rows = new ArrayList<>();
                for (Entry e : here) {
                    rows.add(new PdfLayout.Row(
                            List.of(
                                    new PdfLayout.Cell(itemText(e, language, t), false, ReportPalette.INK),
                                    PdfLayout.Cell.of(e.item().requirement().get(language)),
                                    PdfLayout.Cell.of(evidence(e.item().evidence(), language)),
                                    PdfLayout.Cell.of(BOXES),
                                    PdfLayout.Cell.of(BOXES),
                                    PdfLayout.Cell.of("")),
                            null,
                            e.flag().isEmpty() ? null : ReportPalette.INCOMPLETE));
                }
                layout.table(columns, rows, 8f);
            }
            layout.closePage();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("checklist.title") + " — " + heading);
            info.setCreator(
                    ProductInfo.current().name() + " " + ProductInfo.current().version());
            doc.getDocumentCatalog().setLanguage(language.locale().toLanguageTag());
            doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            fonts.fixToUnicode(doc);
            doc.save(out);
        }
    }

    private static String itemText(Entry e, Language language, ReportText t) {
        StringBuilder s = new StringBuilder()
                .append(e.item().id())
                .append(" ")
                .append(e.item().title().get(language))
                .append("\n");
        Rating r = e.rating();
        if (!r.c().isRated() && !r.f().isRated()) {
            s.append(t.get("checklist.why.unrated"));
        } else {
            s.append(t.format("checklist.why.now", rate(r.c()), rate(r.f())));
        }
        if (!e.flag().isEmpty()) {
            s.append("\n").append(t.format("checklist.why.flagged", e.flag()));
        }
        return s.toString();
    }

    private static String rate(Rate r) {
        return r.isRated() ? Integer.toString(r.points()) : ReportText.DASH;
    }

    private static String evidence(List<LocalizedText> evidence, Language language) {
        return String.join(
                "\n", evidence.stream().map(x -> "• " + x.get(language)).toList());
    }
}
