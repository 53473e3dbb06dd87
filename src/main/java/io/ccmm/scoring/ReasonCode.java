package io.ccmm.scoring;

/** Why a level is not achieved (SCORING.md §4); the names are the machine codes of {@code score --json}. */
public enum ReasonCode {
    /** Some required items of the level are not rated yet; carries the count. */
    UNRATED_ITEMS,
    /** The level needs operating years and the years are not given. */
    OPERATING_YEARS_UNKNOWN,
    /** The organization has operated for fewer years than the level needs. */
    OPERATING_YEARS_SHORT,
    /** The level's total is below its threshold. */
    BELOW_THRESHOLD,
    /** One required module is below its floor; carries the module. */
    MODULE_BELOW_FLOOR,
    /** The level below is not achieved. */
    PREVIOUS_LEVEL_NOT_ACHIEVED,
    /** More required items are marked not applicable than the rules allow; carries the count and the allowed number. */
    TOO_MANY_NOT_APPLICABLE
}
