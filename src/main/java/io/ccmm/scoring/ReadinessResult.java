package io.ccmm.scoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the dashboard, the reports and {@code score --json} show about one assessment (SCORING.md §7).
 *
 * @param catalogSha256 "" when the catalog was not read from a file
 * @param rulesSha256 "" when the rules were not read from a file
 * @param readinessLevel the highest achieved level, 0 for "below L1"
 * @param levels L1..L5 in order
 * @param modules every catalog module over all its items, in catalog order
 * @param items every catalog item in catalog order
 * @param path present when a target level was given (empty steps when it is already reached)
 */
public record ReadinessResult(
        String catalogId,
        String catalogSha256,
        String rulesId,
        String rulesSha256,
        OptionalInt yearsInOperation,
        int readinessLevel,
        Completion completion,
        List<LevelReadiness> levels,
        List<ModuleScore> modules,
        List<ItemScore> items,
        Optional<ImprovementPath> path) {

    public ReadinessResult {
        catalogId = catalogId == null ? "" : catalogId;
        catalogSha256 = catalogSha256 == null ? "" : catalogSha256;
        rulesId = rulesId == null ? "" : rulesId;
        rulesSha256 = rulesSha256 == null ? "" : rulesSha256;
        levels = List.copyOf(levels);
        modules = List.copyOf(modules);
        items = List.copyOf(items);
    }

    /** Level {@code n} (1–5). */
    public LevelReadiness level(int n) {
        if (n < 1 || n > levels.size()) {
            throw new IllegalArgumentException("no level " + n);
        }
        return levels.get(n - 1);
    }

    public Optional<ItemScore> item(int itemId) {
        for (ItemScore s : items) {
            if (s.item() == itemId) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Optional<ModuleScore> module(String moduleId) {
        for (ModuleScore m : modules) {
            if (m.module().equals(moduleId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
