package io.ccmm.scoring;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.NotApplicableRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/** Seeded random catalogs, rules and assessments for the property tests. */
final class RandomAssessments {

    private static final Rate[] RATES = {Rate.UNRATED, Rate.NONE, Rate.PARTIAL, Rate.FULL};
    private static final int[] PERCENTS = {0, 5, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100};

    private final Random random;

    RandomAssessments(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Mostly small catalogs (so that boundaries are often hit), sometimes the real shape. */
    Catalog catalog() {
        if (random.nextInt(5) == 0) {
            return TestCatalogs.realShape();
        }
        int n = 1 + random.nextInt(40);
        List<TestCatalogs.Spec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(TestCatalogs.item(
                    TestCatalogs.MODULES.get(random.nextInt(TestCatalogs.MODULES.size())), 1 + random.nextInt(5)));
        }
        return TestCatalogs.catalog(specs);
    }

    /** The defaults half of the time, otherwise anything the rules schema allows (N/A always allowed). */
    ScoringRules rules() {
        if (random.nextBoolean()) {
            return TestCatalogs.defaultRules();
        }
        return other().withNotApplicable(new NotApplicableRule(true, percent()));
    }

    private ScoringRules other() {
        List<LevelRule> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            List<String> modules = new ArrayList<>();
            for (String m : TestCatalogs.MODULES) {
                if (random.nextInt(3) > 0) {
                    modules.add(m);
                }
            }
            if (modules.isEmpty()) {
                modules.add(TestCatalogs.MODULES.get(random.nextInt(5)));
            }
            levels.add(new LevelRule(level, percent(), percent(), years(), modules));
        }
        BonusRule bonus = null;
        if (random.nextInt(4) > 0) {
            List<Integer> bonusLevels = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                if (random.nextBoolean()) {
                    bonusLevels.add(level);
                }
            }
            bonus = new BonusRule(
                    TestCatalogs.MODULES.get(random.nextInt(5)), bonusLevels, new int[] {0, 5, 10}[random.nextInt(3)]);
        }
        return TestCatalogs.withBonus(TestCatalogs.withLevels(TestCatalogs.defaultRules(), levels), bonus);
    }

    private int percent() {
        return random.nextBoolean() ? PERCENTS[random.nextInt(PERCENTS.length)] : random.nextInt(101);
    }

    private int years() {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(12);
    }

    /**
     * Ratings leaning towards a random quality, so that every status is reached often; a third of the assessments have
     * no N/A item, the others mark items N/A at a rate around the default limit (some under it, some over).
     */
    Map<Integer, Rating> ratings(Catalog catalog) {
        double unrated = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.3;
        double quality = random.nextDouble();
        double notApplicable = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.2;
        Map<Integer, Rating> map = new HashMap<>();
        for (AssessmentItem item : catalog.items()) {
            if (random.nextDouble() < notApplicable) {
                map.put(item.id(), Rating.notApplicable(item.id(), "not part of this service"));
                continue;
            }
            Rate c = angle(unrated, quality);
            Rate f = angle(unrated, quality);
            if (c != Rate.UNRATED || f != Rate.UNRATED || random.nextBoolean()) {
                map.put(item.id(), Rating.of(item.id(), c, f));
            }
        }
        return map;
    }

    private Rate angle(double unrated, double quality) {
        if (random.nextDouble() < unrated) {
            return Rate.UNRATED;
        }
        double x = random.nextDouble();
        if (x < quality * 0.8) {
            return Rate.FULL;
        }
        return RATES[1 + random.nextInt(3)];
    }

    OptionalInt years(boolean mayBeUnknown) {
        return mayBeUnknown && random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(13));
    }

    OptionalInt target() {
        return random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(5));
    }
}
