package io.ccmm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One module over all its items (SCORING.md §7 top-level {@code modules}); the bonus is never added here.
 * {@code maxPoints} and {@code percent} are over its applicable items; {@code notApplicable} items count in
 * {@code items} only.
 */
public record ModuleRow(
        String id,
        String name,
        int items,
        int rated,
        int points,
        int maxPoints,
        BigDecimal percent,
        int notApplicable) {

    public ModuleRow {
        id = Cover.nonNull(id);
        name = Cover.nonNull(name);
        percent = percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** A module without not-applicable items. */
    public ModuleRow(String id, String name, int items, int rated, int points, int maxPoints, BigDecimal percent) {
        this(id, name, items, rated, points, maxPoints, percent, 0);
    }

    /** "1.0 设计与规划". */
    public String label() {
        return id + " " + name;
    }
}
