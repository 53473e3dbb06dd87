package io.ccmm.scoring;

import static io.ccmm.scoring.ReadinessEngineTest.DEFAULTS;
import static io.ccmm.scoring.ReadinessEngineTest.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.NotApplicableRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Not applicable items (SCORING.md §2–5), each rule checked by hand on small catalogs, then as properties. */
class NotApplicableScoringTest {

    /** The defaults, but up to half of a level's required items may be N/A: the limit stays out of the way. */
    static final ScoringRules HALF = DEFAULTS.withNotApplicable(new NotApplicableRule(true, 50));

    private static ReadinessResult score(ScoringRules rules, Ratings ratings, int target) {
        return new ReadinessEngine(SMALL, rules).score(ratings.map(), OptionalInt.of(12), OptionalInt.of(target));
    }

    @Test
    void notApplicableItemsLeavePointsAndMaximum() {
        // L1 = items 1–6; item 1 N/A, 2–6 at 10/5: 75 of 100 (not 75 of 120).
        Ratings ratings = Ratings.none().na(1);
        for (int id = 2; id <= 6; id++) {
            ratings.rate(id, 10, 5);
        }
        LevelReadiness l1 = score(HALF, ratings, 1).level(1);
        assertEquals(6, l1.requiredItems());
        assertEquals(1, l1.notApplicableItems());
        assertEquals(5, l1.ratedItems());
        assertEquals(75, l1.points());
        assertEquals(100, l1.maxPoints());
        assertEquals(new BigDecimal("75.0"), l1.percent());
        assertEquals(0, l1.unratedItems());
        assertEquals(ReadinessStatus.ACHIEVED, l1.status());
        // Module 1.0 at L1 is items 1 and 2: only item 2 counts for its floor.
        ModuleFloor m1 = l1.modules().get(0);
        assertEquals(new ModuleFloor("1.0", 2, 1, 15, 20, 50, 0, 1), m1);
    }

    @Test
    void aModuleWithNoApplicableItemHasNoFloorAtThatLevel() {
        // Item 5 is module 3.0's only L1 item; at 0/0 it would hold L1 below the 3.0 floor.
        Ratings ratings = Ratings.none().rateAll(SMALL, i -> true, 10, 10).rate(5, 0, 0);
        ReadinessResult rated = score(HALF, ratings, 1);
        assertTrue(rated.level(1).has(ReasonCode.MODULE_BELOW_FLOOR));

        ReadinessResult na = score(HALF, ratings.na(5), 1);
        LevelReadiness l1 = na.level(1);
        assertEquals(
                List.of("1.0", "2.0", "4.0"),
                l1.modules().stream().map(ModuleFloor::module).toList());
        assertEquals(List.of(), l1.reasons());
        assertEquals(ReadinessStatus.ACHIEVED, l1.status());
        // At L2 module 3.0 has item 9 as well: its floor is back, over item 9 alone.
        ModuleFloor m3 = na.level(2).modules().get(2);
        assertEquals(new ModuleFloor("3.0", 2, 1, 20, 20, 55, 0, 1), m3);
    }

    @Test
    void theLimitIsExactlyAllowedAndOneOverIsNotMet() {
        // Real shape: |R(1)| = 60, allowedNA(1) = floor(10 × 60 / 100) = 6; |R(2)| = 90, allowedNA(2) = 9.
        Catalog catalog = TestCatalogs.realShape();
        ReadinessEngine engine = new ReadinessEngine(catalog, DEFAULTS);
        List<Integer> l1Items = catalog.items().stream()
                .filter(i -> i.level() == 1)
                .map(AssessmentItem::id)
                .toList();
        Ratings ratings = Ratings.none().rateAll(catalog, i -> true, 10, 10);
        for (int k = 0; k < 6; k++) {
            ratings.na(l1Items.get(k));
        }
        ReadinessResult atLimit = engine.score(ratings.map(), OptionalInt.of(12));
        assertEquals(6, atLimit.level(1).notApplicableItems());
        assertEquals(6, atLimit.level(1).allowedNotApplicable());
        assertFalse(atLimit.level(1).has(ReasonCode.TOO_MANY_NOT_APPLICABLE));
        assertEquals(5, atLimit.readinessLevel());

        ratings.na(l1Items.get(6));
        ReadinessResult over = engine.score(ratings.map(), OptionalInt.of(12));
        LevelReadiness l1 = over.level(1);
        assertEquals(ReadinessStatus.NOT_MET, l1.status());
        assertEquals(List.of(Reason.tooManyNotApplicable(7, 6)), l1.reasons());
        assertEquals(new BigDecimal("100.0"), l1.percent());
        // L2 has room for 9: only the level below keeps it back.
        assertEquals(
                List.of(Reason.of(ReasonCode.PREVIOUS_LEVEL_NOT_ACHIEVED)),
                over.level(2).reasons());
        assertEquals(9, over.level(2).allowedNotApplicable());
        assertEquals(0, over.readinessLevel());
    }

