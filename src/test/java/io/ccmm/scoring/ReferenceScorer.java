package io.ccmm.scoring;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.ScoringRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A deliberately simple second implementation of SCORING.md: straight loops over the catalog for every figure, BigDecimal
 * division for percentages, no precomputed index. Slow on purpose; the engine must agree with it on every field.
 */
final class ReferenceScorer {

    private final Catalog catalog;
    private final ScoringRules rules;
    private Set<Integer> na = Set.of();

    ReferenceScorer(Catalog catalog, ScoringRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    ReadinessResult score(Map<Integer, Rating> ratings, OptionalInt years, OptionalInt target) {
        // Ratings as plain c/f maps; an absent angle is simply not in the map. N/A items as a set of ids.
        Map<Integer, Integer> c = new HashMap<>();
        Map<Integer, Integer> f = new HashMap<>();
        na = new HashSet<>();
        for (Rating r : ratings.values()) {
            if (r.notApplicable()) {
                if (!rules.notApplicable().allowed()) {
                    throw new IllegalArgumentException("item " + r.item() + " is N/A, not allowed");
                }
                na.add(r.item());
            }
            if (r.c().isRated()) {
                c.put(r.item(), r.c().points());
            }
            if (r.f().isRated()) {
                f.put(r.item(), r.f().points());
            }
        }

        List<LevelReadiness> levels = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            levels.add(level(n, c, f, years, n == 1 ? null : levels.get(n - 2)));
        }
        int readiness = 0;
        for (LevelReadiness l : levels) {
            if (l.status() == ReadinessStatus.ACHIEVED) {
                readiness = l.level();
            }
        }

        int ratedAll = 0;
        int naAll = 0;
        for (AssessmentItem item : catalog.items()) {
            if (isRated(item, c, f)) {
                ratedAll++;
            }
            if (na.contains(item.id())) {
                naAll++;
            }
        }

        List<ModuleScore> modules = new ArrayList<>();
        for (CatalogModule m : catalog.modules()) {
            int count = 0;
            int naCount = 0;
            int rated = 0;
            int points = 0;
            for (AssessmentItem item : catalog.items()) {
                if (item.module().equals(m.id())) {
                    count++;
                    if (na.contains(item.id())) {
                        naCount++;
                        continue;
                    }
                    points += s(item, c, f);
                    if (isRated(item, c, f)) {
                        rated++;
                    }
                }
            }
            int applicable = count - naCount;
            BigDecimal percent = applicable == 0 ? new BigDecimal("0.0") : percent(points, 20 * applicable);
            modules.add(new ModuleScore(m.id(), count, rated, points, 20 * applicable, percent, naCount));
        }

        List<ItemScore> items = new ArrayList<>();
        for (AssessmentItem item : catalog.items()) {
            Rating r = ratings.getOrDefault(item.id(), Rating.unrated(item.id()));
            items.add(new ItemScore(item.id(), item.module(), item.level(), r.c(), r.f(), r.notApplicable()));
        }

        Optional<ImprovementPath> path = Optional.empty();
        if (target.isPresent()) {
            path = Optional.of(path(readiness, target.getAsInt(), ratings, c, f, years));
        }
        return new ReadinessResult(
                catalog.id(),
                catalog.sha256(),
                rules.id(),
                rules.sha256(),
                years,
                readiness,
                new Completion(ratedAll, naAll, catalog.items().size()),
                levels,
                modules,
                items,
                path);
    }

