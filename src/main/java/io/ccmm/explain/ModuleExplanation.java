package io.ccmm.explain;

import java.util.List;

/**
 * One required module of a level against its floor, with the items behind the figures.
 *
 * @param items the module's applicable required items of the level ({@code R'(n) ∩ m}), by id
 * @param notApplicable the module's required items marked not applicable
 * @param points Σ item points over {@code items}
 * @param maxPoints {@code 20 × |items|}
 * @param floorPoints the points the floor needs: {@code ceil(floorPercent × maxPoints / 100)}
 * @param floorGap points still missing to the floor, 0 when met
 * @param belowFull the items of {@code items} not at 10/10 (the ones that can still earn points)
 */
public record ModuleExplanation(
        String module,
        List<Integer> items,
        List<Integer> notApplicable,
        int points,
        int maxPoints,
        int floorPercent,
        int floorPoints,
        int floorGap,
        List<Integer> belowFull) {

    public ModuleExplanation {
        items = List.copyOf(items);
        notApplicable = List.copyOf(notApplicable);
        belowFull = List.copyOf(belowFull);
    }

    public boolean isMet() {
        return floorGap == 0;
    }
}