    @Test
    void theLimitRoundsDown() {
        // SMALL: |R(1)| = 6, 10 % → 0.6 → no N/A item allowed at L1; |R(5)| = 19 → 1.
        ReadinessResult r =
                score(DEFAULTS, Ratings.none().rateAll(SMALL, i -> true, 10, 10).na(1), 5);
        assertEquals(0, r.level(1).allowedNotApplicable());
        assertEquals(List.of(Reason.tooManyNotApplicable(1, 0)), r.level(1).reasons());
        assertEquals(1, r.level(5).allowedNotApplicable());
        assertEquals(0, r.level(5).notApplicableItems() - 1);
        assertEquals(List.of(1), r.path().orElseThrow().notApplicableLimitExceeded());
    }

    @Test
    void theUnratedCountLeavesOutNotApplicableItems() {
        // L1: item 1 N/A, 2 and 3 rated, 4–6 neither.
        Ratings ratings = Ratings.none().na(1).rate(2, 10, 10).rate(3, 5, 5);
        LevelReadiness l1 = score(HALF, ratings, 1).level(1);
        assertEquals(Reason.unratedItems(3), l1.reasons().get(0));
        assertEquals(3, l1.unratedItems());
        assertEquals(ReadinessStatus.INCOMPLETE, l1.status());
    }

    @Test
    void thePathNeverPicksANotApplicableItem() {
        // Everything at 0/0, item 1 N/A. Floors of L1 in module order: 1.0 = {2}, 2.0 = {3, 4}, 3.0 = {5}, 4.0 = {6};
        // then 80 of 100 meets the 60 % threshold. Without N/A, item 1 (lower id) would be the 1.0 pick.
        Ratings ratings = Ratings.none().rateAll(SMALL, i -> true, 0, 0);
        List<Integer> withoutNa = items(score(HALF, ratings, 1));
        assertEquals(List.of(1, 3, 5, 6), withoutNa.subList(0, 4));

        ImprovementPath path = score(HALF, ratings.na(1), 1).path().orElseThrow();
        assertEquals(List.of(2, 3, 5, 6), items(path));
        assertEquals(List.of(), path.notApplicableLimitExceeded());

        // All the way to L5, item 1 never appears.
        ImprovementPath toFive = score(HALF, ratings, 5).path().orElseThrow();
        assertFalse(items(toFive).contains(1));
        assertEquals(0, toFive.unratedItemsLeft());
    }

    @Test
    void thePathReportsLevelsOverTheirLimit() {
        ImprovementPath path = score(
                        DEFAULTS, Ratings.none().rateAll(SMALL, i -> true, 5, 5).na(1), 3)
                .path()
                .orElseThrow();
        // allowedNA: L1 floor(0.6) = 0, L2 floor(1.0) = 1, L3 floor(1.4) = 1: only L1 is over.
        assertEquals(List.of(1), path.notApplicableLimitExceeded());
    }

    @Test
    void notApplicableBonusItemsAddNothingAndNeverMakeLowerLevelsIncomplete() {
        // L1–L3 all 10/10; 5.0 items: 15 at 10/10 (adds 20 to L1–L3), 16 N/A, 18 unrated.
        Ratings ratings = Ratings.none()
                .rateAll(SMALL, i -> i.level() <= 3, 10, 10)
                .rate(15, 10, 10)
                .na(16);
        ReadinessResult r = score(HALF, ratings, 3);
        for (int n = 1; n <= 3; n++) {
            assertEquals(20, r.level(n).bonusPoints(), "L" + n);
            assertEquals(0, r.level(n).notApplicableItems(), "L" + n);
            assertEquals(ReadinessStatus.ACHIEVED, r.level(n).status(), "L" + n);
        }
        // At L4 item 16 is required (ids 1–17): it leaves R'(4); item 17 is the one left unrated.
        LevelReadiness l4 = r.level(4);
        assertEquals(17, l4.requiredItems());
        assertEquals(1, l4.notApplicableItems());
        assertEquals(20 * 16, l4.maxPoints());
        assertEquals(Reason.unratedItems(1), l4.reasons().get(0)); // item 17
    }

    @Test
    void completionAndModulesCountNotApplicableItems() {
        Ratings ratings =
                Ratings.none().rateAll(SMALL, i -> true, 10, 5).na(5).na(9).na(13);
        ReadinessResult r = score(HALF, ratings, 1);
        assertEquals(new Completion(16, 3, 19), r.completion());
        assertTrue(r.completion().isComplete());
        ModuleScore m3 = r.module("3.0").orElseThrow();
        assertEquals(new ModuleScore("3.0", 3, 0, 0, 0, new BigDecimal("0.0"), 3), m3);
        ModuleScore m1 = r.module("1.0").orElseThrow();
        assertEquals(0, m1.notApplicable());
        assertEquals(20 * m1.items(), m1.maxPoints());
        assertTrue(r.item(5).orElseThrow().notApplicable());
        // No 3.0 floor at L1–L3: every 3.0 item is N/A.
        for (int n = 1; n <= 3; n++) {
            assertTrue(r.level(n).modules().stream().noneMatch(m -> m.module().equals("3.0")), "L" + n);
        }
    }

