package io.ccmm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Properties over many seeded random assessments, catalogs and rules; a failure message names the round to replay. */
class ScoringPropertiesTest {

    private static final Rate[] ORDER = {Rate.UNRATED, Rate.NONE, Rate.PARTIAL, Rate.FULL};

    @Test
    void engineAgreesWithTheReferenceImplementation() {
        RandomAssessments random = new RandomAssessments(20250301);
        int[] seen = new int[ReadinessStatus.values().length];
        int[] reasons = new int[ReasonCode.values().length];
        int paths = 0;
        for (int round = 0; round < 5000; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            Map<Integer, Rating> ratings = random.ratings(catalog);
            OptionalInt years = random.years(true);
            OptionalInt target = random.target();
            ReadinessResult expected = new ReferenceScorer(catalog, rules).score(ratings, years, target);
            ReadinessResult actual = new ReadinessEngine(catalog, rules).score(ratings, years, target);
            assertEquals(expected, actual, "round " + round);
            for (LevelReadiness l : actual.levels()) {
                seen[l.status().ordinal()]++;
                l.reasons().forEach(r -> reasons[r.code().ordinal()]++);
            }
            if (actual.path().isPresent() && actual.path().get().steps().size() > 1) {
                paths++;
            }
        }
        // The random cases really exercise every status, every reason and non-trivial paths.
        for (int count : seen) {
            assertTrue(count > 500, Arrays.toString(seen));
        }
        for (int count : reasons) {
            assertTrue(count > 200, Arrays.toString(reasons));
        }
        assertTrue(paths > 1000, "paths " + paths);
    }

    @Test
    void raisingAnyOneRatingNeverLowersATotalOrTheReadinessLevel() {
        RandomAssessments random = new RandomAssessments(42);
        for (int round = 0; round < 1500; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            ReadinessEngine engine = new ReadinessEngine(catalog, rules);
            Map<Integer, Rating> ratings = new HashMap<>(random.ratings(catalog));
            OptionalInt years = random.years(true);
            ReadinessResult before = engine.score(ratings, years);
            for (int raise = 0; raise < 5; raise++) {
                AssessmentItem item = catalog.items()
                        .get(random.random().nextInt(catalog.items().size()));
                Rating r = ratings.getOrDefault(item.id(), Rating.unrated(item.id()));
                boolean angleC = random.random().nextBoolean();
                Rate current = angleC ? r.c() : r.f();
                if (current == Rate.FULL || r.notApplicable()) {
                    continue;
                }
                Rate higher = ORDER[current.ordinal() + 1 + random.random().nextInt(3 - current.ordinal())];
                ratings.put(item.id(), angleC ? r.withC(higher) : r.withF(higher));
                ReadinessResult after = engine.score(ratings, years);
                String where = "round " + round + ", item " + item.id() + " " + current + " → " + higher;
                for (int n = 1; n <= 5; n++) {
                    LevelReadiness b = before.level(n);
                    LevelReadiness a = after.level(n);
                    assertTrue(a.points() >= b.points(), where + " L" + n + " points");
                    assertTrue(a.bonusPoints() >= b.bonusPoints(), where + " L" + n + " bonus");
                    assertTrue(a.totalPoints() >= b.totalPoints(), where + " L" + n + " total");
                    assertTrue(a.percent().compareTo(b.percent()) >= 0, where + " L" + n + " percent");
                    assertTrue(a.gapPoints() <= b.gapPoints(), where + " L" + n + " gap");
                }
                assertTrue(after.readinessLevel() >= before.readinessLevel(), where + " readiness");
                before = after;
            }
        }
    }

