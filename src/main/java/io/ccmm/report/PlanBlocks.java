package io.ccmm.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan sections of a report as simple blocks (headings, paragraphs, tables) that every exporter lays out the same
 * way: the executive summary first, then findings, the action plan, the roadmap and the trend over rounds.
 */
final class PlanBlocks {

    /** One block: a heading, a paragraph, or a table with a header row. */
    sealed interface Block permits Heading, Paragraph, Table, TrendChart {}

    record Heading(String text) implements Block {}

    record Paragraph(String text) implements Block {}

    record Table(List<String> header, List<List<String>> rows) implements Block {

        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The trend over rounds as a chart ({@link io.ccmm.report.TrendChart}); each exporter draws it its own way. */
    record TrendChart(String caption) implements Block {}

    private PlanBlocks() {}

    /** The executive summary: its heading and one paragraph per paragraph of the text. Empty without a plan. */
    static List<Block> summary(ReportModel model) {
        PlanSection plan = model.plan();
        List<Block> blocks = new ArrayList<>();
        if (!plan.present()) {
            return blocks;
        }
        ReportText t = model.text();
        blocks.add(new Heading(t.get("plan.summary.title")));
        if (plan.isDraft()) {
            blocks.add(new Paragraph(t.get("plan.draft.title") + ": " + plan.draftNote()));
        }
        for (String p : plan.summary().split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                blocks.add(new Paragraph(p.strip()));
            }
        }
        return blocks;
    }

    /** Findings, action plan, roadmap and trend. Empty without a plan. */
    static List<Block> sections(ReportModel model) {
        PlanSection plan = model.plan();
        List<Block> blocks = new ArrayList<>();
        if (!plan.present()) {
            return blocks;
        }
        ReportText t = model.text();

        blocks.add(new Heading(t.get("plan.findings.title")));
        if (plan.findings().isEmpty()) {
            blocks.add(new Paragraph(t.get("plan.findings.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PlanSection.FindingRow f : plan.findings()) {
                rows.add(List.of(f.item() + " " + f.itemTitle(), f.kind(), f.severity(), f.text(), f.author()));
            }
            blocks.add(new Table(
                    List.of(
                            t.get("plan.findings.item"),
                            t.get("plan.findings.kind"),
                            t.get("plan.findings.severity"),
                            t.get("plan.findings.text"),
                            t.get("plan.findings.author")),
                    rows));
        }

        blocks.add(new Heading(t.get("plan.actions.title")));
        if (plan.actions().isEmpty()) {
            blocks.add(new Paragraph(t.get("plan.actions.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PlanSection.PlanActionRow a : plan.actions()) {
                rows.add(List.of(
                        Integer.toString(a.no()),
                        a.title(),
                        a.items(),
                        a.priority(),
                        a.owner(),
                        a.due(),
                        a.status(),
                        a.effort()));
            }
            blocks.add(new Table(
                    List.of(
                            t.get("plan.actions.no"),
                            t.get("plan.actions.title.column"),
                            t.get("plan.actions.items"),
                            t.get("plan.actions.priority"),
                            t.get("plan.actions.owner"),
                            t.get("plan.actions.due"),
                            t.get("plan.actions.status"),
                            t.get("plan.actions.effort")),
                    rows));
        }

        blocks.add(new Heading(t.get("plan.roadmap.title")));
        if (plan.roadmap().isEmpty()) {
            blocks.add(new Paragraph(t.get("plan.roadmap.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PlanSection.QuarterRow q : plan.roadmap()) {
                rows.add(List.of(q.label(), String.join("\n", q.actions()), q.projectedLevelName()));
            }
            blocks.add(new Table(
                    List.of(
                            t.get("plan.roadmap.quarter"),
                            t.get("plan.roadmap.actions"),
                            t.get("plan.roadmap.projected")),
                    rows));
        }
        if (!plan.unscheduled().isEmpty()) {
            blocks.add(new Paragraph(t.get("plan.roadmap.unscheduled") + ": " + String.join("; ", plan.unscheduled())));
        }

        if (!plan.trend().isEmpty()) {
            blocks.add(new Heading(t.get("plan.trend.title")));
            List<String> header = new ArrayList<>(List.of(
                    t.get("plan.trend.round"),
                    t.get("plan.trend.date"),
                    t.get("plan.trend.level"),
                    t.get("plan.trend.percentL1")));
            header.addAll(plan.trendModules());
            List<List<String>> rows = new ArrayList<>();
            for (PlanSection.TrendRow r : plan.trend()) {
                List<String> row = new ArrayList<>(List.of(r.title(), r.date(), r.levelName(), r.percentL1()));
                row.addAll(r.modules());
                rows.add(row);
            }
            blocks.add(new Table(header, rows));
            blocks.add(new TrendChart(t.get("plan.trend.chart")));
        }
        return blocks;
    }
}
