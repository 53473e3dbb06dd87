package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LevelDefinition;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.plan.PlanEntry;
import io.ccmm.plan.Roadmap;
import io.ccmm.plan.SummaryDraft;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link PlanSection} of a report from the round's {@link ReportPlan}, in the report's language. */
final class PlanSectionFactory {

    private PlanSectionFactory() {}

    static PlanSection create(
            Catalog catalog,
            ScoringRules rules,
            Assessment assessment,
            ReadinessResult result,
            ReportPlan plan,
            Language language) {
        ReportText t = ReportText.of(language);
        ReadinessEngine engine = new ReadinessEngine(catalog, rules);
        String summary = plan.summary().isBlank() ? draft(engine, catalog, assessment, plan, language) : plan.summary();

        List<PlanSection.FindingRow> findings = new ArrayList<>();
        for (ReportPlan.Finding f : plan.findings()) {
            findings.add(new PlanSection.FindingRow(
                    f.item(),
                    itemTitle(catalog, f.item(), language),
                    t.get("plan.kind." + f.kind()),
                    t.get("plan.priority." + f.severity()),
                    f.text(),
                    f.author()));
        }

        List<PlanSection.PlanActionRow> actions = new ArrayList<>();
        int no = 1;
        for (PlanEntry a : plan.actions()) {
            actions.add(new PlanSection.PlanActionRow(
                    no++,
                    a.title(),
                    a.items().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    modules(catalog, a.items()),
                    a.owner(),
                    a.due(),
                    a.dueDate().map(PlanSectionFactory::quarter).orElse(""),
                    t.actionStatus(a.status().toUpperCase(Locale.ROOT).replace('-', '_')),
                    t.get("plan.priority." + a.priority()),
                    a.effort(),
                    "C" + a.aimC().points() + " / F" + a.aimF().points()));
        }

        Roadmap roadmap = Roadmap.of(
                engine,
                assessment.ratingsByItem(),
                assessment.organization().yearsInOperation(),
                plan.actions().stream().filter(a -> !a.isDone()).toList());
        List<PlanSection.QuarterRow> quarters = new ArrayList<>();
        for (Roadmap.Quarter q : roadmap.quarters()) {
            quarters.add(new PlanSection.QuarterRow(
                    q.label(),
                    q.actions().stream().map(PlanEntry::title).toList(),
                    q.projectedLevel(),
                    levelName(catalog, q.projectedLevel(), language, t)));
        }

        List<String> trendModules = new ArrayList<>();
        List<PlanSection.TrendRow> trend = new ArrayList<>();
        if (plan.trend().size() > 1) {
            Set<String> ids = new LinkedHashSet<>();
            for (ReportPlan.TrendRound r : plan.trend()) {
                r.result().modules().forEach(m -> ids.add(m.module()));
            }
            trendModules.addAll(ids);
            for (ReportPlan.TrendRound r : plan.trend()) {
                List<String> percents = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (String id : trendModules) {
                    Optional<java.math.BigDecimal> percent =
                            r.result().module(id).map(ModuleScore::percent);
                    percents.add(percent.map(p -> p.toPlainString() + "%").orElse(ReportText.DASH));
                    values.add(percent.map(java.math.BigDecimal::doubleValue).orElse(Double.NaN));
                }
                trend.add(new PlanSection.TrendRow(
                        r.title(),
                        r.date(),
                        r.result().readinessLevel(),
                        levelName(catalog, r.result().readinessLevel(), language, t),
                        r.result().level(1).percent().toPlainString() + "%",
                        percents,
                        values));
            }
        }

        return new PlanSection(
                true,
                summary,
                draftNote(plan, result, t),
                findings,
                actions,
                quarters,
                roadmap.unscheduled().stream().map(PlanEntry::title).toList(),
                trendModules,
                trend);
    }

    /** Why the report is a draft: the round is not final, or not every item is rated or not applicable. */
    static String draftNote(ReportPlan plan, ReadinessResult result, ReportText t) {
        List<String> why = new ArrayList<>();
        if (!plan.finalRound()) {
            why.add(t.get("plan.draft.notFinal"));
        }
        int decided = result.completion().rated() + result.completion().notApplicable();
        if (decided < result.completion().total()) {
            why.add(t.format(
                    "plan.draft.incomplete", decided, result.completion().total()));
        }
        return String.join(" ", why);
    }

    private static String draft(
            ReadinessEngine engine, Catalog catalog, Assessment assessment, ReportPlan plan, Language language) {
        ReadinessResult forSummary = SummaryDraft.scoreForSummary(
                engine,
                assessment.ratingsByItem(),
                assessment.organization().yearsInOperation(),
                assessment.round().targetLevel());
        Optional<SummaryDraft.Previous> previous = Optional.empty();
        List<ReportPlan.TrendRound> trend = plan.trend();
        for (int i = 1; i < trend.size(); i++) {
            if (trend.get(i).current()) {
                ReportPlan.TrendRound before = trend.get(i - 1);
                previous = Optional.of(new SummaryDraft.Previous(before.title(), before.result()));
            }
        }
        return SummaryDraft.write(catalog, forSummary, previous, plan.conflicts(), language);
    }

    static String quarter(LocalDate date) {
        return date.getYear() + " Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static String modules(Catalog catalog, List<Integer> items) {
        Set<String> ids = new LinkedHashSet<>();
        for (int item : items) {
            catalog.item(item).map(AssessmentItem::module).ifPresent(ids::add);
        }
        return String.join(", ", ids);
    }

    private static String itemTitle(Catalog catalog, int item, Language language) {
        return catalog.item(item).map(i -> i.title().get(language)).orElse("");
    }

    static String levelName(Catalog catalog, int level, Language language, ReportText t) {
        if (level == 0) {
            return t.belowLevelOne();
        }
        return catalog.level(level)
                .map(LevelDefinition::name)
                .map(n -> "L" + level + " " + n.get(language))
                .orElse("L" + level);
    }

    static String moduleName(Catalog catalog, String module, Language language) {
        return catalog.module(module)
                .map(CatalogModule::name)
                .map(n -> n.get(language))
                .orElse(module);
    }
}
