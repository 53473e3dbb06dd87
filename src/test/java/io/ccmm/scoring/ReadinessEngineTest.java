package io.ccmm.scoring;

import static io.ccmm.scoring.ReadinessStatus.ACHIEVED;
import static io.ccmm.scoring.ReadinessStatus.INCOMPLETE;
import static io.ccmm.scoring.ReadinessStatus.NOT_MET;
import static io.ccmm.scoring.ReasonCode.BELOW_THRESHOLD;
import static io.ccmm.scoring.ReasonCode.OPERATING_YEARS_SHORT;
import static io.ccmm.scoring.ReasonCode.OPERATING_YEARS_UNKNOWN;
import static io.ccmm.scoring.ReasonCode.PREVIOUS_LEVEL_NOT_ACHIEVED;
import static io.ccmm.testdata.TestCatalogs.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReadinessEngineTest {

    static final ScoringRules DEFAULTS = TestCatalogs.defaultRules();

    /**
     * 19 items: L1 ids 1–6 (1.0 ×2, 2.0 ×2, 3.0, 4.0), L2 ids 7–10 (one per module 1.0–4.0), L3 ids 11–14, then
     * 15–16 (5.0, L4), 17 (1.0, L4), 18 (5.0, L5), 19 (2.0, L5).
     */
    static final Catalog SMALL = TestCatalogs.catalog(List.of(
            item("1.0", 1),
            item("1.0", 1),
            item("2.0", 1),
            item("2.0", 1),
            item("3.0", 1),
            item("4.0", 1),
            item("1.0", 2),
            item("2.0", 2),
            item("3.0", 2),
            item("4.0", 2),
            item("1.0", 3),
            item("2.0", 3),
            item("3.0", 3),
            item("4.0", 3),
            item("5.0", 4),
            item("5.0", 4),
            item("1.0", 4),
            item("5.0", 5),
            item("2.0", 5)));

    static ReadinessResult score(Catalog catalog, ScoringRules rules, Ratings ratings, OptionalInt years) {
        return new ReadinessEngine(catalog, rules).score(ratings.map(), years, OptionalInt.empty());
    }

    static ReadinessResult small(Ratings ratings, OptionalInt years) {
        return score(SMALL, DEFAULTS, ratings, years);
    }

    static Ratings allSmall(int c, int f) {
        return Ratings.none().rateAll(SMALL, i -> true, c, f);
    }

    // --- SCORING.md §6 -------------------------------------------------------------------------------------------

    @Test
    void workedExampleOfScoringMd() {
        Catalog catalog = TestCatalogs.realShape();
        ReadinessEngine engine = new ReadinessEngine(catalog, DEFAULTS);
        Ratings ratings = Ratings.none()
                .rateAll(catalog, i -> i.level() == 1 && !i.module().equals("5.0"), 5, 5);

        ReadinessResult r = engine.score(ratings.map(), OptionalInt.of(7), OptionalInt.empty());
        LevelReadiness l1 = r.level(1);
        assertEquals(60, l1.requiredItems());
        assertEquals(60, l1.ratedItems());
        assertEquals(600, l1.points());
        assertEquals(1200, l1.maxPoints());
        assertEquals(0, l1.bonusPoints());
        assertEquals(600, l1.totalPoints());
        assertEquals(new BigDecimal("50.0"), l1.percent());
        assertEquals(120, l1.gapPoints());
        assertEquals(List.of(Reason.of(BELOW_THRESHOLD)), l1.reasons());
        assertEquals(NOT_MET, l1.status());
        assertEquals(0, r.readinessLevel());
        // every module exactly at its 50 % floor: passes
        assertEquals(4, l1.modules().size());
        l1.modules().forEach(m -> assertEquals(0, m.floorGap(), m.module()));

        // Rate three 5.0 items c=10, f=10.
        catalog.items().stream()
                .filter(i -> i.module().equals("5.0"))
                .limit(3)
                .forEach(i -> ratings.rate(i.id(), 10, 10));
        r = engine.score(ratings.map(), OptionalInt.of(7), OptionalInt.of(1));
        l1 = r.level(1);
        assertEquals(60, l1.bonusPoints());
        assertEquals(660, l1.totalPoints());
        assertEquals(new BigDecimal("55.0"), l1.percent());
        assertEquals(60, l1.gapPoints());
        assertEquals(0, r.readinessLevel());

        // Six steps of +10 close it: the six lowest-id items of the lowest level, no floor steps.
        ImprovementPath path = r.path().orElseThrow();
        List<Integer> sixLowest = catalog.items().stream()
                .filter(i -> i.level() == 1 && !i.module().equals("5.0"))
                .limit(6)
                .map(i -> i.id())
                .toList();
        assertEquals(sixLowest, path.steps().stream().map(PathStep::item).toList());
        path.steps().forEach(s -> {
            assertEquals(10, s.gain());
            assertEquals(Rate.PARTIAL, s.beforeC());
            assertEquals(Rate.PARTIAL, s.beforeF());
            assertEquals(PathStep.Kind.THRESHOLD, s.kind());
        });
        assertEquals(60, path.totalGain());
    }

    // --- each reason on its own ---------------------------------------------------------------------------------

    @Test
    void unratedItemsAloneMakeTheLevelIncomplete() {
        // Item 6 (the only 4.0 L1 item) unrated: 4.0 floor fails at 0, so use item 2 (1.0 has two L1 items).
        LevelReadiness l1 =
                small(allSmall(10, 10).rate(2, null, null), OptionalInt.of(20)).level(1);
        assertEquals(List.of(Reason.unratedItems(1)), l1.reasons());
        assertEquals(INCOMPLETE, l1.status());
        assertEquals(5, l1.ratedItems());
        assertEquals(100, l1.points()); // provisional figure, unrated counting 0
        assertEquals(160, l1.totalPoints()); // with the 5.0 bonus of items 15, 16 and 18
    }

    @Test
    void halfRatedItemIsUnratedButItsAngleCounts() {
        LevelReadiness l1 =
                small(allSmall(10, 10).rate(2, 10, null), OptionalInt.of(20)).level(1);
        assertEquals(List.of(Reason.unratedItems(1)), l1.reasons());
        assertEquals(110, l1.points());
    }

    @Test
    void operatingYearsUnknownAloneMakeTheLevelIncomplete() {
        ReadinessResult r = small(allSmall(10, 10), OptionalInt.empty());
        assertEquals(ACHIEVED, r.level(1).status()); // L1 and L2 need no years
        assertEquals(ACHIEVED, r.level(2).status());
        assertEquals(List.of(Reason.of(OPERATING_YEARS_UNKNOWN)), r.level(3).reasons());
        assertEquals(INCOMPLETE, r.level(3).status());
        assertEquals(
                List.of(Reason.of(OPERATING_YEARS_UNKNOWN), Reason.of(PREVIOUS_LEVEL_NOT_ACHIEVED)),
                r.level(4).reasons());
        assertEquals(INCOMPLETE, r.level(4).status());
        assertEquals(2, r.readinessLevel());
    }

    @Test
    void operatingYearsShortAloneMeanNotMet() {
        ReadinessResult r = small(allSmall(10, 10), OptionalInt.of(4));
        assertEquals(List.of(Reason.of(OPERATING_YEARS_SHORT)), r.level(3).reasons());
        assertEquals(NOT_MET, r.level(3).status());
        assertEquals(NOT_MET, r.level(4).status());
        assertEquals(2, r.readinessLevel());
    }

    @Test
    void yearsExactlyAtTheMinimumPass() {
        ReadinessResult r = small(allSmall(10, 10), OptionalInt.of(8));
        assertEquals(ACHIEVED, r.level(3).status());
        assertEquals(ACHIEVED, r.level(4).status());
        assertEquals(List.of(Reason.of(OPERATING_YEARS_SHORT)), r.level(5).reasons());
        assertEquals(4, r.readinessLevel());
        assertEquals(5, small(allSmall(10, 10), OptionalInt.of(10)).readinessLevel());
        assertEquals(5, small(allSmall(10, 10), OptionalInt.of(40)).readinessLevel());
    }

    @Test
    void belowThresholdAlone() {
        // every module exactly at the 50 % floor, total 50 % < 60 %
        LevelReadiness l1 = small(allSmall(5, 5), OptionalInt.of(20)).level(1);
        assertEquals(List.of(Reason.of(BELOW_THRESHOLD)), l1.reasons());
        assertEquals(NOT_MET, l1.status());
        assertEquals(12, l1.gapPoints()); // ceil(60 % × 120) − 60
    }

    @Test
    void moduleBelowFloorAlone() {
        // 3.0 has one L1 item at 5 of 20 (25 %); the total is 105 of 120
        LevelReadiness l1 =
                small(allSmall(10, 10).rate(5, 0, 5), OptionalInt.of(20)).level(1);
        assertEquals(List.of(Reason.moduleBelowFloor("3.0")), l1.reasons());
        assertEquals(NOT_MET, l1.status());
        ModuleFloor m3 = l1.modules().stream()
                .filter(m -> m.module().equals("3.0"))
                .findFirst()
                .orElseThrow();
        assertEquals(5, m3.points());
        assertEquals(20, m3.maxPoints());
        assertEquals(5, m3.floorGap());
        assertFalse(m3.isMet());
        assertEquals(0, l1.gapPoints());
    }

    @Test
    void previousLevelNotAchievedAlone() {
        // L1 items at 5/5 (50 % < 60 %), later 1.0–4.0 items at 10/10: R(2) reaches 70 % and every L2 floor
        Ratings ratings = Ratings.none()
                .rateAll(SMALL, i -> i.level() == 1, 5, 5)
                .rateAll(SMALL, i -> i.level() >= 2 && !i.module().equals("5.0"), 10, 10);
        ReadinessResult r = small(ratings, OptionalInt.of(20));
        assertEquals(NOT_MET, r.level(1).status());
        assertEquals(140, r.level(2).totalPoints());
        assertEquals(List.of(Reason.of(PREVIOUS_LEVEL_NOT_ACHIEVED)), r.level(2).reasons());
        assertEquals(NOT_MET, r.level(2).status());
        assertEquals(0, r.readinessLevel());
    }

    @Test
    void reasonsCombineInTheirDocumentedOrder() {
        // L3: items 11 and 12 unrated, 3.0 and 4.0 at 0 (1.0 and 2.0 stay above 60 %), years short, L2 not met
        Ratings ratings = allSmall(10, 10)
                .rate(11, null, null)
                .rate(12, 5, null)
                .rate(5, 0, 0)
                .rate(9, 0, 0)
                .rate(13, 0, 0)
                .rate(6, 0, 0)
                .rate(10, 0, 0)
                .rate(14, 0, 0);
        ReadinessResult r = small(ratings, OptionalInt.of(3));
        assertEquals(
                List.of(
                        Reason.unratedItems(2),
                        Reason.of(OPERATING_YEARS_SHORT),
                        Reason.of(BELOW_THRESHOLD),
                        Reason.moduleBelowFloor("3.0"),
                        Reason.moduleBelowFloor("4.0"),
                        Reason.of(PREVIOUS_LEVEL_NOT_ACHIEVED)),
                r.level(3).reasons());
        assertEquals(INCOMPLETE, r.level(3).status());
        assertEquals(
                List.of(Reason.moduleBelowFloor("3.0"), Reason.moduleBelowFloor("4.0")),
                r.level(1).reasons());
        assertEquals(NOT_MET, r.level(1).status());
    }

    @Test
    void reasonsOfEachLevelWithUnknownYearsAndUnratedItems() {
        ReadinessResult r = small(allSmall(10, 10).rate(19, null, null), OptionalInt.empty());
        assertEquals(
                List.of(
                        Reason.unratedItems(1),
                        Reason.of(OPERATING_YEARS_UNKNOWN),
                        Reason.of(PREVIOUS_LEVEL_NOT_ACHIEVED)),
                r.level(5).reasons());
    }

    // --- boundaries ---------------------------------------------------------------------------------------------

    /** Ten L1 items: 1.0 ×4, 2.0 ×2, 3.0 ×2, 4.0 ×2. */
    static final Catalog TEN = TestCatalogs.catalog(List.of(
            item("1.0", 1),
            item("1.0", 1),
            item("1.0", 1),
            item("1.0", 1),
            item("2.0", 1),
            item("2.0", 1),
            item("3.0", 1),
            item("3.0", 1),
            item("4.0", 1),
            item("4.0", 1)));

    static ScoringRules l1(int threshold, int floor) {
        List<LevelRule> levels = new ArrayList<>(DEFAULTS.levels());
        LevelRule d = levels.get(0);
        levels.set(0, new LevelRule(1, threshold, floor, 0, d.requiredModules()));
        return TestCatalogs.withLevels(DEFAULTS, levels);
    }

    @Test
    void exactlyAtTheThresholdPassesAndFivePointsBelowFails() {
        // 120 of 200 = 60 %: items 1, 2, 5, 7, 9 and 10 at 20, the rest at 0 — every module still ≥ 0 % floor
        Ratings at = Ratings.none().rateAll(TEN, i -> true, 0, 0);
        for (int id : new int[] {1, 2, 5, 7, 9, 10}) {
            at.rate(id, 10, 10);
        }
        LevelReadiness pass = score(TEN, l1(60, 0), at, OptionalInt.of(1)).level(1);
        assertEquals(120, pass.totalPoints());
        assertEquals(new BigDecimal("60.0"), pass.percent());
        assertEquals(0, pass.gapPoints());
        assertEquals(ACHIEVED, pass.status());

        LevelReadiness fail =
                score(TEN, l1(60, 0), at.rate(10, 10, 5), OptionalInt.of(1)).level(1);
        assertEquals(115, fail.totalPoints());
        assertEquals(new BigDecimal("57.5"), fail.percent());
        assertEquals(5, fail.gapPoints());
        assertEquals(List.of(Reason.of(BELOW_THRESHOLD)), fail.reasons());
    }

    @Test
    void exactlyAtTheFloorPassesAndFivePointsBelowFails() {
        // module 1.0: 40 of 80 = 50 %
        Ratings at =
                Ratings.none().rateAll(TEN, i -> true, 10, 10).rate(3, 0, 0).rate(4, 0, 0);
        LevelReadiness pass = score(TEN, l1(0, 50), at, OptionalInt.of(1)).level(1);
        assertEquals(0, pass.modules().get(0).floorGap());
        assertEquals(new BigDecimal("50.0"), pass.modules().get(0).percent());
        assertEquals(ACHIEVED, pass.status());

        LevelReadiness fail =
                score(TEN, l1(0, 50), at.rate(2, 10, 5), OptionalInt.of(1)).level(1);
        assertEquals(35, fail.modules().get(0).points());
        assertEquals(5, fail.modules().get(0).floorGap());
        assertEquals(List.of(Reason.moduleBelowFloor("1.0")), fail.reasons());
    }

    @Test
    void gapsRoundTheNeededPointsUp() {
        // 85 % of 200 = 170 exactly; 83 % of 200 = 166; 87 % of 40 (module 2.0) = 34.8 → 35
        Ratings r = Ratings.none().rateAll(TEN, i -> true, 10, 5); // 150 of 200, each module 75 %
        LevelReadiness l = score(TEN, l1(83, 87), r, OptionalInt.of(1)).level(1);
        assertEquals(16, l.gapPoints());
        assertEquals(5, l.modules().get(1).floorGap()); // needs 35 of 40, has 30
        assertEquals(new BigDecimal("75.0"), l.percent());
    }

    @Test
    void percentRoundsHalfUpExactly() {
        // 5 of 400 = 1.25 % → 1.3; 20 items
        List<TestCatalogs.Spec> specs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            specs.add(item(TestCatalogs.MODULES.get(i % 4), 1));
        }
        Catalog twenty = TestCatalogs.catalog(specs);
        Ratings r = Ratings.none().rateAll(twenty, i -> true, 0, 0).rate(1, 5, 0);
        assertEquals(
                new BigDecimal("1.3"),
                score(twenty, DEFAULTS, r, OptionalInt.of(1)).level(1).percent());
        // 115 of 400 = 28.75 % → 28.8
        r = Ratings.none().rateAll(twenty, i -> true, 0, 0);
        for (int id = 1; id <= 5; id++) {
            r.rate(id, 10, 10);
        }
        r.rate(6, 10, 5);
        assertEquals(
                new BigDecimal("28.8"),
                score(twenty, DEFAULTS, r, OptionalInt.of(1)).level(1).percent());
        // 35 of 60 = 58.333… → 58.3 (three items)
        Catalog three = TestCatalogs.catalog(List.of(item("1.0", 1), item("2.0", 1), item("3.0", 1)));
        r = Ratings.none().rate(1, 10, 10).rate(2, 10, 5).rate(3, 0, 0);
        assertEquals(
                new BigDecimal("58.3"),
                score(three, DEFAULTS, r, OptionalInt.of(1)).level(1).percent());
    }

    // --- INCOMPLETE propagation, 5.0 items -------------------------------------------------------------------------

    @Test
    void incompletePropagatesUpward() {
        // L2 requires only module 2.0 here, so its own items are all rated; L1 has an unrated 1.0 item
        List<LevelRule> levels = new ArrayList<>(DEFAULTS.levels());
        levels.set(1, new LevelRule(2, 70, 55, 0, List.of("2.0")));
        ScoringRules rules = TestCatalogs.withLevels(DEFAULTS, levels);
        ReadinessResult r = score(SMALL, rules, allSmall(10, 10).rate(1, null, null), OptionalInt.of(20));
        assertEquals(INCOMPLETE, r.level(1).status());
        assertEquals(0, r.level(2).unratedItems());
        assertEquals(List.of(Reason.of(PREVIOUS_LEVEL_NOT_ACHIEVED)), r.level(2).reasons());
        assertEquals(INCOMPLETE, r.level(2).status());
        for (int n = 3; n <= 5; n++) {
            assertEquals(INCOMPLETE, r.level(n).status(), "L" + n);
        }
        assertEquals(0, r.readinessLevel());
    }

    @Test
    void notMetBelowDoesNotMakeAFullyRatedLevelIncomplete() {
        ReadinessResult r = small(allSmall(5, 5), OptionalInt.of(20));
        for (int n = 1; n <= 5; n++) {
            assertEquals(NOT_MET, r.level(n).status(), "L" + n);
        }
    }

    @Test
    void unratedModuleFiveItemsNeverMakeLevelsOneToThreeIncomplete() {
        Catalog catalog = TestCatalogs.realShape();
        Ratings ratings = Ratings.none().rateAll(catalog, i -> !i.module().equals("5.0"), 10, 10);
        ReadinessResult r = score(catalog, DEFAULTS, ratings, OptionalInt.of(12));
        for (int n = 1; n <= 3; n++) {
            assertEquals(ACHIEVED, r.level(n).status(), "L" + n);
            assertEquals(0, r.level(n).bonusPoints());
        }
        assertEquals(INCOMPLETE, r.level(4).status());
        assertEquals(Reason.unratedItems(15), r.level(4).reasons().get(0));
        assertEquals(3, r.readinessLevel());
        assertEquals(new Completion(140, 170), r.completion());
    }

    // --- bonus -----------------------------------------------------------------------------------------------------

    /** SMALL plus three more 5.0 items (ids 20–22, L4) so that five 5.0 items can be rated differently. */
    static final Catalog BONUS = TestCatalogs.catalog(concat(
            List.of(
                    item("1.0", 1),
                    item("2.0", 1),
                    item("3.0", 1),
                    item("4.0", 1),
                    item("5.0", 4),
                    item("5.0", 4),
                    item("5.0", 4),
                    item("5.0", 5),
                    item("5.0", 5),
                    item("5.0", 5)),
            List.of()));

    static Ratings bonusRatings() {
        return Ratings.none()
                .rateAll(BONUS, i -> i.level() == 1, 5, 5)
                .rate(5, 10, 10)
                .rate(6, 10, 5)
                .rate(7, 5, 5)
                .rate(8, 5, 0)
                .rate(9, 10, null)
                .rate(10, 0, 0);
    }

    static ScoringRules bonusRules(int qualifyingMinRate) {
        return TestCatalogs.withBonus(DEFAULTS, new BonusRule("5.0", List.of(1, 2, 3), qualifyingMinRate));
    }

    @Test
    void bonusWithQualifyingRateTenCountsOnlyFullyMetItems() {
        ReadinessResult r = score(BONUS, bonusRules(10), bonusRatings(), OptionalInt.of(20));
        assertEquals(20, r.level(1).bonusPoints());
        assertEquals(60, r.level(1).totalPoints());
        assertEquals(new BigDecimal("75.0"), r.level(1).percent());
        assertEquals(20, r.level(3).bonusPoints());
        assertTrue(r.level(3).bonusApplies());
        assertEquals(0, r.level(4).bonusPoints());
        assertFalse(r.level(4).bonusApplies());
        assertEquals(0, r.level(5).bonusPoints());
    }

    @Test
    void bonusWithQualifyingRateFiveCountsPartlyMetItems() {
        ReadinessResult r = score(BONUS, bonusRules(5), bonusRatings(), OptionalInt.of(20));
        assertEquals(20 + 15 + 10, r.level(1).bonusPoints()); // 10/10, 10/5, 5/5; not 5/0, not half-rated
    }

    @Test
    void bonusWithQualifyingRateZeroStillSkipsUnratedItems() {
        ReadinessResult r = score(BONUS, bonusRules(0), bonusRatings(), OptionalInt.of(20));
        assertEquals(20 + 15 + 10 + 5, r.level(1).bonusPoints());
    }

    @Test
    void bonusNeverCountsTowardFloorsAndPercentStopsAtHundred() {
        Ratings ratings = Ratings.none()
                .rateAll(BONUS, i -> i.level() == 1, 10, 10)
                .rate(1, 0, 0)
                .rateAll(BONUS, i -> i.module().equals("5.0"), 10, 10);
        LevelReadiness l1 =
                score(BONUS, bonusRules(10), ratings, OptionalInt.of(20)).level(1);
        assertEquals(60, l1.points());
        assertEquals(120, l1.bonusPoints());
        assertEquals(180, l1.totalPoints());
        assertEquals(new BigDecimal("100.0"), l1.percent());
        assertEquals(List.of(Reason.moduleBelowFloor("1.0")), l1.reasons());
        assertEquals(0, l1.modules().get(0).points());
    }

    @Test
    void bonusLevelsAndModuleComeFromTheRules() {
        ScoringRules onlyL1 = TestCatalogs.withBonus(DEFAULTS, new BonusRule("5.0", List.of(1), 10));
        ReadinessResult r = score(BONUS, onlyL1, bonusRatings(), OptionalInt.of(20));
        assertEquals(20, r.level(1).bonusPoints());
        assertEquals(0, r.level(2).bonusPoints());

        ScoringRules noBonus = TestCatalogs.withBonus(DEFAULTS, null);
        assertEquals(
                0,
                score(BONUS, noBonus, bonusRatings(), OptionalInt.of(20))
                        .level(1)
                        .bonusPoints());
    }

    // --- rules, modules, completion ----------------------------------------------------------------------------------

    @Test
    void customRulesChangeTheResultWithoutCodeChanges() {
        Ratings ratings = allSmall(5, 5);
        assertEquals(0, small(ratings, OptionalInt.of(3)).readinessLevel());
        ScoringRules lenient = TestCatalogs.rules(
                new int[] {50, 50, 50, 50, 50}, new int[] {50, 50, 50, 50, 50}, new int[] {0, 0, 3, 4, 5}, null);
        assertEquals(3, score(SMALL, lenient, ratings, OptionalInt.of(3)).readinessLevel());
    }

    @Test
    void theBundledRulesAreTheDefaultsOfScoringMd() {
        ScoringRules bundled = CatalogLoader.bundled().rules();
        assertEquals(DEFAULTS.levels(), bundled.levels());
        assertEquals(DEFAULTS.bonus(), bundled.bonus());
    }

    @Test
    void aRequiredModuleWithoutItemsAtTheLevelHasNoFloor() {
        // 3.0 has items only from L2 on
        Catalog catalog = TestCatalogs.catalog(
                List.of(item("1.0", 1), item("2.0", 1), item("4.0", 1), item("3.0", 2), item("5.0", 4)));
        ReadinessResult r = score(catalog, DEFAULTS, Ratings.none(), OptionalInt.of(1));
        assertEquals(
                List.of("1.0", "2.0", "4.0"),
                r.level(1).modules().stream().map(ModuleFloor::module).toList());
        assertEquals(
                List.of("1.0", "2.0", "3.0", "4.0"),
                r.level(2).modules().stream().map(ModuleFloor::module).toList());
        assertEquals(
                List.of("1.0", "2.0", "3.0", "4.0", "5.0"),
                r.level(4).modules().stream().map(ModuleFloor::module).toList());
    }

    @Test
    void moduleTableCoversAllItemsWithoutBonus() {
        ReadinessResult r = score(BONUS, bonusRules(10), bonusRatings(), OptionalInt.of(20));
        ModuleScore five = r.module("5.0").orElseThrow();
        assertEquals(6, five.items());
        assertEquals(5, five.rated());
        assertEquals(20 + 15 + 10 + 5 + 10 + 0, five.points());
        assertEquals(120, five.maxPoints());
        assertEquals(new BigDecimal("50.0"), five.percent());
        assertEquals(
                List.of("1.0", "2.0", "3.0", "4.0", "5.0"),
                r.modules().stream().map(ModuleScore::module).toList());
        assertEquals(new Completion(9, 10), r.completion());
    }

    @Test
    void resultNamesCatalogAndRulesAndListsEveryItem() {
        ReadinessResult r = small(allSmall(10, 5).rate(3, null, 5), OptionalInt.of(6));
        assertEquals(SMALL.id(), r.catalogId());
        assertEquals(DEFAULTS.id(), r.rulesId());
        assertEquals(19, r.items().size());
        ItemScore three = r.item(3).orElseThrow();
        assertEquals(new ItemScore(3, "2.0", 1, Rate.UNRATED, Rate.PARTIAL), three);
        assertEquals(5, three.points());
        assertFalse(three.isRated());
        assertEquals(OptionalInt.of(6), r.yearsInOperation());
        assertTrue(r.path().isEmpty());
    }

    @Test
    void catalogsWithSparseIdsScoreTheSame() {
        // the same six items under ids far apart: scores agree with the dense catalog item for item
        int[] sparse = {7, 1_000_000, 3, 500, 42, 99_999};
        List<io.ccmm.catalog.AssessmentItem> items = new ArrayList<>();
        for (int i = 0; i < sparse.length; i++) {
            var item = SMALL.items().get(i);
            items.add(new io.ccmm.catalog.AssessmentItem(
                    sparse[i],
                    item.module(),
                    item.area(),
                    item.level(),
                    item.title(),
                    item.requirement(),
                    item.guidance(),
                    item.evidence(),
                    false));
        }
        Catalog dense = TestCatalogs.catalog(SMALL.items().subList(0, 6).stream()
                .map(i -> item(i.module(), i.level()))
                .toList());
        Catalog spread =
                new Catalog("sparse", "1", dense.title(), dense.source(), dense.modules(), dense.levels(), items, "");
        Ratings denseRatings = Ratings.none();
        Ratings spreadRatings = Ratings.none();
        int[][] rates = {{10, 10}, {5, 0}, {0, 5}, {10, 5}, {5, 5}, {10, 10}};
        for (int i = 0; i < 6; i++) {
            denseRatings.rate(i + 1, rates[i][0], rates[i][1]);
            spreadRatings.rate(sparse[i], rates[i][0], rates[i][1]);
        }
        ReadinessResult a = score(dense, DEFAULTS, denseRatings, OptionalInt.of(1));
        ReadinessResult b = score(spread, DEFAULTS, spreadRatings, OptionalInt.of(1));
        assertEquals(a.levels(), b.levels());
        assertEquals(a.modules(), b.modules());
        assertEquals(
                new Rating(1_000_000, Rate.PARTIAL, Rate.NONE, "").c(),
                b.item(1_000_000).orElseThrow().c());
        assertThrows(IllegalArgumentException.class, () -> new ReadinessEngine(spread, DEFAULTS)
                .score(Ratings.none().rate(1, 10, 10).map(), OptionalInt.empty()));
    }

    @Test
    void refusesRatingsOfUnknownItemsAndBadTargets() {
        ReadinessEngine engine = new ReadinessEngine(SMALL, DEFAULTS);
        Map<Integer, Rating> unknown = Map.of(99, Rating.of(99, Rate.FULL, Rate.FULL));
        assertThrows(IllegalArgumentException.class, () -> engine.score(unknown, OptionalInt.empty()));
        assertThrows(
                IllegalArgumentException.class, () -> engine.score(Map.of(), OptionalInt.empty(), OptionalInt.of(6)));
        assertThrows(IllegalArgumentException.class, () -> engine.score(Map.of(), OptionalInt.of(-1)));
    }

    @Test
    void scoresAnAssessmentWithItsOwnYearsAndTarget() {
        var assessment = new io.ccmm.assessment.Assessment(
                new io.ccmm.assessment.CatalogRef(SMALL.id(), ""),
                new io.ccmm.assessment.Organization("x", "", "", OptionalInt.of(4)),
                new io.ccmm.assessment.RoundInfo("", "", List.of(), OptionalInt.of(3)),
                new ArrayList<>(allSmall(10, 10).map().values()));
        ReadinessResult r = new ReadinessEngine(SMALL, DEFAULTS).score(assessment);
        assertEquals(2, r.readinessLevel());
        ImprovementPath path = r.path().orElseThrow();
        assertEquals(3, path.targetLevel());
        assertTrue(path.steps().isEmpty());
        assertEquals(List.of(Reason.of(OPERATING_YEARS_SHORT)), path.outsideRatings());
        assertEquals(5, path.minOperatingYears());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
