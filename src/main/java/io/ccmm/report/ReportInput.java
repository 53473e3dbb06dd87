package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.ScoringRules;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a report is made from: one round as rated, the catalog and rules it is scored by, the target level for the
 * improvement path and the round's improvement actions.
 *
 * @param targetLevel the level to plan the path to; empty for the assessment's own target level
 */
public record ReportInput(
        Catalog catalog,
        ScoringRules rules,
        Assessment assessment,
        OptionalInt targetLevel,
        List<Action> actions,
        ReportPlan plan) {

    public ReportInput {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(assessment, "assessment");
        targetLevel = targetLevel == null ? OptionalInt.empty() : targetLevel;
        actions = actions == null ? List.of() : List.copyOf(actions);
        plan = plan == null ? ReportPlan.NONE : plan;
    }

    /** A report without the plan sections. */
    public ReportInput(
            Catalog catalog, ScoringRules rules, Assessment assessment, OptionalInt targetLevel, List<Action> actions) {
        this(catalog, rules, assessment, targetLevel, actions, ReportPlan.NONE);
    }

    /** The round with its own target level and no improvement actions. */
    public static ReportInput of(CatalogBundle bundle, Assessment assessment) {
        return new ReportInput(bundle.catalog(), bundle.rules(), assessment, OptionalInt.empty(), List.of());
    }

    public ReportInput withTargetLevel(OptionalInt level) {
        return new ReportInput(catalog, rules, assessment, level, actions, plan);
    }

    public ReportInput withActions(List<Action> roundActions) {
        return new ReportInput(catalog, rules, assessment, targetLevel, roundActions, plan);
    }

    /** The same input with the round's plan: the report then has its executive summary and plan sections. */
    public ReportInput withPlan(ReportPlan roundPlan) {
        return new ReportInput(catalog, rules, assessment, targetLevel, actions, roundPlan);
    }

    /** The level the path is planned to: the one given, else the assessment's own. */
    public OptionalInt effectiveTargetLevel() {
        return targetLevel.isPresent() ? targetLevel : assessment.round().targetLevel();
    }

    /**
     * One improvement action as recorded for the round. {@code statusCode} is the stored status (OPEN, IN_PROGRESS,
     * DONE, NOT_STARTED, CANCELLED in any case, "-" or "_"); the report puts it into words.
     */
    public record Action(OptionalInt item, String what, String owner, String due, String statusCode) {

        public Action {
            item = item == null ? OptionalInt.empty() : item;
            what = Cover.nonNull(what);
            owner = Cover.nonNull(owner);
            due = Cover.nonNull(due);
            statusCode = Cover.nonNull(statusCode);
        }
    }
}
