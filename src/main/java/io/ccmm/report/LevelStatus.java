package io.ccmm.report;

/** The status of one level in the ladder (SCORING.md §4); exporters colour by it, the words come with the row. */
public enum LevelStatus {
    ACHIEVED,
    NOT_MET,
    INCOMPLETE
}
