package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import java.util.Objects;

/** The rating an item is planned to have once the actions are done (the what-if state); both angles are rated. */
public record PlannedRating(int item, Rate c, Rate f) {

    public PlannedRating {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
        if (!c.isRated() || !f.isRated()) {
            throw new IllegalArgumentException("a planned rating of item " + item + " needs both C and F");
        }
    }
}
