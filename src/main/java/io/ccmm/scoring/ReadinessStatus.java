package io.ccmm.scoring;

/** The status of one level (SCORING.md §4). */
public enum ReadinessStatus {
    /** Required items are unrated, operating years are unknown, or the level below is incomplete. */
    INCOMPLETE,
    /** Everything needed is known, and at least one reason keeps the level from being achieved. */
    NOT_MET,
    ACHIEVED
}
