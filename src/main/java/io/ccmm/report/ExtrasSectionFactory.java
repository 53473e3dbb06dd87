package io.ccmm.report;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.explain.Explainer;
import io.ccmm.explain.Explanation;
import io.ccmm.explain.ExplanationLine;
import io.ccmm.explain.ExplanationText;
import io.ccmm.explain.LevelExplanation;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.Branding;
import io.ccmm.storage.SignOff;
import io.ccmm.team.Agreement;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Builds the {@link ExtrasSection} of a report from the round's {@link ReportExtras} and its score result. */
final class ExtrasSectionFactory {

    /** The longest side a logo keeps in a report, in pixels: sharp in print at its size on the cover, yet small. */
    static final int LOGO_MAX_PIXELS = 800;

    private ExtrasSectionFactory() {}

    static ExtrasSection create(
            Catalog catalog, ScoringRules rules, ReadinessResult result, ReportExtras extras, Language language) {
        ReportText t = ReportText.of(language);
        List<ReportWarning> warnings = new ArrayList<>();
        ExtrasSection.Brand brand = brand(extras.branding(), t, warnings);

        String signOff = "";
        String statement = "";
        if (extras.signOff().isPresent()) {
            SignOff s = extras.signOff().get();
            signOff = PdfReportExporter.join(", ", s.reviewer(), s.date());
            statement = s.statement() == null ? "" : s.statement().strip();
        }

        List<ExtrasSection.AgreementRow> agreement = new ArrayList<>();
        if (extras.raters().size() > 1) {
            for (Agreement.Figure f : extras.agreement()) {
                agreement.add(new ExtrasSection.AgreementRow(
                        t.format("team.pair", f.first(), f.second()),
                        f.module().isEmpty()
                                ? t.get("team.allModules")
                                : f.module() + " " + PlanSectionFactory.moduleName(catalog, f.module(), language),
                        f.angle().name(),
                        f.items(),
                        new BigDecimal(f.exactPercent())
                                        .setScale(1, RoundingMode.HALF_UP)
                                        .toPlainString()
                                + "%",
                        f.kappa().isPresent()
                                ? new BigDecimal(f.kappa().getAsDouble())
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                : ReportText.DASH,
                        f.reading(language.locale())));
            }
        }

        return new ExtrasSection(
                brand,
                extras.raters(),
                signOff,
                statement,
                agreement,
                explanation(catalog, rules, result, language),
                warnings);
    }

    /** Every level explained as {@code ccmm explain} does, in the same words. */
    static List<ExtrasSection.ExplainedLevel> explanation(
            Catalog catalog, ScoringRules rules, ReadinessResult result, Language language) {
        Explanation explanation = new Explainer(catalog, rules).explain(result);
        ExplanationText text = new ExplanationText(catalog, language);
        List<ExtrasSection.ExplainedLevel> levels = new ArrayList<>();
        for (LevelExplanation l : explanation.levels()) {
            List<ExtrasSection.Line> lines = new ArrayList<>();
            for (ExplanationLine line : text.lines(l)) {
                lines.add(new ExtrasSection.Line(text.withItems(line, result), line.indent()));
            }
            levels.add(new ExtrasSection.ExplainedLevel(l.level(), text.title(l), lines));
        }
        return levels;
    }

    /** The branding with its logo decoded and re-encoded as PNG; a logo that cannot be read is left out, with a word. */
    static ExtrasSection.Brand brand(Branding b, ReportText t, List<ReportWarning> warnings) {
        Optional<Color> accent = b.accent().isEmpty() ? Optional.empty() : Optional.of(Color.decode(b.accent()));
        byte[] stored = b.logo();
        if (stored.length == 0) {
            return new ExtrasSection.Brand(b.consultancy(), b.client(), new byte[0], 0, 0, accent);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new IOException("not an image ImageIO reads");
            }
            BufferedImage scaled = scaled(image);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(scaled, "png", png)) {
                throw new IOException("no PNG writer");
            }
            return new ExtrasSection.Brand(
                    b.consultancy(), b.client(), png.toByteArray(), scaled.getWidth(), scaled.getHeight(), accent);
        } catch (IOException | RuntimeException e) {
            // A damaged image (truncated, wrong type, a decoder failure) must not cost the user the report.
            warnings.add(ReportWarning.of(t, "brand.logo.damaged", stored.length));
            return new ExtrasSection.Brand(b.consultancy(), b.client(), new byte[0], 0, 0, accent);
        }
    }

    /** The image in ARGB, its longest side at most {@link #LOGO_MAX_PIXELS}. */
    private static BufferedImage scaled(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double f = Math.min(1.0, (double) LOGO_MAX_PIXELS / Math.max(w, h));
        int sw = Math.max(1, (int) Math.round(w * f));
        int sh = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, sw, sh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
