package io.ccmm.scoring;

import java.math.BigDecimal;

/** How many of the catalog's items are rated (both angles present) and how many are marked not applicable. */
public record Completion(int rated, int notApplicable, int total) {

    /** Nothing marked not applicable. */
    public Completion(int rated, int total) {
        this(rated, 0, total);
    }

    /** Every item rated or not applicable. */
    public boolean isComplete() {
        return rated + notApplicable == total;
    }

    /** {@code 100 × (rated + notApplicable) / total}: the share decided, one decimal, half-up; 0.0 for no items. */
    public BigDecimal percent() {
        return total == 0 ? Percent.ZERO : Percent.of(rated + notApplicable, total);
    }
}
