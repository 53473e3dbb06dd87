package io.ccmm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the L1–L5 ladder. {@code percent} has one decimal (SCORING.md §3); {@code statusText} and
 * {@code reasons} are sentences in the report language. {@code notApplicableItems} of the level's required items are
 * not applicable, where the rules allow {@code allowedNotApplicable}.
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
        List<String> reasons,
        int notApplicableItems,
        int allowedNotApplicable) {

    /** A level without not-applicable items. */
    public LevelRow(
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
        this(
                level,
                name,
                status,
                statusText,
                totalPoints,
                maxPoints,
                bonusPoints,
                percent,
                thresholdPercent,
                gapPoints,
                reasons,
                0,
                0);
    }

    /** True when more required items are not applicable than the rules allow. */
    public boolean exceedsNotApplicableLimit() {
        return notApplicableItems > allowedNotApplicable;
    }

    /** The lines a ladder shows under the level: the reasons, then the not-applicable note when there is one. */
    public List<String> notes(ReportText text) {
        String na = notApplicableNote(text);
        if (na.isEmpty()) {
            return reasons;
        }
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add(na);
        return List.copyOf(all);
    }

    /** "3 required items not applicable (at most 6 allowed)" in the report language; "" when there are none. */
    public String notApplicableNote(ReportText text) {
        return notApplicableItems == 0
                ? ""
                : text.format(
                        exceedsNotApplicableLimit() ? "ladder.notApplicable.over" : "ladder.notApplicable",
                        notApplicableItems,
                        allowedNotApplicable);
    }

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
