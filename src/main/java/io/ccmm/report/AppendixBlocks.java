package io.ccmm.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The rater agreement and scoring explanation appendices as simple blocks that the PDF, Word and HTML reports lay out
 * alike: headings of two levels, paragraphs (indented one step for a module under a level) and tables.
 */
final class AppendixBlocks {

    /** One block of an appendix. */
    sealed interface Block permits Heading, Paragraph, Table {}

    /** A heading: level 1 starts an appendix (on a new page), level 2 a part of it. */
    record Heading(String text, int level) implements Block {}

    record Paragraph(String text, int indent) implements Block {}

    /** A table; {@code weights} are the relative column widths. */
    record Table(List<String> header, List<Double> weights, List<List<String>> rows) implements Block {

        Table {
            header = List.copyOf(header);
            weights = List.copyOf(weights);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private AppendixBlocks() {}

    /**
     * The team's appendix: the rater agreement table of a round merged from two or more raters, and the sign-off
     * statement; empty for a single rater without a sign-off.
     */
    static List<Block> team(ReportModel model) {
        ExtrasSection x = model.extras();
        ReportText t = model.text();
        List<Block> blocks = new ArrayList<>();
        if (x.isTeam()) {
            blocks.add(new Heading(t.get("team.appendix.title"), 1));
            blocks.add(new Paragraph(t.get("team.appendix.intro"), 0));
            blocks.add(
                    new Paragraph(t.get("cover.raters") + ": " + String.join(t.get("list.separator"), x.raters()), 0));
            List<List<String>> rows = new ArrayList<>();
            for (ExtrasSection.AgreementRow r : x.agreement()) {
                rows.add(List.of(
                        r.pair(),
                        r.module(),
                        r.angle(),
                        Integer.toString(r.items()),
                        r.exact(),
                        r.kappa(),
                        r.reading()));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(
                        List.of(
                                t.get("team.column.pair"),
                                t.get("team.column.module"),
                                t.get("team.column.angle"),
                                t.get("team.column.items"),
                                t.get("team.column.exact"),
                                t.get("team.column.kappa"),
                                t.get("team.column.reading")),
                        List.of(2.0, 2.6, 0.8, 0.9, 1.3, 1.1, 2.3),
                        rows));
            }
        }
        if (!x.signOff().isBlank()) {
            blocks.add(new Heading(t.get("cover.signOff.statement"), x.isTeam() ? 2 : 1));
            blocks.add(new Paragraph(t.get("cover.signOff") + ": " + x.signOff(), 0));
            if (!x.signOffStatement().isBlank()) {
                blocks.add(new Paragraph(x.signOffStatement(), 0));
            }
        }
        return blocks;
    }

    /** The scoring explanation: per level, the lines {@code ccmm explain} prints, in the same words. */
    static List<Block> explanation(ReportModel model) {
        List<ExtrasSection.ExplainedLevel> levels = model.extras().explanation();
        List<Block> blocks = new ArrayList<>();
        if (levels.isEmpty()) {
            return blocks;
        }
        ReportText t = model.text();
        blocks.add(new Heading(t.get("explanation.appendix.title"), 1));
        blocks.add(new Paragraph(t.get("explanation.appendix.intro"), 0));
        for (ExtrasSection.ExplainedLevel l : levels) {
            blocks.add(new Heading(l.title(), 2));
            for (ExtrasSection.Line line : l.lines()) {
                blocks.add(new Paragraph(line.text(), line.indent()));
            }
        }
        return blocks;
    }

    /** Both appendices in report order. */
    static List<Block> all(ReportModel model) {
        List<Block> blocks = new ArrayList<>(team(model));
        blocks.addAll(explanation(model));
        return blocks;
    }
}
