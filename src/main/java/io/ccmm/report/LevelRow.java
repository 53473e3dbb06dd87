package io.ccmm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the L1–L5 ladder. {@code percent} has one decimal (SCORING.md §3); {@code statusText} and
 * {@code reasons} are sentences in the report language.
 */
public record LevelRow(
        int level,
        String name,
        LevelStatus status,
        String statusText,
        int totalPoints,
        int maxPoints,
        int bonusPoints,
        BigDecimal percent,
        int thresholdPercent,
        int gapPoints,
        List<String> reasons) {

    public LevelRow {
        name = Cover.nonNull(name);
        Objects.requireNonNull(status, "status");
        statusText = Cover.nonNull(statusText);
        percent = percent.setScale(1, RoundingMode.HALF_UP);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** "L3 标杆级". */
    public String label() {
        return "L" + level + " " + name;
    }
}
