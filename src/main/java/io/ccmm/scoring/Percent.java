package io.ccmm.scoring;

import java.math.BigDecimal;

/** Exact percentages with one decimal, rounded half-up (SCORING.md §3), computed in integers, never in doubles. */
final class Percent {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(1000, 1);
    static final BigDecimal ZERO = BigDecimal.valueOf(0, 1);

    private Percent() {}

    /** {@code 100 × part / whole} with one decimal, half-up; {@code whole} must be positive, {@code part} not negative. */
    static BigDecimal of(long part, long whole) {
        // round(1000 × part / whole) half-up = floor((2000 × part + whole) / (2 × whole)) for part ≥ 0
        return BigDecimal.valueOf((2000 * part + whole) / (2 * whole), 1);
    }

    /** Like {@link #of} but never above 100.0. */
    static BigDecimal capped(long part, long whole) {
        return part >= whole ? HUNDRED : of(part, whole);
    }

    /** {@code ceil(percent × whole / 100)}: the points needed to reach {@code percent} of {@code whole}. */
    static long needed(int percent, long whole) {
        return (percent * whole + 99) / 100;
    }
}