    @Test
    void rulesThatDoNotAllowNotApplicableRefuseItNamingTheItem() {
        ScoringRules none = DEFAULTS.withNotApplicable(new NotApplicableRule(false, 10));
        ReadinessEngine engine = new ReadinessEngine(SMALL, none);
        Map<Integer, Rating> ratings = Ratings.none().rate(1, 10, 10).na(7).map();
        NotApplicableNotAllowedException e =
                assertThrows(NotApplicableNotAllowedException.class, () -> engine.score(ratings, OptionalInt.empty()));
        assertEquals(7, e.item());
        assertTrue(e.getMessage().contains("item 7"), e.getMessage());
        assertThrows(
                NotApplicableNotAllowedException.class,
                () -> ReadinessEngine.requireNotApplicableAllowed(none, ratings.values()));
        ReadinessEngine.requireNotApplicableAllowed(DEFAULTS, ratings.values());
        // Without N/A items the same rules score as usual.
        assertEquals(
                1,
                engine.score(Ratings.none().rate(1, 10, 10).map(), OptionalInt.empty())
                        .completion()
                        .rated());
    }

    @Test
    void markingAnItemNotApplicableChangesOnlyTheLevelsThatRequireIt() {
        RandomAssessments random = new RandomAssessments(314);
        int changed = 0;
        for (int round = 0; round < 1500; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            ReadinessEngine engine = new ReadinessEngine(catalog, rules);
            Map<Integer, Rating> ratings = new HashMap<>(random.ratings(catalog));
            OptionalInt years = random.years(true);
            AssessmentItem item =
                    catalog.items().get(random.random().nextInt(catalog.items().size()));
            Rating was = ratings.getOrDefault(item.id(), Rating.unrated(item.id()));
            if (was.notApplicable()) {
                continue;
            }
            ReadinessResult before = engine.score(ratings, years);
            ratings.put(item.id(), was.withNotApplicable("not part of this service"));
            ReadinessResult after = engine.score(ratings, years);
            String where = "round " + round + ", item " + item.id();
            assertEquals(
                    before.completion().notApplicable() + 1, after.completion().notApplicable(), where);
            for (int n = 1; n <= 5; n++) {
                LevelReadiness b = before.level(n);
                LevelReadiness a = after.level(n);
                assertEquals(b.requiredItems(), a.requiredItems(), where + " L" + n + " required");
                boolean required = rules.level(n).requiredModules().contains(item.module()) && item.level() <= n;
                if (required) {
                    assertEquals(b.notApplicableItems() + 1, a.notApplicableItems(), where + " L" + n);
                    assertEquals(b.maxPoints() - 20, a.maxPoints(), where + " L" + n + " max");
                    assertEquals(b.points() - was.points(), a.points(), where + " L" + n + " points");
                    changed++;
                } else {
                    assertEquals(b.notApplicableItems(), a.notApplicableItems(), where + " L" + n);
                    assertEquals(b.maxPoints(), a.maxPoints(), where + " L" + n + " max");
                    assertEquals(b.points(), a.points(), where + " L" + n + " points");
                    assertEquals(b.ratedItems(), a.ratedItems(), where + " L" + n + " rated");
                    assertEquals(b.modules(), a.modules(), where + " L" + n + " floors");
                }
                assertTrue(a.unratedItems() <= b.unratedItems(), where + " L" + n + " unrated");
            }
        }
        assertTrue(changed > 1000, "changed " + changed);
    }

    @Test
    void aLevelOverItsLimitIsNeverAchievedAndItsPathNeverPicksNotApplicableItems() {
        RandomAssessments random = new RandomAssessments(2718);
        int over = 0;
        for (int round = 0; round < 3000; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            Map<Integer, Rating> ratings = random.ratings(catalog);
            ReadinessResult r = new ReadinessEngine(catalog, rules)
                    .score(
                            ratings,
                            random.years(true),
                            OptionalInt.of(1 + random.random().nextInt(5)));
            for (LevelReadiness l : r.levels()) {
                assertEquals(
                        l.notApplicableItems() > l.allowedNotApplicable(),
                        l.has(ReasonCode.TOO_MANY_NOT_APPLICABLE),
                        "round " + round);
                assertEquals(
                        l.allowedNotApplicable(),
                        rules.notApplicable().maxPercentOfRequired() * l.requiredItems() / 100,
                        "round " + round);
                if (l.exceedsNotApplicableLimit()) {
                    assertFalse(l.isAchieved(), "round " + round);
                    over++;
                }
            }
            for (PathStep s : r.path().orElseThrow().steps()) {
                assertFalse(
                        ratings.getOrDefault(s.item(), Rating.unrated(s.item())).notApplicable(), "round " + round);
            }
        }
        assertTrue(over > 500, "over " + over);
    }

    private static List<Integer> items(ReadinessResult r) {
        return items(r.path().orElseThrow());
    }

    private static List<Integer> items(ImprovementPath path) {
        return path.steps().stream().map(PathStep::item).toList();
    }
}
