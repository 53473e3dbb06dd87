package io.ccmm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.scoring.ReadinessResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Projected readiness takes the planned ratings and, where an item has none, the targets of its open actions: it agrees
 * with the engine on the ratings that rule gives, worked out by hand here.
 */
class ProjectionFromActionsTest {

    @BeforeAll
    static void load() throws Exception {
        PlanModelTest.load();
    }

    static PlanEntry action(String status, Rate c, Rate f, Integer... items) {
        return new PlanEntry("a", "", "", status, "medium", "", List.of(items), c, f);
    }

    static Rate higher(Rate now, Rate aim) {
        return !now.isRated() || aim.points() > now.points() ? aim : now;
    }

    @Test
    void agreesWithTheEngineOnPlannedRatingsOverActionTargetsOverCurrentRatings() {
        Assessment bank = PlanModelTest.bank;
        List<Integer> ids =
                PlanModelTest.bundle.catalog().items().stream().map(i -> i.id()).toList();
        Random random = new Random(11);
        String[] statuses = {"open", "in-progress", "done"};
        for (int round = 0; round < 25; round++) {
            List<Rating> planned = new ArrayList<>();
            Set<Integer> plannedItems = new HashSet<>();
            for (int k = 0; k < 15; k++) {
                int item = ids.get(random.nextInt(ids.size()));
                if (plannedItems.add(item)) {
                    planned.add(Rating.of(
                            item, Rate.values()[1 + random.nextInt(3)], Rate.values()[1 + random.nextInt(3)]));
                }
            }
            List<PlanEntry> actions = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                actions.add(action(
                        statuses[random.nextInt(3)],
                        Rate.values()[random.nextInt(4)],
                        Rate.values()[random.nextInt(4)],
                        ids.get(random.nextInt(ids.size())),
                        ids.get(random.nextInt(ids.size()))));
            }

            // The rule, by hand.
            Map<Integer, Rating> expected = new HashMap<>(bank.ratingsByItem());
            for (PlanEntry a : actions) {
                if (a.isDone()) {
                    continue;
                }
                for (int item : a.items()) {
                    Rating now = expected.getOrDefault(item, Rating.unrated(item));
                    if (!now.notApplicable() && !plannedItems.contains(item)) {
                        expected.put(
                                item,
                                new Rating(item, higher(now.c(), a.aimC()), higher(now.f(), a.aimF()), now.note()));
                    }
                }
            }
            for (Rating p : planned) {
                expected.put(
                        p.item(),
                        p.withNote(expected.getOrDefault(p.item(), Rating.unrated(p.item()))
                                .note()));
            }
            ReadinessResult byEngine = PlanModelTest.engine.score(
                    expected,
                    bank.organization().yearsInOperation(),
                    bank.round().targetLevel());
            assertEquals(
                    byEngine, Projection.projected(PlanModelTest.engine, bank, planned, actions), "round " + round);
        }
    }

    @Test
    void thePlannedRatingWinsAnActionNeverLowersAndDoneActionsCountNoMore() {
        Map<Integer, Rating> now = new HashMap<>();
        now.put(1, Rating.of(1, Rate.PARTIAL, Rate.PARTIAL));
        now.put(2, Rating.of(2, Rate.FULL, Rate.NONE));
        now.put(3, Rating.of(3, Rate.NONE, Rate.NONE));
        now.put(4, Rating.notApplicable(4, "no outbound calls"));
        now.put(5, Rating.of(5, Rate.NONE, Rate.NONE));
        List<Rating> planned = List.of(Rating.of(1, Rate.PARTIAL, Rate.FULL));
        List<PlanEntry> actions = List.of(
                action("open", Rate.FULL, Rate.FULL, 1, 4),
                action("in-progress", Rate.PARTIAL, Rate.PARTIAL, 2),
                action("open", Rate.UNRATED, Rate.UNRATED, 3),
                action("done", Rate.FULL, Rate.FULL, 5));

        Map<Integer, Rating> after = Projection.withActions(now, planned, actions);
        assertEquals(Rating.of(1, Rate.PARTIAL, Rate.FULL), after.get(1), "planned over the action's target");
        assertEquals(Rating.of(2, Rate.FULL, Rate.PARTIAL), after.get(2), "C stays 10, F raised to the target 5");
        assertEquals(Rating.of(3, Rate.FULL, Rate.FULL), after.get(3), "no target set: full compliance");
        assertTrue(after.get(4).notApplicable(), "not applicable stays so");
        assertEquals(Rating.of(5, Rate.NONE, Rate.NONE), after.get(5), "a done action is in the current rating");
        assertEquals(4, Projection.plannedItems(planned, actions), "items 1, 2, 3 and 4; not 5");
    }
}
