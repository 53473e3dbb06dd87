package io.ccmm.scoring;

import java.math.BigDecimal;

/**
 * One module over all its catalog items regardless of level, without the bonus: the module table of the dashboard and
 * of {@code score --json}. {@code percent} is 0.0 for a module without items.
 */
public record ModuleScore(String module, int items, int rated, int points, int maxPoints, BigDecimal percent) {}
