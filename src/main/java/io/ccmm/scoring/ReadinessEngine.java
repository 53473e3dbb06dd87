package io.ccmm.scoring;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.ScoringRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Turns ratings into L1–L5 readiness exactly as SCORING.md defines it. One engine serves one (catalog, rules) pair: the
 * required sets, floors and tie-break orders are worked out once here, so that scoring an assessment is a few passes
 * over int arrays. Thread-safe and immutable; results are immutable too.
 */
public final class ReadinessEngine {

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;
    /** Points of an item rated 10/10. */
    public static final int MAX_ITEM_POINTS = 20;

    private static final int FULL = Rate.FULL.points();

    private final Catalog catalog;
    private final ScoringRules rules;

    private final int[] ids;
    private final String[] moduleOfItem;
    private final int[] levelOfItem;
    private final int[] moduleIndexOfItem;
    private final Map<Integer, Integer> indexById;
    /** {@code indexById} as an array when ids are small positive numbers (1..170 in practice): no boxing per rating. */
    private final int[] denseIndex;

    private final String[] moduleIds;
    private final int[] itemsPerModule;

    private final LevelPlan[] plans;

    private final int[] bonusItems;
    private final boolean[] isBonusItem;
    private final int qualifyingMinRate;

    /** What one level needs, with item indices ordered for the path's tie-break (lower level, then lower id). */
    private record LevelPlan(
            LevelRule rule,
            int[] required,
            boolean[] isRequired,
            String[] floorModules,
            int[][] floorModuleItems,
            boolean bonusApplies) {}

    public ReadinessEngine(Catalog catalog, ScoringRules rules) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.rules = Objects.requireNonNull(rules, "rules");

        List<AssessmentItem> items = catalog.items();
        int n = items.size();
        ids = new int[n];
        moduleOfItem = new String[n];
        levelOfItem = new int[n];
        moduleIndexOfItem = new int[n];
        indexById = new HashMap<>(n * 2);

        // Module order: as the catalog declares them, then any module only items mention.
        Map<String, Integer> moduleIndex = new LinkedHashMap<>();
        for (CatalogModule m : catalog.modules()) {
            moduleIndex.putIfAbsent(m.id(), moduleIndex.size());
        }
        for (int i = 0; i < n; i++) {
            AssessmentItem item = items.get(i);
            if (indexById.put(item.id(), i) != null) {
                throw new IllegalArgumentException("item " + item.id() + " appears twice in catalog " + catalog.id());
            }
            ids[i] = item.id();
            moduleOfItem[i] = Objects.requireNonNull(item.module(), "module of item " + item.id());
            levelOfItem[i] = item.level();
            moduleIndexOfItem[i] = moduleIndex.computeIfAbsent(item.module(), k -> moduleIndex.size());
        }
        int maxId = Arrays.stream(ids).max().orElse(0);
        boolean dense = Arrays.stream(ids).allMatch(id -> id > 0) && maxId <= 4 * n + 64;
        denseIndex = new int[dense ? maxId + 1 : 0];
        Arrays.fill(denseIndex, -1);
        for (int i = 0; i < n && dense; i++) {
            denseIndex[ids[i]] = i;
        }
        moduleIds = moduleIndex.keySet().toArray(String[]::new);
        itemsPerModule = new int[moduleIds.length];
        for (int i = 0; i < n; i++) {
            itemsPerModule[moduleIndexOfItem[i]]++;
        }

