package io.ccmm.report;

import io.ccmm.plan.PlanEntry;
import io.ccmm.scoring.ReadinessResult;
import java.util.List;
import java.util.Objects;

/**
 * The plan kept with a round, as a report is made from it: the edited executive summary ("" = write a draft), whether
 * the round is final, findings, the action plan, planned ratings given as actions' aims, and the earlier rounds of the
 * file for the trend. {@link #NONE} makes a report without the plan sections (as before plans existed).
 *
 * @param trend every round of the file in time order, this one included; the trend is shown with two or more
 */
public record ReportPlan(
        boolean present,
        String summary,
        boolean finalRound,
        List<Finding> findings,
        List<PlanEntry> actions,
        List<TrendRound> trend,
        int conflicts,
        ReportExtras extras) {

    public static final ReportPlan NONE = new ReportPlan(false, "", false, List.of(), List.of(), List.of(), 0);

    public ReportPlan {
        summary = Objects.requireNonNullElse(summary, "");
        findings = findings == null ? List.of() : List.copyOf(findings);
        actions = actions == null ? List.of() : List.copyOf(actions);
        trend = trend == null ? List.of() : List.copyOf(trend);
        extras = extras == null ? ReportExtras.NONE : extras;
    }

    /** A plan without the file's branding and team. */
    public ReportPlan(
            boolean present,
            String summary,
            boolean finalRound,
            List<Finding> findings,
            List<PlanEntry> actions,
            List<TrendRound> trend,
            int conflicts) {
        this(present, summary, finalRound, findings, actions, trend, conflicts, ReportExtras.NONE);
    }

    /** The same plan with the branding, raters, sign-off and agreement of the round's file (cover and appendices). */
    public ReportPlan withExtras(ReportExtras roundExtras) {
        return new ReportPlan(present, summary, finalRound, findings, actions, trend, conflicts, roundExtras);
    }

    /** A plan to show. */
    public static ReportPlan of(
            String summary,
            boolean finalRound,
            List<Finding> findings,
            List<PlanEntry> actions,
            List<TrendRound> trend,
            int conflicts) {
        return new ReportPlan(true, summary, finalRound, findings, actions, trend, conflicts);
    }

    /** One finding: kind and severity as stored ("strength", "weakness", "observation"; "high", "medium", "low"). */
    public record Finding(int item, String kind, String severity, String text, String author) {

        public Finding {
            kind = Objects.requireNonNullElse(kind, "observation");
            severity = Objects.requireNonNullElse(severity, "medium");
            text = Objects.requireNonNullElse(text, "");
            author = Objects.requireNonNullElse(author, "");
        }
    }

    /** One round of the file as scored by its own catalog and rules; {@code current} marks the report's round. */
    public record TrendRound(String title, String date, ReadinessResult result, boolean current) {}
}
