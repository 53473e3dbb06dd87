package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.catalog.Language;
import java.util.List;
import java.util.Objects;

/**
 * Everything a readiness report shows, already in the report's language: names of levels and modules, status words and
 * reasons are words, not codes, so each exporter only lays it out. Built from a round's score result, the catalog and
 * the assessment; {@code source} is the round as rated, written by the interchange JSON format.
 */
public record ReportModel(
        Language language,
        Cover cover,
        Readiness readiness,
        List<LevelRow> ladder,
        List<ModuleRow> modules,
        ImprovementPath path,
        List<ItemRow> items,
        List<ActionRow> actions,
        RulesAppendix appendix,
        Assessment source,
        PlanSection plan,
        ExtrasSection extras) {

    public ReportModel {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(appendix, "appendix");
        Objects.requireNonNull(source, "source");
        ladder = List.copyOf(ladder);
        modules = List.copyOf(modules);
        items = List.copyOf(items);
        actions = List.copyOf(actions);
        plan = plan == null ? PlanSection.NONE : plan;
        extras = extras == null ? ExtrasSection.NONE : extras;
    }

    /** A report without the plan sections and extras (the canonical constructor checks every part). */
    public ReportModel(
            Language language,
            Cover cover,
            Readiness readiness,
            List<LevelRow> ladder,
            List<ModuleRow> modules,
            ImprovementPath path,
            List<ItemRow> items,
            List<ActionRow> actions,
            RulesAppendix appendix,
            Assessment source) {
        this(
                language,
                cover,
                readiness,
                ladder,
                modules,
                path,
                items,
                actions,
                appendix,
                source,
                PlanSection.NONE,
                null);
    }

    /** The same report with the round's plan and extras. */
    public ReportModel withPlan(PlanSection planSection, ExtrasSection extrasSection) {
        return new ReportModel(
                language,
                cover,
                readiness,
                ladder,
                modules,
                path,
                items,
                actions,
                appendix,
                source,
                planSection,
                extrasSection);
    }

    /** The same report with other item rows. */
    public ReportModel withItems(List<ItemRow> itemRows) {
        return new ReportModel(
                language, cover, readiness, ladder, modules, path, itemRows, actions, appendix, source, plan, extras);
    }

    /** The items marked not applicable, in catalog order, each with its justification. */
    public List<ItemRow> notApplicableItems() {
        return items.stream().filter(ItemRow::notApplicable).toList();
    }

    /** The words of the report chrome (headings, column titles) in the report's language. */
    public ReportText text() {
        return ReportText.of(language);
    }
}
