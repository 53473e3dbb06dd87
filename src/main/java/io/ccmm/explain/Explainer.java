package io.ccmm.explain;

import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.scoring.ItemScore;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a readiness result: works out each level's sets and sums from the catalog, the rules and the item ratings
 * of the result, so every figure comes with the items that make it. The figures are computed here on their own (not
 * copied from the engine's result), which lets the tests hold them against the engine; status and reasons are the
 * engine's.
 */
public final class Explainer {

    private final Catalog catalog;
    private final ScoringRules rules;

    public Explainer(Catalog catalog, ScoringRules rules) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static Explainer of(ReadinessEngine engine) {
        return new Explainer(engine.catalog(), engine.rules());
    }

    public Explanation explain(ReadinessResult result) {
        List<LevelExplanation> levels = new ArrayList<>();
        for (LevelReadiness readiness : result.levels()) {
            levels.add(level(readiness, result));
        }
        return new Explanation(result.readinessLevel(), levels);
    }

    private LevelExplanation level(LevelReadiness readiness, ReadinessResult result) {
        int n = readiness.level();
        LevelRule rule = rules.level(n);
        Set<String> requiredModules = new LinkedHashSet<>(rule.requiredModules());

        List<ItemScore> required = new ArrayList<>();
        for (ItemScore s : result.items()) {
            if (requiredModules.contains(s.module()) && s.level() <= n) {
                required.add(s);
            }
        }
        List<Integer> requiredIds = new ArrayList<>();
        List<Integer> notApplicable = new ArrayList<>();
        List<Integer> unrated = new ArrayList<>();
        int points = 0;
        for (ItemScore s : required) {
            requiredIds.add(s.item());
            if (s.notApplicable()) {
                notApplicable.add(s.item());
            } else {
                points += s.points();
                if (!s.isRated()) {
                    unrated.add(s.item());
                }
            }
        }
        int applicable = required.size() - notApplicable.size();
        int maxPoints = ReadinessEngine.MAX_ITEM_POINTS * applicable;

        Optional<BonusRule> bonus = rules.bonusRule();
        boolean bonusApplies = bonus.isPresent() && bonus.get().appliesTo(n);
        List<Integer> bonusItems = new ArrayList<>();
        int bonusPoints = 0;
        if (bonusApplies) {
            int min = bonus.get().qualifyingMinRate();
            for (ItemScore s : result.items()) {
                if (s.module().equals(bonus.get().module())
                        && !s.notApplicable()
                        && s.isRated()
                        && s.c().points() >= min
                        && s.f().points() >= min) {
                    bonusItems.add(s.item());
                    bonusPoints += s.points();
                }
            }
        }
        int total = points + bonusPoints;
        int thresholdPoints = needed(rule.thresholdPercent(), maxPoints);

        List<ModuleExplanation> modules = new ArrayList<>();
        for (String module : moduleOrder(requiredModules)) {
            List<Integer> items = new ArrayList<>();
            List<Integer> moduleNa = new ArrayList<>();
            List<Integer> belowFull = new ArrayList<>();
            int modulePoints = 0;
            for (ItemScore s : required) {
                if (!s.module().equals(module)) {
                    continue;
                }
                if (s.notApplicable()) {
                    moduleNa.add(s.item());
                    continue;
                }
                items.add(s.item());
                modulePoints += s.points();
                if (s.points() < ReadinessEngine.MAX_ITEM_POINTS) {
                    belowFull.add(s.item());
                }
            }
            if (items.isEmpty()) {
                continue; // no applicable item: no floor at this level (SCORING.md §3)
            }
            int moduleMax = ReadinessEngine.MAX_ITEM_POINTS * items.size();
            int floorPoints = needed(rule.moduleFloorPercent(), moduleMax);
            modules.add(new ModuleExplanation(
                    module,
                    items,
                    moduleNa,
                    modulePoints,
                    moduleMax,
                    rule.moduleFloorPercent(),
                    floorPoints,
                    Math.max(0, floorPoints - modulePoints),
                    belowFull));
        }
        int allowedNa = rules.notApplicable().maxPercentOfRequired() * required.size() / 100;
        return new LevelExplanation(
                n,
                readiness.status(),
                requiredIds,
                List.copyOf(requiredModules),
                notApplicable,
                allowedNa,
                unrated,
                points,
                maxPoints,
                bonusApplies,
                bonus.map(BonusRule::module).orElse(""),
                bonus.map(BonusRule::qualifyingMinRate).orElse(0),
                bonusItems,
                bonusPoints,
                percent(total, maxPoints),
                rule.thresholdPercent(),
                thresholdPoints,
                Math.max(0, thresholdPoints - total),
                rule.moduleFloorPercent(),
                modules,
                rule.minOperatingYears(),
                result.yearsInOperation(),
                readiness.reasons());
    }

    /** The catalog's module order, then any required module only the rules name. */
    private List<String> moduleOrder(Set<String> requiredModules) {
        Set<String> order = new LinkedHashSet<>();
        for (CatalogModule m : catalog.modules()) {
            if (requiredModules.contains(m.id())) {
                order.add(m.id());
            }
        }
        order.addAll(requiredModules);
        return List.copyOf(order);
    }

    /** {@code ceil(percent × whole / 100)}. */
    static int needed(int percent, int whole) {
        return (int) (((long) percent * whole + 99) / 100);
    }

    /** {@code min(100, 100 × part / whole)} with one decimal, half-up; 100.0 when nothing is required. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0 || part >= whole) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
