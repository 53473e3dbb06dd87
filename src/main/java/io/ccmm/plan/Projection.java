package io.ccmm.plan;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What-if: the readiness the organization would have with its plan. An item's projected rating is, in this order:
 *
 * <ol>
 *   <li>its <b>planned rating</b>, when it has one (it replaces the current rating; the note stays);
 *   <li>else, when open actions (not done) raise it, per angle the <b>higher</b> of its current rating and the highest
 *       target of those actions (an action without a target aims for 10/10); a not-applicable item stays so;
 *   <li>else its current rating.
 * </ol>
 *
 * Done actions count no more: their effect is in the current ratings. The figures are the engine's, so the projection
 * and the dashboard can never disagree on the same ratings.
 */
public final class Projection {

    private Projection() {}

    /** The ratings after the plan: {@code planned} (rated on both angles) over {@code current}. */
    public static Map<Integer, Rating> apply(Map<Integer, Rating> current, Collection<Rating> planned) {
        Map<Integer, Rating> after = new HashMap<>(current);
        for (Rating p : planned) {
            Rating was = current.getOrDefault(p.item(), Rating.unrated(p.item()));
            after.put(p.item(), new Rating(p.item(), p.c(), p.f(), was.note(), false, ""));
        }
        return after;
    }

    /** The projected readiness of {@code assessment} with {@code planned} ratings, with its own target level. */
    public static ReadinessResult projected(ReadinessEngine engine, Assessment assessment, Collection<Rating> planned) {
        Map<Integer, Rating> current = new HashMap<>();
        for (Rating r : assessment.ratings()) {
            current.put(r.item(), r);
        }
        return engine.score(
                apply(current, planned),
                assessment.organization().yearsInOperation(),
                assessment.round().targetLevel());
    }

    /** The ratings after the actions: each action's aim, for every item it raises, where it raises the rating. */
    public static Map<Integer, Rating> afterActions(Map<Integer, Rating> current, Collection<PlanEntry> actions) {
        Map<Integer, Rating> after = new HashMap<>(current);
        for (PlanEntry a : actions) {
            for (int item : a.items()) {
                Rating was = after.getOrDefault(item, Rating.unrated(item));
                if (was.notApplicable()) {
                    continue;
                }
                Rate c = higher(was.c(), a.aimC());
                Rate f = higher(was.f(), a.aimF());
                after.put(item, new Rating(item, c, f, was.note(), false, ""));
            }
        }
        return after;
    }

    /** The projected ratings: {@code planned} first, the targets of the open {@code actions} where none is planned. */
    public static Map<Integer, Rating> withActions(
            Map<Integer, Rating> current, Collection<Rating> planned, Collection<PlanEntry> actions) {
        return apply(afterActions(current, open(actions)), planned);
    }

    /** The projected readiness of {@code assessment} with its planned ratings and its open actions' targets. */
    public static ReadinessResult projected(
            ReadinessEngine engine, Assessment assessment, Collection<Rating> planned, Collection<PlanEntry> actions) {
        Map<Integer, Rating> current = new HashMap<>();
        for (Rating r : assessment.ratings()) {
            current.put(r.item(), r);
        }
        return engine.score(
                withActions(current, planned, actions),
                assessment.organization().yearsInOperation(),
                assessment.round().targetLevel());
    }

    /** How many items the projection takes from the plan: those planned and those raised by an open action. */
    public static int plannedItems(Collection<Rating> planned, Collection<PlanEntry> actions) {
        Set<Integer> items = new HashSet<>();
        planned.forEach(p -> items.add(p.item()));
        open(actions).forEach(a -> items.addAll(a.items()));
        return items.size();
    }

    /** The actions not done yet. */
    public static List<PlanEntry> open(Collection<PlanEntry> actions) {
        return actions.stream().filter(a -> !a.isDone()).toList();
    }

    static ReadinessResult score(ReadinessEngine engine, Map<Integer, Rating> ratings, OptionalInt years) {
        return engine.score(ratings, years);
    }

    private static Rate higher(Rate a, Rate b) {
        if (!a.isRated()) {
            return b;
        }
        return b.points() > a.points() ? b : a;
    }
}