    private LevelReadiness level(
            int n, Map<Integer, Integer> c, Map<Integer, Integer> f, OptionalInt years, LevelReadiness below) {
        LevelRule rule = rules.level(n);
        List<AssessmentItem> all = requiredSet(n);
        List<AssessmentItem> required = applicableSet(n);
        int naCount = all.size() - required.size();
        int allowed = rules.notApplicable().maxPercentOfRequired() * all.size() / 100;
        int points = 0;
        int rated = 0;
        for (AssessmentItem item : required) {
            points += s(item, c, f);
            if (isRated(item, c, f)) {
                rated++;
            }
        }
        int bonus = bonus(n, c, f);
        int total = points + bonus;
        int max = 20 * required.size();
        BigDecimal percent;
        if (max == 0) {
            percent = new BigDecimal("100.0");
        } else {
            percent = percent(total, max).min(new BigDecimal("100.0"));
        }
        int gap = Math.max(0, ceilDiv(rule.thresholdPercent() * max, 100) - total);

        List<ModuleFloor> floors = new ArrayList<>();
        List<Reason> floorReasons = new ArrayList<>();
        for (CatalogModule m : catalog.modules()) {
            if (!rule.requiredModules().contains(m.id())) {
                continue;
            }
            int mp = 0;
            int mmax = 0;
            int mr = 0;
            int count = 0;
            int mna = 0;
            for (AssessmentItem item : all) {
                if (item.module().equals(m.id()) && na.contains(item.id())) {
                    mna++;
                }
            }
            for (AssessmentItem item : required) {
                if (item.module().equals(m.id())) {
                    count++;
                    mp += s(item, c, f);
                    mmax += 20;
                    if (isRated(item, c, f)) {
                        mr++;
                    }
                }
            }
            if (count == 0) {
                continue;
            }
            int floorGap = Math.max(0, ceilDiv(rule.moduleFloorPercent() * mmax, 100) - mp);
            floors.add(new ModuleFloor(m.id(), count + mna, mr, mp, mmax, rule.moduleFloorPercent(), floorGap, mna));
            if (!(100 * mp >= rule.moduleFloorPercent() * mmax)) {
                floorReasons.add(Reason.moduleBelowFloor(m.id()));
            }
        }

        List<Reason> reasons = new ArrayList<>();
        int unrated = 0;
        for (AssessmentItem item : all) {
            if (!isRated(item, c, f) && !na.contains(item.id())) {
                unrated++;
            }
        }
        if (unrated > 0) {
            reasons.add(Reason.unratedItems(unrated));
        }
        boolean yearsUnknown = false;
        if (rule.minOperatingYears() > 0 && years.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.OPERATING_YEARS_UNKNOWN));
            yearsUnknown = true;
        }
        if (years.isPresent() && years.getAsInt() < rule.minOperatingYears()) {
            reasons.add(Reason.of(ReasonCode.OPERATING_YEARS_SHORT));
        }
        if (!(100 * total >= rule.thresholdPercent() * max)) {
            reasons.add(Reason.of(ReasonCode.BELOW_THRESHOLD));
        }
        reasons.addAll(floorReasons);
        if (n > 1 && below.status() != ReadinessStatus.ACHIEVED) {
            reasons.add(Reason.of(ReasonCode.PREVIOUS_LEVEL_NOT_ACHIEVED));
        }
        if (naCount > allowed) {
            reasons.add(Reason.tooManyNotApplicable(naCount, allowed));
        }

        ReadinessStatus status;
        if (unrated > 0 || yearsUnknown || (below != null && below.status() == ReadinessStatus.INCOMPLETE)) {
            status = ReadinessStatus.INCOMPLETE;
        } else if (!reasons.isEmpty()) {
            status = ReadinessStatus.NOT_MET;
        } else {
            status = ReadinessStatus.ACHIEVED;
        }
        boolean bonusApplies = rules.bonus() != null && rules.bonus().levels().contains(n);
        return new LevelReadiness(
                n,
                status,
                all.size(),
                rated,
                points,
                bonus,
                total,
                max,
                percent,
                rule.thresholdPercent(),
                gap,
                rule.moduleFloorPercent(),
                rule.minOperatingYears(),
                bonusApplies,
                floors,
                reasons,
                naCount,
                allowed);
    }

    private ImprovementPath path(
            int readiness,
            int t,
            Map<Integer, Rating> ratings,
            Map<Integer, Integer> c0,
            Map<Integer, Integer> f0,
            OptionalInt years) {
        if (t <= readiness) {
            return new ImprovementPath(readiness, t, List.of(), List.of(), 0, 0);
        }
        // 1. a copy of the ratings; unrated counts as 0
        Map<Integer, Integer> c = new HashMap<>(c0);
        Map<Integer, Integer> f = new HashMap<>(f0);
        List<PathStep> steps = new ArrayList<>();
        for (int n = readiness + 1; n <= t; n++) {
            LevelRule rule = rules.level(n);
            List<AssessmentItem> required = applicableSet(n);
            // a. module floors, in module order
            for (CatalogModule m : catalog.modules()) {
                if (!rule.requiredModules().contains(m.id())) {
                    continue;
                }
                List<AssessmentItem> inModule = new ArrayList<>();
                for (AssessmentItem item : required) {
                    if (item.module().equals(m.id())) {
                        inModule.add(item);
                    }
                }
                while (true) {
                    int mp = 0;
                    for (AssessmentItem item : inModule) {
                        mp += s(item, c, f);
                    }
                    if (100 * mp >= rule.moduleFloorPercent() * 20 * inModule.size()) {
                        break;
                    }
                    AssessmentItem best = best(inModule, c, f);
                    steps.add(step(best, ratings, s(best, c, f), n, PathStep.Kind.MODULE_FLOOR, m.id()));
                    c.put(best.id(), 10);
                    f.put(best.id(), 10);
                }
            }
            // b. the threshold, bonus as it stands in the copy
            while (true) {
                int total = bonus(n, c, f);
                for (AssessmentItem item : required) {
                    total += s(item, c, f);
                }
                if (100 * total >= rule.thresholdPercent() * 20 * required.size()) {
                    break;
                }
                AssessmentItem best = best(required, c, f);
                steps.add(step(best, ratings, s(best, c, f), n, PathStep.Kind.THRESHOLD, ""));
                c.put(best.id(), 10);
                f.put(best.id(), 10);
            }
        }
        int minYears = 0;
        for (int n = readiness + 1; n <= t; n++) {
            minYears = Math.max(minYears, rules.level(n).minOperatingYears());
        }
        List<Reason> outside = new ArrayList<>();
        if (minYears > 0 && years.isEmpty()) {
            outside.add(Reason.of(ReasonCode.OPERATING_YEARS_UNKNOWN));
        }
        if (years.isPresent() && years.getAsInt() < minYears) {
            outside.add(Reason.of(ReasonCode.OPERATING_YEARS_SHORT));
        }
        int unratedLeft = 0;
        for (AssessmentItem item : catalog.items()) {
            boolean required = false;
            for (int n = readiness + 1; n <= t; n++) {
                if (requiredSet(n).contains(item)) {
                    required = true;
                }
            }
            if (required && !isRated(item, c, f) && !na.contains(item.id())) {
                unratedLeft++;
            }
        }
        List<Integer> overLimit = new ArrayList<>();
        for (int n = readiness + 1; n <= t; n++) {
            int all = requiredSet(n).size();
            if (all - applicableSet(n).size() > rules.notApplicable().maxPercentOfRequired() * all / 100) {
                overLimit.add(n);
            }
        }
        return new ImprovementPath(readiness, t, steps, outside, minYears, unratedLeft, overLimit);
    }

    private static AssessmentItem best(
            List<AssessmentItem> candidates, Map<Integer, Integer> c, Map<Integer, Integer> f) {
        return candidates.stream()
                .filter(i -> s(i, c, f) < 20)
                .min(Comparator.<AssessmentItem>comparingInt(i -> -(20 - s(i, c, f)))
                        .thenComparingInt(AssessmentItem::level)
                        .thenComparingInt(AssessmentItem::id))
                .orElseThrow();
    }

    private static PathStep step(
            AssessmentItem item, Map<Integer, Rating> ratings, int before, int n, PathStep.Kind kind, String module) {
        Rating r = ratings.getOrDefault(item.id(), Rating.unrated(item.id()));
        return new PathStep(item.id(), item.module(), item.level(), r.c(), r.f(), 20 - before, n, kind, module);
    }

    private List<AssessmentItem> requiredSet(int n) {
        LevelRule rule = rules.level(n);
        List<AssessmentItem> r = new ArrayList<>();
        for (AssessmentItem item : catalog.items()) {
            if (rule.requiredModules().contains(item.module()) && item.level() <= n) {
                r.add(item);
            }
        }
        return r;
    }

    /** R'(n): the required set without the N/A items. */
    private List<AssessmentItem> applicableSet(int n) {
        List<AssessmentItem> r = new ArrayList<>();
        for (AssessmentItem item : requiredSet(n)) {
            if (!na.contains(item.id())) {
                r.add(item);
            }
        }
        return r;
    }

    private int bonus(int n, Map<Integer, Integer> c, Map<Integer, Integer> f) {
        BonusRule b = rules.bonus();
        if (b == null || !b.levels().contains(n)) {
            return 0;
        }
        int sum = 0;
        for (AssessmentItem item : catalog.items()) {
            if (item.module().equals(b.module())
                    && isRated(item, c, f)
                    && !na.contains(item.id())
                    && c.get(item.id()) >= b.qualifyingMinRate()
                    && f.get(item.id()) >= b.qualifyingMinRate()) {
                sum += s(item, c, f);
            }
        }
        return sum;
    }

    private static int s(AssessmentItem item, Map<Integer, Integer> c, Map<Integer, Integer> f) {
        return c.getOrDefault(item.id(), 0) + f.getOrDefault(item.id(), 0);
    }

    private static boolean isRated(AssessmentItem item, Map<Integer, Integer> c, Map<Integer, Integer> f) {
        return c.containsKey(item.id()) && f.containsKey(item.id());
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    static Rate rate(int points) {
        return Rate.ofPoints(points).orElseThrow();
    }
}
