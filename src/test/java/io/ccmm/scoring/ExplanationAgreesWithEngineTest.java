package io.ccmm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.explain.Explainer;
import io.ccmm.explain.Explanation;
import io.ccmm.explain.ExplanationLine;
import io.ccmm.explain.ExplanationText;
import io.ccmm.explain.LevelExplanation;
import io.ccmm.explain.ModuleExplanation;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The explanation works its figures out on its own; on random assessments they equal the engine's, item by item. */
class ExplanationAgreesWithEngineTest {

    @Test
    void everyFigureOfEveryLevelEqualsTheEngine() {
        RandomAssessments random = new RandomAssessments(2020);
        int withNotApplicable = 0;
        int withBonus = 0;
        int withFloorShort = 0;
        for (int round = 0; round < 1500; round++) {
            Catalog catalog = random.catalog();
            ScoringRules rules = random.rules();
            ReadinessEngine engine = new ReadinessEngine(catalog, rules);
            Map<Integer, Rating> ratings = random.ratings(catalog);
            ReadinessResult result = engine.score(ratings, random.years(true), OptionalInt.empty());
            Explanation explanation = Explainer.of(engine).explain(result);

            assertEquals(result.readinessLevel(), explanation.readinessLevel());
            for (LevelReadiness l : result.levels()) {
                LevelExplanation e = explanation.level(l.level());
                String where = "round " + round + " L" + l.level();
                assertEquals(l.status(), e.status(), where);
                assertEquals(l.requiredItems(), e.required().size(), where);
                assertEquals(l.notApplicableItems(), e.notApplicable().size(), where);
                assertEquals(l.allowedNotApplicable(), e.allowedNotApplicable(), where);
                assertEquals(l.unratedItems(), e.unrated().size(), where);
                assertEquals(l.points(), e.points(), where);
                assertEquals(l.bonusApplies(), e.bonusApplies(), where);
                assertEquals(l.bonusPoints(), e.bonusPoints(), where);
                assertEquals(l.totalPoints(), e.totalPoints(), where);
                assertEquals(l.maxPoints(), e.maxPoints(), where);
                assertEquals(l.percent(), e.percent(), where);
                assertEquals(l.thresholdPercent(), e.thresholdPercent(), where);
                assertEquals(l.gapPoints(), e.gapPoints(), where);
                assertEquals(l.minOperatingYears(), e.minOperatingYears(), where);
                assertEquals(
                        l.bonusPoints(),
                        e.bonusItems().stream()
                                .mapToInt(id -> result.item(id).orElseThrow().points())
                                .sum(),
                        where + ": the bonus items add up to the bonus");
                assertEquals(
                        l.points(),
                        e.required().stream()
                                .filter(id -> !e.notApplicable().contains(id))
                                .mapToInt(id -> result.item(id).orElseThrow().points())
                                .sum(),
                        where + ": the required items add up to the points");

                assertEquals(l.modules().size(), e.modules().size(), where);
                for (int i = 0; i < l.modules().size(); i++) {
                    ModuleFloor floor = l.modules().get(i);
                    ModuleExplanation m = e.modules().get(i);
                    String at = where + " module " + floor.module();
                    assertEquals(floor.module(), m.module(), at);
                    assertEquals(floor.points(), m.points(), at);
                    assertEquals(floor.maxPoints(), m.maxPoints(), at);
                    assertEquals(floor.floorPercent(), m.floorPercent(), at);
                    assertEquals(floor.floorGap(), m.floorGap(), at);
                    assertEquals(floor.notApplicableItems(), m.notApplicable().size(), at);
                    int full = m.items().size() - m.belowFull().size();
                    int belowFullPoints = m.belowFull().stream()
                            .mapToInt(id -> result.item(id).orElseThrow().points())
                            .sum();
                    assertEquals(m.points(), 20 * full + belowFullPoints, at + ": items below 10/10 and the rest");
                    assertTrue(
                            m.belowFull().stream()
                                    .allMatch(
                                            id -> result.item(id).orElseThrow().points() < 20),
                            at);
                    withFloorShort += m.isMet() ? 0 : 1;
                }
                withNotApplicable += e.notApplicable().isEmpty() ? 0 : 1;
                withBonus += e.bonusItems().isEmpty() ? 0 : 1;
            }
            if (round % 50 == 0) {
                for (Language language : Language.values()) {
                    ExplanationText text = new ExplanationText(catalog, language);
                    for (LevelExplanation e : explanation.levels()) {
                        List<ExplanationLine> lines = text.lines(e);
                        assertFalse(text.title(e).isBlank());
                        assertTrue(lines.stream().noneMatch(line -> line.text().contains("{")), "filled in");
                    }
                }
            }
        }
        assertTrue(withNotApplicable > 300, "levels with N/A items: " + withNotApplicable);
        assertTrue(withBonus > 300, "levels with a bonus: " + withBonus);
        assertTrue(withFloorShort > 300, "modules under their floor: " + withFloorShort);
    }
}
