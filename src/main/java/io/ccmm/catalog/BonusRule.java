package io.ccmm.catalog;

import java.util.List;

/** The 2025 bonus: points of qualifying items of {@code module} added to the totals of {@code levels}. */
public record BonusRule(String module, List<Integer> levels, int qualifyingMinRate) {

    public BonusRule {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public boolean appliesTo(int level) {
        return levels.contains(level);
    }
}
