package io.ccmm.scoring;

import io.ccmm.assessment.Rate;
import java.util.Objects;

/**
 * One catalog item as scored: where it sits and how it was rated ({@link Rate#UNRATED} when not yet), or that it is not
 * applicable (then both angles are unrated and it counts nowhere).
 */
public record ItemScore(int item, String module, int level, Rate c, Rate f, boolean notApplicable) {

    /** An applicable item. */
    public ItemScore(int item, String module, int level, Rate c, Rate f) {
        this(item, module, level, c, f, false);
    }

    public ItemScore {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
    }

    /** Item points {@code s = c + f}, an absent angle counting 0. */
    public int points() {
        return c.points() + f.points();
    }

    /** Rated when both angles are present. */
    public boolean isRated() {
        return c.isRated() && f.isRated();
    }

    /** Points this item would gain if raised to 10/10. */
    public int gain() {
        return ReadinessEngine.MAX_ITEM_POINTS - points();
    }
}
