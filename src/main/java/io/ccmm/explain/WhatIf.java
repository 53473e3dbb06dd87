package io.ccmm.explain;

import io.ccmm.assessment.Rating;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.ReadinessStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ratings changed for a moment, on a copy: what one improvement is worth at every level. Never saves anything. */
public final class WhatIf {

    private WhatIf() {}

    /** The effect on one level: status, total and percent before and after. */
    public record LevelChange(
            int level,
            ReadinessStatus statusBefore,
            ReadinessStatus statusAfter,
            int totalBefore,
            int totalAfter,
            BigDecimal percentBefore,
            BigDecimal percentAfter,
            int gapBefore,
            int gapAfter) {

        public boolean changed() {
            return statusBefore != statusAfter || totalBefore != totalAfter || !percentBefore.equals(percentAfter);
        }
    }

    /** A new map: the ratings with the changes laid over them; neither argument is touched. */
    public static Map<Integer, Rating> apply(Map<Integer, Rating> ratings, Map<Integer, Rating> changes) {
        Map<Integer, Rating> copy = new HashMap<>(ratings);
        copy.putAll(changes);
        return copy;
    }

    /** Every level of {@code before} against the same level of {@code after}. */
    public static List<LevelChange> compare(ReadinessResult before, ReadinessResult after) {
        List<LevelChange> out = new ArrayList<>();
        for (LevelReadiness b : before.levels()) {
            LevelReadiness a = after.level(b.level());
            out.add(new LevelChange(
                    b.level(),
                    b.status(),
                    a.status(),
                    b.totalPoints(),
                    a.totalPoints(),
                    b.percent(),
                    a.percent(),
                    b.gapPoints(),
                    a.gapPoints()));
        }
        return out;
    }
}
