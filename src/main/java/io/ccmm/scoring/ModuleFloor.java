package io.ccmm.scoring;

import java.math.BigDecimal;

/**
 * One required module of a level: its points over the level's applicable required items of that module (the bonus and
 * not-applicable items never count) against the floor. Only modules with at least one applicable required item of the
 * level get one (SCORING.md §3).
 *
 * @param requiredItems the module's items in {@code R(n)}, not-applicable ones included
 * @param notApplicableItems the module's items in {@code A(n)}
 * @param maxPoints {@code 20 × (requiredItems − notApplicableItems)}
 */
public record ModuleFloor(
        String module,
        int requiredItems,
        int ratedItems,
        int points,
        int maxPoints,
        int floorPercent,
        int floorGap,
        int notApplicableItems) {

    /** A module floor without not-applicable items. */
    public ModuleFloor(
            String module,
            int requiredItems,
            int ratedItems,
            int points,
            int maxPoints,
            int floorPercent,
            int floorGap) {
        this(module, requiredItems, ratedItems, points, maxPoints, floorPercent, floorGap, 0);
    }

    /** {@code 100 × points / maxPoints}, one decimal, half-up. */
    public BigDecimal percent() {
        return Percent.of(points, maxPoints);
    }

    /** True when the module is at or above its floor (compared exactly, in integers). */
    public boolean isMet() {
        return floorGap == 0;
    }
}
