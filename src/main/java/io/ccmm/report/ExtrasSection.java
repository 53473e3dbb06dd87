package io.ccmm.report;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cover additions and extra appendices of a report, in the report's language: the branding (names, a logo already
 * checked and re-encoded as PNG, the accent colour), the team (raters, sign-off, rater agreement) and the scoring
 * explanation per level. {@code notices} says what was left out and why (a damaged logo), for the user to see.
 */
public record ExtrasSection(
        Brand brand,
        List<String> raters,
        String signOff,
        String signOffStatement,
        List<AgreementRow> agreement,
        List<ExplainedLevel> explanation,
        List<ReportWarning> notices) {

    public static final ExtrasSection NONE =
            new ExtrasSection(Brand.NONE, List.of(), "", "", List.of(), List.of(), List.of());

    public ExtrasSection {
        brand = Objects.requireNonNullElse(brand, Brand.NONE);
        raters = List.copyOf(raters);
        signOff = Objects.requireNonNullElse(signOff, "");
        signOffStatement = Objects.requireNonNullElse(signOffStatement, "");
        agreement = List.copyOf(agreement);
        explanation = List.copyOf(explanation);
        notices = List.copyOf(notices);
    }

    /** What was left out and why, in the report's language. */
    public List<String> warnings() {
        return notices.stream().map(ReportWarning::text).toList();
    }

    /** What was left out and why, in {@code language} (a window's, which may differ from the report's). */
    public List<String> warnings(io.ccmm.catalog.Language language) {
        return notices.stream().map(n -> n.in(language)).toList();
    }

    /** Whether the cover names a team (two or more raters) and the appendix shows their agreement. */
    public boolean isTeam() {
        return raters.size() > 1;
    }

    /**
     * The consultancy's and client's names and the logo; {@code logoPng} is empty when there is none (or it could not be
     * read), {@code logoWidth} and {@code logoHeight} are its pixels.
     */
    public record Brand(
            String consultancy, String client, byte[] logoPng, int logoWidth, int logoHeight, Optional<Color> accent) {

        public static final Brand NONE = new Brand("", "", new byte[0], 0, 0, Optional.empty());

        public Brand {
            consultancy = Objects.requireNonNullElse(consultancy, "");
            client = Objects.requireNonNullElse(client, "");
            logoPng = logoPng == null ? new byte[0] : logoPng.clone();
            accent = accent == null ? Optional.empty() : accent;
        }

        @Override
        public byte[] logoPng() {
            return logoPng.clone();
        }

        public boolean hasLogo() {
            return logoPng.length > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Brand b
                    && consultancy.equals(b.consultancy)
                    && client.equals(b.client)
                    && java.util.Arrays.equals(logoPng, b.logoPng)
                    && accent.equals(b.accent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consultancy, client, java.util.Arrays.hashCode(logoPng), accent);
        }

        @Override
        public String toString() {
            return "Brand[" + consultancy + ", " + client + ", logo " + logoPng.length + " bytes]";
        }
    }

    /**
     * One line of the rater agreement table: the pair, the module in words, the angle (C or F), the items compared,
     * exact agreement ("85.0%"), the weighted kappa ("0.72" or "—") and its reading in words.
     */
    public record AgreementRow(
            String pair, String module, String angle, int items, String exact, String kappa, String reading) {}

    /** One level's explanation as {@code ccmm explain} prints it: the title and its lines (indent 0 or 1). */
    public record ExplainedLevel(int level, String title, List<Line> lines) {

        public ExplainedLevel {
            lines = List.copyOf(lines);
        }
    }

    /** One line of an explanation, with the items behind it already appended. */
    public record Line(String text, int indent) {}
}