        Integer[] byLevelThenId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLevelThenId[i] = i;
        }
        Arrays.sort(
                byLevelThenId,
                Comparator.<Integer>comparingInt(i -> levelOfItem[i]).thenComparingInt(i -> ids[i]));

        Optional<BonusRule> bonus = rules.bonusRule();
        plans = new LevelPlan[HIGHEST_LEVEL + 1];
        for (int level = LOWEST_LEVEL; level <= HIGHEST_LEVEL; level++) {
            plans[level] = plan(
                    rules.level(level),
                    byLevelThenId,
                    bonus.isPresent() && bonus.get().appliesTo(level));
        }
        qualifyingMinRate = bonus.map(BonusRule::qualifyingMinRate).orElse(0);
        bonusItems = bonus.map(b -> indicesWhere(i -> moduleOfItem[i].equals(b.module())))
                .orElse(new int[0]);
        isBonusItem = new boolean[n];
        for (int i : bonusItems) {
            isBonusItem[i] = true;
        }
    }

    public static ReadinessEngine of(CatalogBundle bundle) {
        return new ReadinessEngine(bundle.catalog(), bundle.rules());
    }

    public Catalog catalog() {
        return catalog;
    }

    public ScoringRules rules() {
        return rules;
    }

    private LevelPlan plan(LevelRule rule, Integer[] byLevelThenId, boolean bonusApplies) {
        Set<String> requiredModules = new HashSet<>(rule.requiredModules());
        boolean[] isRequired = new boolean[ids.length];
        List<Integer> required = new ArrayList<>();
        for (int i : byLevelThenId) {
            if (requiredModules.contains(moduleOfItem[i]) && levelOfItem[i] <= rule.level()) {
                isRequired[i] = true;
                required.add(i);
            }
        }
        // A required module without required items at this level has no floor (SCORING.md §3).
        List<String> floorModules = new ArrayList<>();
        List<int[]> floorItems = new ArrayList<>();
        for (String module : moduleIds) {
            if (!requiredModules.contains(module)) {
                continue;
            }
            int[] inModule = required.stream()
                    .filter(i -> moduleOfItem[i].equals(module))
                    .mapToInt(Integer::intValue)
                    .toArray();
            if (inModule.length > 0) {
                floorModules.add(module);
                floorItems.add(inModule);
            }
        }
        return new LevelPlan(
                rule,
                required.stream().mapToInt(Integer::intValue).toArray(),
                isRequired,
                floorModules.toArray(String[]::new),
                floorItems.toArray(int[][]::new),
                bonusApplies);
    }

    private int[] indicesWhere(IntPredicate p) {
        return IntStream.range(0, ids.length).filter(p).toArray();
    }

    /** Scores an assessment with its own operating years and target level. */
    public ReadinessResult score(Assessment assessment) {
        return score(
                assessment.ratings(),
                assessment.organization().yearsInOperation(),
                assessment.round().targetLevel());
    }

    /** Scores ratings keyed by item id (each rating's own item id is used); items without a rating are unrated. */
    public ReadinessResult score(Map<Integer, Rating> ratings, OptionalInt yearsInOperation, OptionalInt targetLevel) {
        return score(ratings.values(), yearsInOperation, targetLevel);
    }

    /** Scores without an improvement path. */
    public ReadinessResult score(Map<Integer, Rating> ratings, OptionalInt yearsInOperation) {
        return score(ratings.values(), yearsInOperation, OptionalInt.empty());
    }

    /**
     * Scores a list of ratings (a later rating of the same item replaces an earlier one). With a target level the
     * result carries the improvement path to it.
     *
     * @throws IllegalArgumentException for a rating of an item the catalog does not have, negative years, or a target
     *     outside 1–5
     * @throws NotApplicableNotAllowedException for an item marked not applicable when the rules do not allow it
     */
    public ReadinessResult score(Collection<Rating> ratings, OptionalInt yearsInOperation, OptionalInt targetLevel) {
        Objects.requireNonNull(yearsInOperation, "yearsInOperation");
        Objects.requireNonNull(targetLevel, "targetLevel");
        if (yearsInOperation.isPresent() && yearsInOperation.getAsInt() < 0) {
            throw new IllegalArgumentException("yearsInOperation " + yearsInOperation.getAsInt() + " is negative");
        }
        if (targetLevel.isPresent()
                && (targetLevel.getAsInt() < LOWEST_LEVEL || targetLevel.getAsInt() > HIGHEST_LEVEL)) {
            throw new IllegalArgumentException("target level " + targetLevel.getAsInt() + " is not between 1 and 5");
        }

        int n = ids.length;
        Rate[] c = new Rate[n];
        Rate[] f = new Rate[n];
        Arrays.fill(c, Rate.UNRATED);
        Arrays.fill(f, Rate.UNRATED);
        boolean[] na = new boolean[n];
        for (Rating r : ratings) {
            int i = indexOf(r.item());
            c[i] = r.c();
            f[i] = r.f();
            na[i] = r.notApplicable();
        }
        int naTotal = 0;
        for (int i = 0; i < n; i++) {
            if (na[i]) {
                if (!rules.notApplicable().allowed()) {
                    throw new NotApplicableNotAllowedException(ids[i], rules.id());
                }
                naTotal++;
            }
        }
        int[] cp = new int[n];
        int[] fp = new int[n];
        int[] s = new int[n];
        boolean[] rated = new boolean[n];
        int ratedTotal = 0;
        for (int i = 0; i < n; i++) {
            cp[i] = c[i].points();
            fp[i] = f[i].points();
            s[i] = cp[i] + fp[i];
            rated[i] = c[i].isRated() && f[i].isRated();
            if (rated[i]) {
                ratedTotal++;
            }
        }
        int bonus = bonus(cp, fp, s, rated);

        List<LevelReadiness> levels = new ArrayList<>(HIGHEST_LEVEL);
        int readiness = 0;
        ReadinessStatus previous = ReadinessStatus.ACHIEVED;
        for (int level = LOWEST_LEVEL; level <= HIGHEST_LEVEL; level++) {
            LevelReadiness lr = level(plans[level], s, rated, na, bonus, yearsInOperation, previous);
            levels.add(lr);
            previous = lr.status();
            if (lr.isAchieved()) {
                readiness = level; // achieved implies every level below is achieved
            }
        }

        ItemScore[] itemScores = new ItemScore[n];
        int[] moduleRated = new int[moduleIds.length];
        int[] modulePoints = new int[moduleIds.length];
        int[] moduleNa = new int[moduleIds.length];
        for (int i = 0; i < n; i++) {
            itemScores[i] = new ItemScore(ids[i], moduleOfItem[i], levelOfItem[i], c[i], f[i], na[i]);
            modulePoints[moduleIndexOfItem[i]] += s[i];
            if (rated[i]) {
                moduleRated[moduleIndexOfItem[i]]++;
            }
            if (na[i]) {
                moduleNa[moduleIndexOfItem[i]]++;
            }
        }
        ModuleScore[] modules = new ModuleScore[moduleIds.length];
        for (int m = 0; m < moduleIds.length; m++) {
            int max = MAX_ITEM_POINTS * (itemsPerModule[m] - moduleNa[m]);
            modules[m] = new ModuleScore(
                    moduleIds[m],
                    itemsPerModule[m],
                    moduleRated[m],
                    modulePoints[m],
                    max,
                    max == 0 ? Percent.ZERO : Percent.of(modulePoints[m], max),
                    moduleNa[m]);
        }

        Optional<ImprovementPath> path = Optional.empty();
        if (targetLevel.isPresent()) {
            path = Optional.of(
                    path(readiness, targetLevel.getAsInt(), c, f, cp, fp, s, rated, na, levels, yearsInOperation));
        }

        return new ReadinessResult(
                catalog.id(),
                catalog.sha256(),
                rules.id(),
                rules.sha256(),
                yearsInOperation,
                readiness,
                new Completion(ratedTotal, naTotal, n),
                levels,
                List.of(modules),
                List.of(itemScores),
                path);
    }

    /**
     * Refuses ratings that mark an item not applicable when {@code rules} do not allow it, naming the first such item in
     * the order given; {@link #score} does the same, this lets a caller refuse the input before any work.
     */
    public static void requireNotApplicableAllowed(ScoringRules rules, Collection<Rating> ratings) {
        if (rules.notApplicable().allowed()) {
            return;
        }
        for (Rating r : ratings) {
            if (r.notApplicable()) {
                throw new NotApplicableNotAllowedException(r.item(), rules.id());
            }
        }
    }

    private int indexOf(int itemId) {
        if (itemId > 0 && itemId < denseIndex.length && denseIndex[itemId] >= 0) {
            return denseIndex[itemId];
        }
        Integer i = indexById.get(itemId);
        if (i == null) {
            throw new IllegalArgumentException("item " + itemId + " is not in catalog " + catalog.id());
        }
        return i;
    }

    /** {@code B}: points of rated bonus-module items whose both angles reach the qualifying rate. */
    private int bonus(int[] cp, int[] fp, int[] s, boolean[] rated) {
        int b = 0;
        for (int i : bonusItems) {
            if (rated[i] && cp[i] >= qualifyingMinRate && fp[i] >= qualifyingMinRate) {
                b += s[i];
            }
        }
        return b;
    }

    private LevelReadiness level(
            LevelPlan plan,
            int[] s,
            boolean[] rated,
            boolean[] na,
            int bonusAll,
            OptionalInt years,
            ReadinessStatus previous) {
        LevelRule rule = plan.rule();
        int points = 0;
        int ratedItems = 0;
        int naItems = 0;
        for (int i : plan.required()) {
            if (na[i]) {
                naItems++;
                continue;
            }
            points += s[i];
            if (rated[i]) {
                ratedItems++;
            }
        }
        int allowedNa = rules.notApplicable().allowedFor(plan.required().length);
        int bonus = plan.bonusApplies() ? bonusAll : 0;
        int total = points + bonus;
        int max = MAX_ITEM_POINTS * (plan.required().length - naItems);
        BigDecimal percent = max == 0 ? Percent.HUNDRED : Percent.capped(total, max);
        int gap = (int) Math.max(0, Percent.needed(rule.thresholdPercent(), max) - total);

        List<ModuleFloor> floors = new ArrayList<>(plan.floorModules().length);
        List<String> belowFloor = new ArrayList<>(0);
        for (int k = 0; k < plan.floorModules().length; k++) {
            int[] items = plan.floorModuleItems()[k];
            int mp = 0;
            int mr = 0;
            int mna = 0;
            for (int i : items) {
                if (na[i]) {
                    mna++;
                    continue;
                }
                mp += s[i];
                if (rated[i]) {
                    mr++;
                }
            }
            if (mna == items.length) {
                continue; // no applicable item: no floor at this level (SCORING.md §3)
            }
            int mmax = MAX_ITEM_POINTS * (items.length - mna);
            int floorGap = (int) Math.max(0, Percent.needed(rule.moduleFloorPercent(), mmax) - mp);
            floors.add(new ModuleFloor(
                    plan.floorModules()[k], items.length, mr, mp, mmax, rule.moduleFloorPercent(), floorGap, mna));
            if (100L * mp < (long) rule.moduleFloorPercent() * mmax) {
                belowFloor.add(plan.floorModules()[k]);
            }
        }

        List<Reason> reasons = new ArrayList<>(2);
        int unrated = plan.required().length - ratedItems - naItems;
        if (unrated > 0) {
            reasons.add(Reason.unratedItems(unrated));
        }
        boolean yearsUnknown = rule.minOperatingYears() > 0 && years.isEmpty();
        if (yearsUnknown) {
            reasons.add(Reason.of(ReasonCode.OPERATING_YEARS_UNKNOWN));
        } else if (years.isPresent() && years.getAsInt() < rule.minOperatingYears()) {
            reasons.add(Reason.of(ReasonCode.OPERATING_YEARS_SHORT));
        }
        if (100L * total < (long) rule.thresholdPercent() * max) {
            reasons.add(Reason.of(ReasonCode.BELOW_THRESHOLD));
        }
        for (String module : belowFloor) {
            reasons.add(Reason.moduleBelowFloor(module));
        }
        if (rule.level() > LOWEST_LEVEL && previous != ReadinessStatus.ACHIEVED) {
            reasons.add(Reason.of(ReasonCode.PREVIOUS_LEVEL_NOT_ACHIEVED));
        }
        if (naItems > allowedNa) {
            reasons.add(Reason.tooManyNotApplicable(naItems, allowedNa));
        }

        ReadinessStatus status;
        if (unrated > 0 || yearsUnknown || previous == ReadinessStatus.INCOMPLETE) {
            status = ReadinessStatus.INCOMPLETE;
        } else if (!reasons.isEmpty()) {
            status = ReadinessStatus.NOT_MET;
        } else {
            status = ReadinessStatus.ACHIEVED;
        }

        return new LevelReadiness(
                rule.level(),
                status,
                plan.required().length,
                ratedItems,
                points,
                bonus,
                total,
                max,
                percent,
                rule.thresholdPercent(),
                gap,
                rule.moduleFloorPercent(),
                rule.minOperatingYears(),
                plan.bonusApplies(),
                floors,
                reasons,
                naItems,
                allowedNa);
    }

    /** SCORING.md §5, on a copy of the ratings in which unrated angles count 0. */
    private ImprovementPath path(
            int from,
            int target,
            Rate[] c,
            Rate[] f,
            int[] cp0,
            int[] fp0,
            int[] s0,
            boolean[] rated0,
            boolean[] na,
            List<LevelReadiness> levels,
            OptionalInt years) {
        if (target <= from) {
            return new ImprovementPath(from, target, List.of(), List.of(), 0, 0);
        }
        int[] cp = cp0.clone();
        int[] fp = fp0.clone();
        int[] s = s0.clone();
        boolean[] rated = rated0.clone();
        List<PathStep> steps = new ArrayList<>();

        for (int level = from + 1; level <= target; level++) {
            LevelPlan plan = plans[level];
            LevelRule rule = plan.rule();
            for (int k = 0; k < plan.floorModules().length; k++) {
                int[] items = applicable(plan.floorModuleItems()[k], na);
                long need = (long) rule.moduleFloorPercent() * MAX_ITEM_POINTS * items.length;
                int mp = sum(s, items);
                while (100L * mp < need) {
                    int pick = pick(items, s);
                    if (pick < 0) {
                        break; // every item at 20 already: cannot happen with a floor of at most 100 %
                    }
                    int gain = MAX_ITEM_POINTS - s[pick];
                    steps.add(step(pick, c, f, gain, level, PathStep.Kind.MODULE_FLOOR, plan.floorModules()[k]));
                    raise(pick, cp, fp, s, rated);
                    mp += gain;
                }
            }
            int[] required = applicable(plan.required(), na);
            long need = (long) rule.thresholdPercent() * MAX_ITEM_POINTS * required.length;
            int points = sum(s, required);
            int bonus = plan.bonusApplies() ? bonus(cp, fp, s, rated) : 0;
            while (100L * (points + bonus) < need) {
                int pick = pick(required, s);
                if (pick < 0) {
                    break;
                }
                int gain = MAX_ITEM_POINTS - s[pick];
                steps.add(step(pick, c, f, gain, level, PathStep.Kind.THRESHOLD, ""));
                raise(pick, cp, fp, s, rated);
                points += gain;
                if (plan.bonusApplies() && isBonusItem[pick]) {
                    bonus = bonus(cp, fp, s, rated); // only where rules make a bonus item required at a bonus level
                }
            }
        }

        int minYears = 0;
        for (int level = from + 1; level <= target; level++) {
            minYears = Math.max(minYears, plans[level].rule().minOperatingYears());
        }
        List<Reason> outside = List.of();
        if (minYears > 0 && years.isEmpty()) {
            outside = List.of(Reason.of(ReasonCode.OPERATING_YEARS_UNKNOWN));
        } else if (years.isPresent() && years.getAsInt() < minYears) {
            outside = List.of(Reason.of(ReasonCode.OPERATING_YEARS_SHORT));
        }
        int unratedLeft = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!rated[i] && !na[i] && requiredBetween(i, from + 1, target)) {
                unratedLeft++;
            }
        }
        List<Integer> overLimit = new ArrayList<>(0);
        for (int level = from + 1; level <= target; level++) {
            if (levels.get(level - 1).exceedsNotApplicableLimit()) {
                overLimit.add(level);
            }
        }
        return new ImprovementPath(from, target, steps, outside, minYears, unratedLeft, overLimit);
    }

    /** {@code items} without the not-applicable ones, order kept. */
    private static int[] applicable(int[] items, boolean[] na) {
        int count = 0;
        for (int i : items) {
            if (!na[i]) {
                count++;
            }
        }
        if (count == items.length) {
            return items;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i : items) {
            if (!na[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private boolean requiredBetween(int item, int lowest, int highest) {
        for (int level = lowest; level <= highest; level++) {
            if (plans[level].isRequired()[item]) {
                return true;
            }
        }
        return false;
    }

    /** The item with the largest gain; {@code items} are ordered by level then id, so the first of equals wins. */
    private static int pick(int[] items, int[] s) {
        int best = -1;
        int bestGain = 0;
        for (int i : items) {
            int gain = MAX_ITEM_POINTS - s[i];
            if (gain > bestGain) {
                best = i;
                bestGain = gain;
            }
        }
        return best;
    }

    private PathStep step(int i, Rate[] c, Rate[] f, int gain, int level, PathStep.Kind kind, String floorModule) {
        return new PathStep(ids[i], moduleOfItem[i], levelOfItem[i], c[i], f[i], gain, level, kind, floorModule);
    }

    private static void raise(int i, int[] cp, int[] fp, int[] s, boolean[] rated) {
        cp[i] = FULL;
        fp[i] = FULL;
        s[i] = MAX_ITEM_POINTS;
        rated[i] = true;
    }

    private static int sum(int[] s, int[] items) {
        int sum = 0;
        for (int i : items) {
            sum += s[i];
        }
        return sum;
    }
}
