package io.ccmm.scoring;

import java.math.BigDecimal;

/**
 * One module over all its catalog items regardless of level, without the bonus: the module table of the dashboard and
 * of {@code score --json}. {@code items} counts every item of the module; {@code maxPoints} and {@code percent} are
 * over its applicable items only ({@code percent} is 0.0 for a module without applicable items).
 */
public record ModuleScore(
        String module, int items, int rated, int points, int maxPoints, BigDecimal percent, int notApplicable) {

    /** A module without not-applicable items. */
    public ModuleScore(String module, int items, int rated, int points, int maxPoints, BigDecimal percent) {
        this(module, items, rated, points, maxPoints, percent, 0);
    }
}
