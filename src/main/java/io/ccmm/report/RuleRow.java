package io.ccmm.report;

import java.util.List;

/** One level's rule in the appendix (SCORING.md §2), with the level's name in the report language. */
public record RuleRow(
        int level,
        String name,
        int thresholdPercent,
        int moduleFloorPercent,
        int minOperatingYears,
        List<String> requiredModules) {

    public RuleRow {
        name = Cover.nonNull(name);
        requiredModules = requiredModules == null ? List.of() : List.copyOf(requiredModules);
    }
}
