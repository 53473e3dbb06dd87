package io.ccmm.catalog;

import java.util.List;

/** The pass rules of one level (SCORING.md §2). */
public record LevelRule(
        int level, int thresholdPercent, int moduleFloorPercent, int minOperatingYears, List<String> requiredModules) {

    public LevelRule {
        requiredModules = requiredModules == null ? List.of() : List.copyOf(requiredModules);
    }
}
