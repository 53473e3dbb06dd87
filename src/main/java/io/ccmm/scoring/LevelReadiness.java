package io.ccmm.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The readiness of one level (SCORING.md §3–4). Points, percent and gaps are computed for every status, unrated angles
 * counting 0, so an incomplete level still shows a provisional figure.
 *
 * @param requiredItems {@code |R(n)|}, not-applicable items included
 * @param ratedItems required items with both angles rated
 * @param points {@code points(n)}: Σ item points over the applicable required items {@code R'(n)}
 * @param bonusPoints {@code B(n)}: 0 when the bonus does not apply to this level
 * @param totalPoints {@code points + bonusPoints}
 * @param maxPoints {@code 20 × |R'(n)|}
 * @param percent {@code min(100, 100 × total / max)}, one decimal, half-up; 100.0 when nothing is required
 * @param gapPoints points still missing to the threshold, 0 when it is met
 * @param modules the floor of each required module that has applicable required items, in catalog module order
 * @param reasons why the level is not achieved, in the order of {@link ReasonCode}, floors in module order; empty
 *     when achieved
 * @param notApplicableItems {@code |A(n)|}: required items marked not applicable
 * @param allowedNotApplicable {@code allowedNA(n)}: the most of them the rules allow
 */
public record LevelReadiness(
        int level,
        ReadinessStatus status,
        int requiredItems,
        int ratedItems,
        int points,
        int bonusPoints,
        int totalPoints,
        int maxPoints,
        BigDecimal percent,
        int thresholdPercent,
        int gapPoints,
        int moduleFloorPercent,
        int minOperatingYears,
        boolean bonusApplies,
        List<ModuleFloor> modules,
        List<Reason> reasons,
        int notApplicableItems,
        int allowedNotApplicable) {

    public LevelReadiness {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(percent, "percent");
        modules = List.copyOf(modules);
        reasons = List.copyOf(reasons);
    }

    public boolean isAchieved() {
        return status == ReadinessStatus.ACHIEVED;
    }

    /** Required items neither rated nor not applicable. */
    public int unratedItems() {
        return requiredItems - ratedItems - notApplicableItems;
    }

    /** {@code |R'(n)|}: required items that count. */
    public int applicableItems() {
        return requiredItems - notApplicableItems;
    }

    /** True when more required items are not applicable than the rules allow. */
    public boolean exceedsNotApplicableLimit() {
        return notApplicableItems > allowedNotApplicable;
    }

    /** True when the total reaches the threshold (compared exactly, in integers). */
    public boolean meetsThreshold() {
        return gapPoints == 0;
    }

    public boolean has(ReasonCode code) {
        for (Reason r : reasons) {
            if (r.code() == code) {
                return true;
            }
        }
        return false;
    }
}
