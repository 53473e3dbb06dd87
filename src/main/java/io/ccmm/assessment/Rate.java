package io.ccmm.assessment;

import java.util.Optional;

/** One angle's rating (C-Rate or F-Rate): 10 fully meets, 5 partly meets, 0 does not meet, or not yet rated. */
public enum Rate {
    UNRATED(0),
    NONE(0),
    PARTIAL(5),
    FULL(10);

    private final int points;

    Rate(int points) {
        this.points = points;
    }

    /** Points this rate contributes; an unrated angle counts 0. */
    public int points() {
        return points;
    }

    public boolean isRated() {
        return this != UNRATED;
    }

    /** The rate for 10, 5 or 0; empty for any other value. */
    public static Optional<Rate> ofPoints(int value) {
        return switch (value) {
            case 10 -> Optional.of(FULL);
            case 5 -> Optional.of(PARTIAL);
            case 0 -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
