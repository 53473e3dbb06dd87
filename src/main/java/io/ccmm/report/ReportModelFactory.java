package io.ccmm.report;

import io.ccmm.ProductInfo;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.scoring.ItemScore;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@link ReportModel} of one round from its score result, in one language: every figure comes from the
 * {@link ReadinessResult}, every name from the catalog, every sentence from {@link ReportText} (see package-info for the
 * mapping of SCORING.md §7 to the model).
 */
public final class ReportModelFactory {

    private ReportModelFactory() {}

    /**
     * The report model of {@code assessment} as scored in {@code result} (which must come from the same catalog, rules
     * and ratings).
     *
     * @param actions the round's improvement actions, in the order to list them
     * @param generatedOn the export date shown on the cover
     */
    public static ReportModel create(
            Catalog catalog,
            ScoringRules rules,
            Assessment assessment,
            ReadinessResult result,
            List<ReportInput.Action> actions,
            Language language,
            LocalDate generatedOn) {
        return create(catalog, rules, assessment, result, actions, language, generatedOn, ReportPlan.NONE);
    }

    /** As {@link #create(Catalog, ScoringRules, Assessment, ReadinessResult, List, Language, LocalDate)}, with the plan. */
    public static ReportModel create(
            Catalog catalog,
            ScoringRules rules,
            Assessment assessment,
            ReadinessResult result,
            List<ReportInput.Action> actions,
            Language language,
            LocalDate generatedOn,
            ReportPlan plan) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedOn, "generatedOn");
        if (!result.catalogId().equals(catalog.id())) {
            throw new IllegalArgumentException(
                    "the result was scored with catalog " + result.catalogId() + ", not " + catalog.id());
        }
        ReportModel model = new Builder(catalog, rules, assessment, result, language)
                .build(actions == null ? List.of() : actions, generatedOn);
        ReportPlan roundPlan = plan == null ? ReportPlan.NONE : plan;
        PlanSection section = roundPlan.present()
                ? PlanSectionFactory.create(catalog, rules, assessment, result, roundPlan, language)
                : PlanSection.NONE;
        ExtrasSection extras = ExtrasSectionFactory.create(catalog, rules, result, roundPlan.extras(), language);
        return model.withPlan(section, extras);
    }

    private static final class Builder {

        private final Catalog catalog;
        private final ScoringRules rules;
        private final Assessment assessment;
        private final ReadinessResult result;
        private final Language lang;
        private final ReportText t;

        Builder(Catalog catalog, ScoringRules rules, Assessment assessment, ReadinessResult result, Language lang) {
            this.catalog = catalog;
            this.rules = rules;
            this.assessment = assessment;
            this.result = result;
            this.lang = lang;
            this.t = ReportText.of(lang);
        }

        ReportModel build(List<ReportInput.Action> actions, LocalDate generatedOn) {
            return new ReportModel(
                    lang,
                    cover(generatedOn),
                    readiness(),
                    ladder(),
                    modules(),
                    path(),
                    items(),
                    actions(actions),
                    appendix(),
                    assessment);
        }

        private Cover cover(LocalDate generatedOn) {
            ProductInfo product = ProductInfo.current();
            return new Cover(
                    assessment.organization().name(),
                    assessment.organization().site(),
                    assessment.organization().yearsInOperation(),
                    assessment.round().title(),
                    assessment.round().date(),
                    assessment.round().assessors(),
                    new SourceRef(result.catalogId(), result.catalogSha256()),
                    new SourceRef(result.rulesId(), result.rulesSha256()),
                    product.name() + " " + product.version(),
                    generatedOn.format(DateTimeFormatter.ISO_LOCAL_DATE));
        }

        private Readiness readiness() {
            int level = result.readinessLevel();
            return new Readiness(
                    level,
                    level == 0 ? t.belowLevelOne() : levelName(level),
                    result.completion().rated(),
                    result.completion().total(),
                    bonusText(),
                    result.completion().notApplicable());
        }

        /** The bonus as it applied: the points of the first level it applies to (the same for every such level). */
        private String bonusText() {
            Optional<BonusRule> bonus =
                    rules.bonusRule().filter(b -> !b.levels().isEmpty());
            if (bonus.isEmpty()) {
                return "";
            }
            int points = result.levels().stream()
                    .filter(LevelReadiness::bonusApplies)
                    .findFirst()
                    .map(LevelReadiness::bonusPoints)
                    .orElse(0);
            return t.bonusApplied(
                    bonus.get().module(), points, levelRange(bonus.get().levels()));
        }

        private List<LevelRow> ladder() {
            List<LevelRow> rows = new ArrayList<>();
            for (LevelReadiness l : result.levels()) {
                LevelStatus status = LevelStatus.valueOf(l.status().name());
                List<String> reasons = new ArrayList<>();
                for (Reason r : l.reasons()) {
                    reasons.add(reason(r, l));
                }
                rows.add(new LevelRow(
                        l.level(),
                        levelName(l.level()),
                        status,
                        t.status(status),
                        l.totalPoints(),
                        l.maxPoints(),
                        l.bonusPoints(),
                        l.percent(),
                        l.thresholdPercent(),
                        l.gapPoints(),
                        reasons,
                        l.notApplicableItems(),
                        l.allowedNotApplicable()));
            }
            return rows;
        }

        private String reason(Reason reason, LevelReadiness level) {
            return switch (reason.code()) {
                case UNRATED_ITEMS -> t.reasonUnratedItems(reason.count());
                case OPERATING_YEARS_UNKNOWN -> t.reasonOperatingYearsUnknown(level.minOperatingYears());
                case OPERATING_YEARS_SHORT -> t.reasonOperatingYearsShort(
                        result.yearsInOperation().orElse(0), level.minOperatingYears());
                case BELOW_THRESHOLD -> t.reasonBelowThreshold(
                        level.percent(), level.thresholdPercent(), level.gapPoints());
                case MODULE_BELOW_FLOOR -> {
                    ModuleFloor floor = level.modules().stream()
                            .filter(m -> m.module().equals(reason.module()))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "L" + level.level() + " has no floor for module " + reason.module()));
                    yield t.reasonModuleBelowFloor(
                            floor.module(), moduleName(floor.module()), floor.floorPercent(), floor.floorGap());
                }
                case PREVIOUS_LEVEL_NOT_ACHIEVED -> t.reasonPreviousLevelNotAchieved(level.level() - 1);
                case TOO_MANY_NOT_APPLICABLE -> t.reasonTooManyNotApplicable(
                        reason.count(), reason.allowed(), level.requiredItems());
            };
        }

        private List<ModuleRow> modules() {
            List<ModuleRow> rows = new ArrayList<>();
            for (ModuleScore m : result.modules()) {
                rows.add(new ModuleRow(
                        m.module(),
                        moduleName(m.module()),
                        m.items(),
                        m.rated(),
                        m.points(),
                        m.maxPoints(),
                        m.percent(),
                        m.notApplicable()));
            }
            return rows;
        }

        /** The path to a target above the readiness level; none when no target is set or it is already reached. */
        private ImprovementPath path() {
            Optional<io.ccmm.scoring.ImprovementPath> found = result.path().filter(p -> !p.isTargetReached());
            if (found.isEmpty()) {
                return ImprovementPath.none();
            }
            io.ccmm.scoring.ImprovementPath p = found.get();
            List<PathStep> steps = new ArrayList<>();
            for (io.ccmm.scoring.PathStep s : p.steps()) {
                steps.add(new PathStep(
                        s.item(),
                        s.module(),
                        itemTitle(s.item()),
                        s.beforeC(),
                        s.beforeF(),
                        s.afterC(),
                        s.afterF(),
                        s.gain()));
            }
            List<String> notes = new ArrayList<>();
            for (Reason r : p.outsideRatings()) {
                switch (r.code()) {
                    case OPERATING_YEARS_UNKNOWN -> notes.add(t.reasonOperatingYearsUnknown(p.minOperatingYears()));
                    case OPERATING_YEARS_SHORT -> notes.add(t.reasonOperatingYearsShort(
                            result.yearsInOperation().orElse(0), p.minOperatingYears()));
                    default -> {
                        // Only operating years lie outside what ratings can fix (SCORING.md §5).
                    }
                }
            }
            for (int level : p.notApplicableLimitExceeded()) {
                LevelReadiness l = result.level(level);
                notes.add(t.pathTooManyNotApplicable(level, l.notApplicableItems(), l.allowedNotApplicable()));
            }
            if (p.unratedItemsLeft() > 0) {
                notes.add(t.pathUnratedItemsLeft(p.unratedItemsLeft()));
            }
            return new ImprovementPath(p.targetLevel(), levelName(p.targetLevel()), steps, notes);
        }

        /** Every catalog item in catalog order; unrated angles stay unrated. */
        private List<ItemRow> items() {
            Map<Integer, Rating> ratings = assessment.ratingsByItem();
            List<ItemRow> rows = new ArrayList<>();
            for (ItemScore s : result.items()) {
                Rating rating = ratings.get(s.item());
                rows.add(new ItemRow(
                        s.item(),
                        s.module(),
                        itemTitle(s.item()),
                        s.level(),
                        s.c(),
                        s.f(),
                        s.points(),
                        rating == null ? "" : rating.note(),
                        s.notApplicable(),
                        rating == null ? "" : rating.justification()));
            }
            return rows;
        }

        private List<ActionRow> actions(List<ReportInput.Action> actions) {
            List<ActionRow> rows = new ArrayList<>();
            for (ReportInput.Action a : actions) {
                rows.add(new ActionRow(a.item(), a.what(), a.owner(), a.due(), t.actionStatus(a.statusCode())));
            }
            return rows;
        }

        private RulesAppendix appendix() {
            List<RuleRow> levels = new ArrayList<>();
            for (LevelRule r : rules.levels()) {
                levels.add(new RuleRow(
                        r.level(),
                        levelName(r.level()),
                        r.thresholdPercent(),
                        r.moduleFloorPercent(),
                        r.minOperatingYears(),
                        r.requiredModules()));
            }
            String bonusRule = rules.bonusRule()
                    .filter(b -> !b.levels().isEmpty())
                    .map(b -> t.bonusRule(b.module(), levelRange(b.levels()), b.qualifyingMinRate()))
                    .orElse("");
            String notApplicableRule = rules.notApplicable().allowed()
                    ? t.format(
                            "appendix.notApplicable.rule", rules.notApplicable().maxPercentOfRequired())
                    : t.get("appendix.notApplicable.notAllowed");
            return new RulesAppendix(
                    text(rules.description()),
                    levels,
                    bonusRule,
                    text(catalog.title()),
                    text(catalog.source()),
                    notApplicableRule);
        }

        private String levelName(int level) {
            return catalog.level(level).map(l -> text(l.name())).orElse("");
        }

        private String moduleName(String module) {
            return catalog.module(module).map(m -> text(m.name())).orElse("");
        }

        private String itemTitle(int item) {
            return catalog.item(item).map(AssessmentItem::title).map(this::text).orElse("");
        }

        private String text(LocalizedText text) {
            if (text == null) {
                return "";
            }
            String s = text.get(lang);
            return s == null ? "" : s;
        }
    }

    /** "L1–L3" for a run of levels, "L1, L3" otherwise. */
    static String levelRange(List<Integer> levels) {
        List<Integer> sorted = levels.stream().sorted().distinct().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        if (sorted.size() > 1 && last - first == sorted.size() - 1) {
            return "L" + first + "–L" + last;
        }
        return String.join(", ", sorted.stream().map(l -> "L" + l).toList());
    }
}
