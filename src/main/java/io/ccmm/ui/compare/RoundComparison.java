package io.ccmm.ui.compare;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changed between two rounds of a file: readiness, each level, each module and each item. */
public record RoundComparison(
        int readinessBefore,
        int readinessAfter,
        List<LevelChange> levels,
        List<ModuleChange> modules,
        List<ItemChange> items) {

    public record LevelChange(
            int level, BigDecimal before, BigDecimal after, boolean achievedBefore, boolean achievedAfter) {
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    public record ModuleChange(String module, BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /** An item whose rating differs; points are null-free: unrated counts 0, {@code rated*} tells. */
    public record ItemChange(int item, Rating before, Rating after) {
        public int delta() {
            return after.points() - before.points();
        }
    }

    public static RoundComparison of(
            Catalog catalog,
            Map<Integer, Rating> beforeRatings,
            ReadinessResult before,
            Map<Integer, Rating> afterRatings,
            ReadinessResult after) {
        List<LevelChange> levels = new ArrayList<>();
        for (LevelReadiness b : before.levels()) {
            LevelReadiness a = after.level(b.level());
            levels.add(new LevelChange(b.level(), b.percent(), a.percent(), b.isAchieved(), a.isAchieved()));
        }
        List<ModuleChange> modules = new ArrayList<>();
        for (ModuleScore b : before.modules()) {
            after.module(b.module())
                    .ifPresent(a -> modules.add(new ModuleChange(b.module(), b.percent(), a.percent())));
        }
        List<ItemChange> items = new ArrayList<>();
        for (AssessmentItem i : catalog.items()) {
            Rating b = beforeRatings.getOrDefault(i.id(), Rating.unrated(i.id()));
            Rating a = afterRatings.getOrDefault(i.id(), Rating.unrated(i.id()));
            if (b.c() != a.c() || b.f() != a.f()) {
                items.add(new ItemChange(i.id(), b, a));
            }
        }
        return new RoundComparison(before.readinessLevel(), after.readinessLevel(), levels, modules, items);
    }
}
