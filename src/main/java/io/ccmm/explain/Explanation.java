package io.ccmm.explain;

import java.util.List;

/** Every level of one assessment explained, L1..L5 in order. */
public record Explanation(int readinessLevel, List<LevelExplanation> levels) {

    public Explanation {
        levels = List.copyOf(levels);
    }

    /** Level {@code n} (1–5). */
    public LevelExplanation level(int n) {
        if (n < 1 || n > levels.size()) {
            throw new IllegalArgumentException("no level " + n);
        }
        return levels.get(n - 1);
    }
}
