package io.ccmm.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether items may be marked not applicable, and how many per level (SCORING.md §2–3): at most
 * {@code floor(maxPercentOfRequired × |R(n)| / 100)} of a level's required items.
 */
public record NotApplicableRule(boolean allowed, int maxPercentOfRequired) {

    public static final int DEFAULT_MAX_PERCENT_OF_REQUIRED = 10;

    /** The defaults of SCORING.md §2: allowed, at most 10 % of a level's required items. */
    public static final NotApplicableRule DEFAULT = new NotApplicableRule(true, DEFAULT_MAX_PERCENT_OF_REQUIRED);

    public NotApplicableRule {
        if (maxPercentOfRequired < 0 || maxPercentOfRequired > 100) {
            throw new IllegalArgumentException(
                    "maxPercentOfRequired: " + maxPercentOfRequired + " is not a percentage from 0 to 100");
        }
    }

    /** Reads the rules file's block; a missing field takes its default. */
    @JsonCreator
    static NotApplicableRule fromJson(
            @JsonProperty("allowed") Boolean allowed,
            @JsonProperty("maxPercentOfRequired") Integer maxPercentOfRequired) {
        return new NotApplicableRule(
                allowed == null || allowed,
                maxPercentOfRequired == null ? DEFAULT_MAX_PERCENT_OF_REQUIRED : maxPercentOfRequired);
    }

    /** {@code allowedNA(n)} for a level with {@code requiredItems} = |R(n)|, in exact integers. */
    public int allowedFor(int requiredItems) {
        return (int) ((long) maxPercentOfRequired * requiredItems / 100);
    }
}
