package io.ccmm.report;

import java.util.List;

/**
 * The fewest items to raise to 10/10 to reach {@code targetLevel} (SCORING.md §5). {@code targetLevel} 0 means the
 * report has no path (no target above the readiness level). {@code notes} say what ratings cannot fix (operating
 * years), in words.
 */
public record ImprovementPath(int targetLevel, String targetName, List<PathStep> steps, List<String> notes) {

    public ImprovementPath {
        targetName = Cover.nonNull(targetName);
        steps = steps == null ? List.of() : List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ImprovementPath none() {
        return new ImprovementPath(0, "", List.of(), List.of());
    }

    public boolean exists() {
        return targetLevel > 0;
    }

    public int totalGain() {
        return steps.stream().mapToInt(PathStep::gain).sum();
    }
}
