package io.ccmm.plan;

import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LevelDefinition;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The executive summary drafted from the data, for the consultant to edit: the level and what stands between it and the
 * next, the strongest and weakest modules, the first items of the improvement path, not-applicable items and
 * conflicts, and the trend since the previous round. Paragraphs are separated by a blank line.
 */
public final class SummaryDraft {

    /** How many items of the improvement path the summary names. */
    static final int PATH_ITEMS = 5;

    /** The previous round, for the trend: its title and its score. */
    public record Previous(String title, ReadinessResult result) {}

    private final Catalog catalog;
    private final Language language;
    private final PlanWords words;

    private SummaryDraft(Catalog catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.words = PlanWords.of(language);
    }

    /**
     * The draft for {@code current} (scored with a target level for the path paragraph), {@code conflicts} items the
     * assessors disagree on, and the previous round when there is one.
     */
    public static String write(
            Catalog catalog, ReadinessResult current, Optional<Previous> previous, int conflicts, Language language) {
        return new SummaryDraft(catalog, language).draft(current, previous, conflicts);
    }

    private String draft(ReadinessResult r, Optional<Previous> previous, int conflicts) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(levelParagraph(r));
        modulesParagraph(r).ifPresent(paragraphs::add);
        r.path().flatMap(this::pathParagraph).ifPresent(paragraphs::add);
        List<String> scope = new ArrayList<>();
        if (r.completion().notApplicable() > 0) {
            scope.add(words.get(
                    counted("plan.summary.notApplicable", r.completion().notApplicable()),
                    r.completion().notApplicable()));
        }
        if (conflicts > 0) {
            scope.add(words.get(counted("plan.summary.conflicts", conflicts), conflicts));
        }
        if (!scope.isEmpty()) {
            paragraphs.add(String.join(words.get("plan.summary.sentenceGap"), scope));
        }
        previous.map(p -> trendParagraph(p, r)).ifPresent(paragraphs::add);
        return String.join("\n\n", paragraphs);
    }

    private String levelParagraph(ReadinessResult r) {
        List<String> s = new ArrayList<>();
        int level = r.readinessLevel();
        s.add(
                level == 0
                        ? words.get(
                                "plan.summary.belowL1",
                                r.completion().rated(),
                                r.completion().total())
                        : words.get(
                                "plan.summary.level",
                                level,
                                levelName(level),
                                r.completion().rated(),
                                r.completion().total()));
        if (level >= ReadinessEngine.HIGHEST_LEVEL) {
            s.add(words.get("plan.summary.highest"));
            return String.join(words.get("plan.summary.sentenceGap"), s);
        }
        LevelReadiness next = r.level(level + 1);
        List<String> blockers = new ArrayList<>();
        for (Reason reason : next.reasons()) {
            switch (reason.code()) {
                case BELOW_THRESHOLD -> blockers.add(words.get(
                        "plan.summary.blocker.threshold",
                        next.percent().toPlainString(),
                        next.thresholdPercent(),
                        next.gapPoints()));
                case MODULE_BELOW_FLOOR -> {
                    ModuleFloor floor = next.modules().stream()
                            .filter(m -> m.module().equals(reason.module()))
                            .findFirst()
                            .orElseThrow();
                    blockers.add(words.get(
                            "plan.summary.blocker.floor",
                            floor.module(),
                            moduleName(floor.module()),
                            floor.floorPercent(),
                            floor.floorGap()));
                }
                case UNRATED_ITEMS -> blockers.add(
                        words.get(counted("plan.summary.blocker.unrated", reason.count()), reason.count()));
                case OPERATING_YEARS_UNKNOWN -> blockers.add(
                        words.get("plan.summary.blocker.yearsUnknown", next.minOperatingYears()));
                case OPERATING_YEARS_SHORT -> blockers.add(words.get(
                        "plan.summary.blocker.yearsShort", r.yearsInOperation().orElse(0), next.minOperatingYears()));
                case TOO_MANY_NOT_APPLICABLE -> blockers.add(
                        words.get("plan.summary.blocker.notApplicable", reason.count(), reason.allowed()));
                case PREVIOUS_LEVEL_NOT_ACHIEVED -> {
                    // Never the case for the level right above the readiness level.
                }
            }
        }
        s.add(words.get(
                "plan.summary.next",
                level + 1,
                levelName(level + 1),
                String.join(words.get("plan.summary.listGap"), blockers)));
        return String.join(words.get("plan.summary.sentenceGap"), s);
    }

    private Optional<String> modulesParagraph(ReadinessResult r) {
        List<ModuleScore> scored = r.modules().stream()
                .filter(m -> m.maxPoints() > 0 && m.rated() > 0)
                .toList();
        if (scored.size() < 2) {
            return Optional.empty();
        }
        Comparator<ModuleScore> byPercent = Comparator.comparing(ModuleScore::percent);
        ModuleScore strongest = scored.stream().max(byPercent).orElseThrow();
        ModuleScore weakest = scored.stream().min(byPercent).orElseThrow();
        return Optional.of(words.get(
                "plan.summary.modules",
                strongest.module(),
                moduleName(strongest.module()),
                strongest.percent().toPlainString(),
                weakest.module(),
                moduleName(weakest.module()),
                weakest.percent().toPlainString()));
    }

    private Optional<String> pathParagraph(ImprovementPath path) {
        if (path.isTargetReached() || path.steps().isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (PathStep step :
                path.steps().subList(0, Math.min(PATH_ITEMS, path.steps().size()))) {
            String title = catalog.item(step.item())
                    .map(AssessmentItem::title)
                    .map(t -> t.get(language))
                    .orElse("");
            items.add(words.get("plan.summary.pathItem", step.item(), title, step.gain()));
        }
        return Optional.of(words.get(
                counted("plan.summary.path", path.steps().size()),
                path.targetLevel(),
                path.steps().size(),
                path.totalGain(),
                String.join(words.get("plan.summary.listGap"), items)));
    }

    private String trendParagraph(Previous p, ReadinessResult r) {
        int was = p.result().readinessLevel();
        int now = r.readinessLevel();
        String key =
                now > was ? "plan.summary.trend.up" : now < was ? "plan.summary.trend.down" : "plan.summary.trend.same";
        LevelReadiness wasL1 = p.result().level(1);
        LevelReadiness nowL1 = r.level(1);
        return words.get(
                key,
                p.title(),
                was,
                now,
                wasL1.percent().toPlainString(),
                nowL1.percent().toPlainString());
    }

    /** The key of the sentence for one thing ({@code key.one}) or for several. */
    private static String counted(String key, int count) {
        return count == 1 ? key + ".one" : key;
    }

    /**
     * The round scored for its summary: with its own target level when that is above the readiness level, else with
     * the next level as target, so the summary can name the first items of the path.
     */
    public static ReadinessResult scoreForSummary(
            ReadinessEngine engine,
            java.util.Map<Integer, io.ccmm.assessment.Rating> ratings,
            java.util.OptionalInt years,
            java.util.OptionalInt target) {
        int level = engine.score(ratings, years).readinessLevel();
        if (level >= ReadinessEngine.HIGHEST_LEVEL) {
            return engine.score(ratings, years);
        }
        int wanted = target.isPresent() && target.getAsInt() > level ? target.getAsInt() : level + 1;
        return engine.score(ratings, years, java.util.OptionalInt.of(wanted));
    }

    private String levelName(int level) {
        return catalog.level(level)
                .map(LevelDefinition::name)
                .map(n -> n.get(language))
                .orElse("L" + level);
    }

    private String moduleName(String module) {
        return catalog.module(module)
                .map(CatalogModule::name)
                .map(n -> n.get(language))
                .orElse(module);
    }
}
