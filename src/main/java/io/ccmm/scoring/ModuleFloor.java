package io.ccmm.scoring;

import java.math.BigDecimal;

/**
 * One required module of a level: its points over the level's required items of that module (the bonus never counts)
 * against the floor. Only modules with at least one required item of the level get one.
 */
public record ModuleFloor(
        String module, int requiredItems, int ratedItems, int points, int maxPoints, int floorPercent, int floorGap) {

    /** {@code 100 × points / maxPoints}, one decimal, half-up. */
    public BigDecimal percent() {
        return Percent.of(points, maxPoints);
    }

    /** True when the module is at or above its floor (compared exactly, in integers). */
    public boolean isMet() {
        return floorGap == 0;
    }
}
