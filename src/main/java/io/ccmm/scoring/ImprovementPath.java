package io.ccmm.scoring;

import java.util.List;

/**
 * The deterministic improvement path of SCORING.md §5: the items to raise to 10/10, in pick order, to reach
 * {@code targetLevel} from {@code fromLevel} (the readiness level). Empty when the target is already reached.
 *
 * @param outsideRatings what ratings cannot fix on the way to the target: {@link ReasonCode#OPERATING_YEARS_UNKNOWN}
 *     and/or {@link ReasonCode#OPERATING_YEARS_SHORT} of the levels above {@code fromLevel} up to the target
 * @param minOperatingYears the most operating years any level up to the target needs
 * @param unratedItemsLeft required items of those levels that stay unrated (and are not N/A) after the steps: the
 *     path counts them as 0, but the levels are only achieved once they are rated
 * @param notApplicableLimitExceeded the levels above {@code fromLevel} up to the target whose not-applicable limit is
 *     exceeded, ascending: raising ratings cannot fix that either (the level's {@link LevelReadiness} has the numbers)
 */
public record ImprovementPath(
        int fromLevel,
        int targetLevel,
        List<PathStep> steps,
        List<Reason> outsideRatings,
        int minOperatingYears,
        int unratedItemsLeft,
        List<Integer> notApplicableLimitExceeded) {

    public ImprovementPath {
        steps = List.copyOf(steps);
        outsideRatings = List.copyOf(outsideRatings);
        notApplicableLimitExceeded = List.copyOf(notApplicableLimitExceeded);
    }

    /** A path with no level over its not-applicable limit. */
    public ImprovementPath(
            int fromLevel,
            int targetLevel,
            List<PathStep> steps,
            List<Reason> outsideRatings,
            int minOperatingYears,
            int unratedItemsLeft) {
        this(fromLevel, targetLevel, steps, outsideRatings, minOperatingYears, unratedItemsLeft, List.of());
    }

    /** True when the readiness level is already at or above the target. */
    public boolean isTargetReached() {
        return fromLevel >= targetLevel;
    }

    /** Points the steps add in all. */
    public int totalGain() {
        int sum = 0;
        for (PathStep s : steps) {
            sum += s.gain();
        }
        return sum;
    }
}
