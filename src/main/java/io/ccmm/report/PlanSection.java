package io.ccmm.report;

import java.util.List;
import java.util.Objects;

/**
 * The plan sections of a report, in the report's language: the executive summary (the first page), the draft note, the
 * findings, the action plan, the roadmap by quarter and the trend over rounds. {@link #present} is false for a report
 * made without a plan; exporters then show none of it.
 *
 * @param draftNote "" on a final, complete round; else why the report is a draft (shown on the cover and as watermark)
 * @param trend empty unless the file has two or more rounds
 */
public record PlanSection(
        boolean present,
        String summary,
        String draftNote,
        List<FindingRow> findings,
        List<PlanActionRow> actions,
        List<QuarterRow> roadmap,
        List<String> unscheduled,
        List<String> trendModules,
        List<TrendRow> trend) {

    public static final PlanSection NONE =
            new PlanSection(false, "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public PlanSection {
        summary = Objects.requireNonNullElse(summary, "");
        draftNote = Objects.requireNonNullElse(draftNote, "");
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        roadmap = List.copyOf(roadmap);
        unscheduled = List.copyOf(unscheduled);
        trendModules = List.copyOf(trendModules);
        trend = List.copyOf(trend);
    }

    public boolean isDraft() {
        return present && !draftNote.isEmpty();
    }

    /** One finding in words. */
    public record FindingRow(int item, String itemTitle, String kind, String severity, String text, String author) {}

    /** One action of the plan in words; {@code items} as "12, 37". */
    public record PlanActionRow(
            int no,
            String title,
            String items,
            String modules,
            String owner,
            String due,
            String quarter,
            String status,
            String priority,
            String effort,
            String target) {}

    /** One quarter: its label, the titles of its actions and the readiness projected at its end. */
    public record QuarterRow(String label, List<String> actions, int projectedLevel, String projectedLevelName) {

        public QuarterRow {
            actions = List.copyOf(actions);
        }
    }

    /**
     * One round of the trend: readiness level, the L1 percent and each module's percent (as in trendModules), in words
     * and, for the chart, as numbers ({@code moduleValues}, NaN where the round has no such module).
     */
    public record TrendRow(
            String title,
            String date,
            int level,
            String levelName,
            String percentL1,
            List<String> modules,
            List<Double> moduleValues) {

        public TrendRow {
            modules = List.copyOf(modules);
            moduleValues = List.copyOf(moduleValues);
        }

        /** A round without numbers for the chart (it then shows no module lines). */
        public TrendRow(
                String title, String date, int level, String levelName, String percentL1, List<String> modules) {
            this(title, date, level, levelName, percentL1, modules, List.of());
        }
    }
}
