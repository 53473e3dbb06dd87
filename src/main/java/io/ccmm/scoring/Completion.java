package io.ccmm.scoring;

import java.math.BigDecimal;

/** How many of the catalog's items are rated (both angles present). */
public record Completion(int rated, int total) {

    public boolean isComplete() {
        return rated == total;
    }

    /** {@code 100 × rated / total}, one decimal, half-up; 0.0 for an empty catalog. */
    public BigDecimal percent() {
        return total == 0 ? Percent.ZERO : Percent.of(rated, total);
    }
}
