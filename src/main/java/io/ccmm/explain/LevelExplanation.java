package io.ccmm.explain;

import io.ccmm.scoring.ReadinessStatus;
import io.ccmm.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * The arithmetic of one level (SCORING.md §3–4) with the ids of the items behind every figure.
 *
 * @param required {@code R(n)}: every required item of the level, not-applicable ones included, by id
 * @param requiredModules the modules the level requires, in the rules' order
 * @param notApplicable {@code A(n)}
 * @param allowedNotApplicable {@code allowedNA(n)}
 * @param unrated required items neither rated (both angles) nor not applicable
 * @param points {@code points(n)}: Σ item points over {@code R'(n)}
 * @param maxPoints {@code 20 × |R'(n)|}
 * @param bonusApplies whether the bonus module's qualifying items are added at this level
 * @param bonusModule the bonus module ("" when the rules have no bonus)
 * @param bonusItems the bonus module's items whose both angles reach the qualifying rate (empty when the bonus does
 *     not apply)
 * @param bonusPoints Σ item points over {@code bonusItems}
 * @param percent {@code min(100, 100 × total / max)}, one decimal, half-up
 * @param thresholdPoints the total the threshold needs: {@code ceil(thresholdPercent × maxPoints / 100)}
 * @param gapPoints points still missing to the threshold, 0 when met
 * @param years the organization's operating years, empty when unknown
 * @param status and {@code reasons} as the engine decided them
 */
public record LevelExplanation(
        int level,
        ReadinessStatus status,
        List<Integer> required,
        List<String> requiredModules,
        List<Integer> notApplicable,
        int allowedNotApplicable,
        List<Integer> unrated,
        int points,
        int maxPoints,
        boolean bonusApplies,
        String bonusModule,
        int qualifyingMinRate,
        List<Integer> bonusItems,
        int bonusPoints,
        BigDecimal percent,
        int thresholdPercent,
        int thresholdPoints,
        int gapPoints,
        int moduleFloorPercent,
        List<ModuleExplanation> modules,
        int minOperatingYears,
        OptionalInt years,
        List<Reason> reasons) {

    public LevelExplanation {
        required = List.copyOf(required);
        requiredModules = List.copyOf(requiredModules);
        notApplicable = List.copyOf(notApplicable);
        unrated = List.copyOf(unrated);
        bonusItems = List.copyOf(bonusItems);
        modules = List.copyOf(modules);
        reasons = List.copyOf(reasons);
    }

    public int totalPoints() {
        return points + bonusPoints;
    }

    /** {@code |R'(n)|}: the required items that count. */
    public int applicableItems() {
        return required.size() - notApplicable.size();
    }

    public boolean exceedsNotApplicableLimit() {
        return notApplicable.size() > allowedNotApplicable;
    }

    /** True when the level needs operating years and they are known and enough. */
    public boolean yearsMet() {
        return minOperatingYears == 0 || (years.isPresent() && years.getAsInt() >= minOperatingYears);
    }
}
