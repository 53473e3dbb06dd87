package io.ccmm.plan;

import io.ccmm.assessment.Rating;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The actions by quarter of their due date, earliest first, with the readiness projected after each quarter (every
 * action due by then done, aiming at its target ratings). Actions without a due date are listed apart and never count
 * toward a quarter's projection.
 *
 * @param currentLevel the readiness level before any action
 * @param quarters the quarters with at least one action, in time order
 * @param unscheduled the actions without a due date, in the order given
 */
public record Roadmap(int currentLevel, List<Quarter> quarters, List<PlanEntry> unscheduled) {

    public Roadmap {
        quarters = List.copyOf(quarters);
        unscheduled = List.copyOf(unscheduled);
    }

    /**
     * One quarter of the roadmap.
     *
     * @param actions due in the quarter, by due date (ties keep the order given)
     * @param projectedLevel the readiness level once every action due by the quarter's end is done
     * @param projected the full projection at the quarter's end
     */
    public record Quarter(
            int year, int quarter, List<PlanEntry> actions, int projectedLevel, ReadinessResult projected) {

        public Quarter {
            actions = List.copyOf(actions);
        }

        /** "2026 Q3". */
        public String label() {
            return year + " Q" + quarter;
        }
    }

    /** Plans {@code actions} on the current {@code ratings}; done actions count as done in their quarter. */
    public static Roadmap of(
            ReadinessEngine engine,
            Map<Integer, Rating> ratings,
            OptionalInt yearsInOperation,
            List<PlanEntry> actions) {
        int current = engine.score(ratings, yearsInOperation).readinessLevel();
        TreeMap<Integer, List<PlanEntry>> byQuarter = new TreeMap<>();
        List<PlanEntry> unscheduled = new ArrayList<>();
        List<PlanEntry> dated = new ArrayList<>();
        for (PlanEntry a : actions) {
            if (a.dueDate().isPresent()) {
                dated.add(a);
            } else {
                unscheduled.add(a);
            }
        }
        dated.sort(Comparator.comparing(a -> a.dueDate().orElseThrow()));
        for (PlanEntry a : dated) {
            LocalDate due = a.dueDate().orElseThrow();
            int key = due.getYear() * 4 + (due.getMonthValue() - 1) / 3;
            byQuarter.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<Quarter> quarters = new ArrayList<>();
        List<PlanEntry> doneSoFar = new ArrayList<>();
        for (Map.Entry<Integer, List<PlanEntry>> q : byQuarter.entrySet()) {
            doneSoFar.addAll(q.getValue());
            ReadinessResult projected = engine.score(Projection.afterActions(ratings, doneSoFar), yearsInOperation);
            quarters.add(new Quarter(
                    q.getKey() / 4, q.getKey() % 4 + 1, q.getValue(), projected.readinessLevel(), projected));
        }
        return new Roadmap(current, quarters, unscheduled);
    }

    /** The level after the last quarter (the current level when nothing is scheduled). */
    public int finalLevel() {
        return quarters.isEmpty()
                ? currentLevel
                : quarters.get(quarters.size() - 1).projectedLevel();
    }
}