    @Test
    void applyingThePathReachesTheTargetWheneverYearsAllow() {
        RandomAssessments random = new RandomAssessments(1234);
        int reachedWithYearsAsGiven = 0;
        for (int round = 0; round < 2000; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            ReadinessEngine engine = new ReadinessEngine(catalog, rules);
            Map<Integer, Rating> ratings = random.ratings(catalog);
            OptionalInt years = random.years(true);
            int target = 1 + random.random().nextInt(5);
            ReadinessResult result = engine.score(ratings, years, OptionalInt.of(target));
            ImprovementPath path = result.path().orElseThrow();
            String where = "round " + round + ", target " + target;

            Map<Integer, Rating> improved = new HashMap<>(ratings);
            for (PathStep step : path.steps()) {
                improved.put(step.item(), Rating.of(step.item(), Rate.FULL, Rate.FULL));
            }
            // Threshold and floors of every level up to the target are met by the steps alone.
            ReadinessResult stepsOnly = engine.score(improved, years);
            for (int n = 1; n <= target; n++) {
                LevelReadiness l = stepsOnly.level(n);
                assertEquals(0, l.gapPoints(), where + " L" + n + " gap");
                for (ModuleFloor m : l.modules()) {
                    assertEquals(0, m.floorGap(), where + " L" + n + " floor " + m.module());
                }
            }
            // Items the path left unrated count 0 there: once rated 0/0, the target is reached when years allow.
            for (AssessmentItem item : catalog.items()) {
                Rating r = improved.getOrDefault(item.id(), Rating.unrated(item.id()));
                if (r.notApplicable()) {
                    continue;
                }
                improved.put(
                        item.id(),
                        Rating.of(item.id(), r.c().isRated() ? r.c() : Rate.NONE, r.f().isRated() ? r.f() : Rate.NONE));
            }
            // Too many N/A items keep a level from being achieved whatever the ratings; the path says so.
            for (int level : path.notApplicableLimitExceeded()) {
                assertTrue(result.level(level).has(ReasonCode.TOO_MANY_NOT_APPLICABLE), where + " L" + level);
            }
            if (!path.notApplicableLimitExceeded().isEmpty()) {
                continue;
            }
            if (path.outsideRatings().isEmpty()) {
                assertTrue(engine.score(improved, years).readinessLevel() >= target, where);
                reachedWithYearsAsGiven++;
            }
            assertTrue(engine.score(improved, OptionalInt.of(100)).readinessLevel() >= target, where + " (100 years)");
        }
        assertTrue(reachedWithYearsAsGiven > 500, "too few rounds where years allowed: " + reachedWithYearsAsGiven);
    }

    @Test
    void aPathToTheNextLevelIsMinimalOnSmallCatalogs() {
        // With one level to climb, no smaller set of its required items raised to 10/10 meets floors and threshold.
        RandomAssessments random = new RandomAssessments(99);
        ScoringRules rules = TestCatalogs.defaultRules();
        int checked = 0;
        for (int round = 0; checked < 400 && round < 20000; round++) {
            List<TestCatalogs.Spec> specs = new ArrayList<>();
            int size = 2 + random.random().nextInt(9);
            for (int i = 0; i < size; i++) {
                specs.add(TestCatalogs.item(
                        TestCatalogs.MODULES.get(random.random().nextInt(4)),
                        1 + random.random().nextInt(2)));
            }
            Catalog catalog = TestCatalogs.catalog(specs);
            ReadinessEngine engine = new ReadinessEngine(catalog, rules);
            Map<Integer, Rating> ratings = random.ratings(catalog);
            ReadinessResult result = engine.score(ratings, OptionalInt.of(20));
            int target = result.readinessLevel() + 1;
            if (target > 2) {
                continue;
            }
            ImprovementPath path = engine.score(ratings, OptionalInt.of(20), OptionalInt.of(target))
                    .path()
                    .orElseThrow();
            List<AssessmentItem> required = catalog.items().stream()
                    .filter(i -> i.level() <= target)
                    .filter(i -> !ratings.getOrDefault(i.id(), Rating.unrated(i.id()))
                            .notApplicable())
                    .toList();
            for (int mask = 0; mask < (1 << required.size()); mask++) {
                if (Integer.bitCount(mask) >= path.steps().size()) {
                    continue;
                }
                Map<Integer, Rating> raised = new HashMap<>(ratings);
                for (int b = 0; b < required.size(); b++) {
                    if ((mask & (1 << b)) != 0) {
                        raised.put(
                                required.get(b).id(), Rating.of(required.get(b).id(), Rate.FULL, Rate.FULL));
                    }
                }
                LevelReadiness l = engine.score(raised, OptionalInt.of(20)).level(target);
                boolean met = l.gapPoints() == 0 && l.modules().stream().allMatch(ModuleFloor::isMet);
                assertTrue(
                        !met,
                        "round " + round + ": " + Integer.bitCount(mask) + " items suffice, path has "
                                + path.steps().size());
            }
            checked++;
        }
        assertEquals(400, checked);
    }

    @Test
    void rulesWithoutTheirLevelAreRefused() {
        ScoringRules four = TestCatalogs.withLevels(
                TestCatalogs.defaultRules(),
                TestCatalogs.defaultRules().levels().subList(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ReadinessEngine(TestCatalogs.realShape(), four));
    }
}
