package io.ccmm.scoring;

import static io.ccmm.scoring.PathStep.Kind.MODULE_FLOOR;
import static io.ccmm.testdata.TestCatalogs.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImprovementPathTest {

    static final ScoringRules DEFAULTS = TestCatalogs.defaultRules();

    /** Six L1 items: 1.0 ×2 (ids 1, 2), 2.0 ×2 (3, 4), 3.0 (5), 4.0 (6). */
    static final Catalog SIX = TestCatalogs.catalog(
            List.of(item("1.0", 1), item("1.0", 1), item("2.0", 1), item("2.0", 1), item("3.0", 1), item("4.0", 1)));

    static ImprovementPath path(Catalog catalog, ScoringRules rules, Ratings ratings, OptionalInt years, int target) {
        return new ReadinessEngine(catalog, rules)
                .score(ratings.map(), years, OptionalInt.of(target))
                .path()
                .orElseThrow();
    }

    static List<String> steps(ImprovementPath path) {
        return path.steps().stream()
                .map(s -> s.item() + (s.kind() == MODULE_FLOOR ? " floor " + s.floorModule() : " threshold") + " +"
                        + s.gain() + " L" + s.forLevel())
                .toList();
    }

    static ScoringRules rules(int[] thresholds, int[] floors) {
        return TestCatalogs.rules(thresholds, floors, new int[] {0, 0, 0, 0, 0}, null);
    }

    @Test
    void floorStepsComeBeforeThresholdStepsAndTheResultIsMinimal() {
        // 3.0 is at 5 of 20 (25 % < 50 %); after lifting it the total is 70 of 120, 72 needed: one more step of +10
        Ratings ratings = Ratings.none().rateAll(SIX, i -> true, 5, 5).rate(5, 0, 5);
        ImprovementPath path = path(SIX, DEFAULTS, ratings, OptionalInt.of(1), 1);
        assertEquals(List.of("5 floor 3.0 +15 L1", "1 threshold +10 L1"), steps(path));
        PathStep first = path.steps().get(0);
        assertEquals(Rate.NONE, first.beforeC());
        assertEquals(Rate.PARTIAL, first.beforeF());
        assertEquals(Rate.FULL, first.afterC());
        assertEquals(5, first.beforePoints());
        assertEquals(0, path.fromLevel());
        assertEquals(1, path.targetLevel());
        assertEquals(25, path.totalGain());
    }

    @Test
    void aFloorStepIsTakenEvenWhenAnotherModuleOffersMore() {
        // item 4 would gain 20, but 2.0 is at its floor (20 of 40) and the total is met: only 3.0 needs a step
        Ratings ratings =
                Ratings.none().rateAll(SIX, i -> true, 10, 10).rate(4, 0, 0).rate(5, 5, 0);
        assertEquals(List.of("5 floor 3.0 +15 L1"), steps(path(SIX, DEFAULTS, ratings, OptionalInt.of(1), 1)));
    }

    @Test
    void largestGainFirstThenLowerId() {
        // all must reach 100 %: order by gain 15, 10, 10 (lower id first), then L2's item at gain 20
        Catalog catalog = TestCatalogs.catalog(List.of(item("1.0", 2), item("1.0", 1), item("1.0", 1), item("2.0", 1)));
        Ratings ratings =
                Ratings.none().rate(1, 0, 0).rate(2, 5, 5).rate(3, 5, 5).rate(4, 0, 5);
        ScoringRules all = rules(new int[] {100, 100, 100, 100, 100}, new int[] {0, 0, 0, 0, 0});
        assertEquals(
                List.of("4 threshold +15 L1", "2 threshold +10 L1", "3 threshold +10 L1", "1 threshold +20 L2"),
                steps(path(catalog, all, ratings, OptionalInt.of(1), 2)));
    }

    @Test
    void equalGainsGoToTheLowerLevelBeforeTheLowerId() {
        // L2 needs 30 of 40: one step of +10; item 2 (L1) wins over item 1 (L2) despite its higher id
        Catalog catalog = TestCatalogs.catalog(List.of(item("1.0", 2), item("1.0", 1)));
        Ratings ratings = Ratings.none().rate(1, 5, 5).rate(2, 5, 5);
        ScoringRules rules = rules(new int[] {0, 75, 100, 100, 100}, new int[] {0, 0, 0, 0, 0});
        ImprovementPath path = path(catalog, rules, ratings, OptionalInt.of(1), 2);
        assertEquals(1, path.fromLevel());
        assertEquals(List.of("2 threshold +10 L2"), steps(path));
    }

    @Test
    void unratedItemsArePickedLikeItemsAtZero() {
        ImprovementPath path = path(SIX, DEFAULTS, Ratings.none(), OptionalInt.of(1), 1);
        assertEquals(
                List.of("1 floor 1.0 +20 L1", "3 floor 2.0 +20 L1", "5 floor 3.0 +20 L1", "6 floor 4.0 +20 L1"),
                steps(path));
        assertEquals(Rate.UNRATED, path.steps().get(0).beforeC());
        assertEquals(0, path.steps().get(0).beforePoints());
        assertEquals(2, path.unratedItemsLeft()); // items 2 and 4 still need a rating
    }

    @Test
    void pathOverSeveralLevelsFollowsTheLevelsInOrder() {
        // SMALL of ReadinessEngineTest at 5/5: L1 needs two threshold steps, then L2 lifts 2.0, 3.0 and 4.0 to 55 %.
        // (Raising items 3, 5 and 6 alone would do both: §5 is deterministic, not globally minimal across levels.)
        ImprovementPath path =
                path(ReadinessEngineTest.SMALL, DEFAULTS, ReadinessEngineTest.allSmall(5, 5), OptionalInt.of(20), 2);
        assertEquals(
                List.of(
                        "1 threshold +10 L1",
                        "2 threshold +10 L1",
                        "3 floor 2.0 +10 L2",
                        "5 floor 3.0 +10 L2",
                        "6 floor 4.0 +10 L2"),
                steps(path));
    }

    @Test
    void moduleFiveItemsArePickedOnlyWhereTheyAreRequired() {
        // to L4 the 5.0 items are required and below their floor; below L4 they only earn the bonus
        Ratings ratings = ReadinessEngineTest.allSmall(10, 10).rate(15, 0, 0).rate(16, 0, 0);
        ImprovementPath path = path(ReadinessEngineTest.SMALL, DEFAULTS, ratings, OptionalInt.of(9), 4);
        assertEquals(3, path.fromLevel());
        assertEquals(List.of("15 floor 5.0 +20 L4", "16 floor 5.0 +20 L4"), steps(path)); // 65 % of 40 needs both
    }

    @Test
    void emptyWhenTheTargetIsAlreadyReached() {
        Ratings ratings = ReadinessEngineTest.allSmall(10, 10);
        for (int target = 1; target <= 5; target++) {
            ImprovementPath path = path(ReadinessEngineTest.SMALL, DEFAULTS, ratings, OptionalInt.of(10), target);
            assertTrue(path.steps().isEmpty());
            assertTrue(path.isTargetReached());
            assertTrue(path.outsideRatings().isEmpty());
        }
        ImprovementPath notYet = path(ReadinessEngineTest.SMALL, DEFAULTS, ratings, OptionalInt.of(4), 3);
        assertFalse(notYet.isTargetReached());
    }

    @Test
    void yearsAreReportedBesideThePath() {
        Ratings ratings = ReadinessEngineTest.allSmall(10, 10);
        ImprovementPath shortYears = path(ReadinessEngineTest.SMALL, DEFAULTS, ratings, OptionalInt.of(3), 5);
        assertTrue(shortYears.steps().isEmpty());
        assertEquals(List.of(Reason.of(ReasonCode.OPERATING_YEARS_SHORT)), shortYears.outsideRatings());
        assertEquals(10, shortYears.minOperatingYears());

        ImprovementPath unknown = path(ReadinessEngineTest.SMALL, DEFAULTS, ratings, OptionalInt.empty(), 3);
        assertEquals(List.of(Reason.of(ReasonCode.OPERATING_YEARS_UNKNOWN)), unknown.outsideRatings());
        assertEquals(5, unknown.minOperatingYears());
    }

    @Test
    void sameInputGivesTheSameStepsWhateverTheOrderOfRatings() {
        Catalog catalog = TestCatalogs.realShape();
        RandomAssessments random = new RandomAssessments(7);
        for (int round = 0; round < 50; round++) {
            Map<Integer, Rating> ratings = random.ratings(catalog);
            List<Rating> shuffled = new ArrayList<>(ratings.values());
            Collections.shuffle(shuffled, new Random(round));
            ReadinessResult a =
                    new ReadinessEngine(catalog, DEFAULTS).score(ratings, OptionalInt.of(12), OptionalInt.of(5));
            ReadinessResult b =
                    new ReadinessEngine(catalog, DEFAULTS).score(shuffled, OptionalInt.of(12), OptionalInt.of(5));
            assertEquals(a, b);
            assertEquals(a.path(), b.path());
        }
    }

    @Test
    void defaultRulesLevelFloorsAreTakenInModuleOrder() {
        // every module below its floor: one floor step per module in catalog order, highest gain inside each
        Ratings ratings =
                Ratings.none().rateAll(SIX, i -> true, 0, 5).rate(2, 0, 0).rate(3, 0, 0);
        ScoringRules rules = TestCatalogs.withLevels(
                DEFAULTS,
                List.of(
                        new LevelRule(1, 0, 50, 0, List.of("4.0", "3.0", "2.0", "1.0")),
                        DEFAULTS.level(2),
                        DEFAULTS.level(3),
                        DEFAULTS.level(4),
                        DEFAULTS.level(5)));
        assertEquals(
                List.of("2 floor 1.0 +20 L1", "3 floor 2.0 +20 L1", "5 floor 3.0 +15 L1", "6 floor 4.0 +15 L1"),
                steps(path(SIX, rules, ratings, OptionalInt.of(1), 1)));
    }
}
