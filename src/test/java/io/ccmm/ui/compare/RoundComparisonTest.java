package io.ccmm.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.scoring.ReadinessEngine;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RoundComparisonTest {

    @Test
    void reportsLevelModuleAndItemChanges() {
        CatalogBundle b = CatalogLoader.bundled();
        ReadinessEngine engine = ReadinessEngine.of(b);
        Map<Integer, Rating> before = new HashMap<>();
        b.catalog().items().forEach(i -> before.put(i.id(), Rating.of(i.id(), Rate.PARTIAL, Rate.PARTIAL)));
        Map<Integer, Rating> after = new HashMap<>(before);
        b.catalog().items().stream()
                .filter(i -> i.level() == 1 && !i.module().equals("5.0"))
                .forEach(i -> after.put(i.id(), Rating.of(i.id(), Rate.FULL, Rate.FULL)));
        after.put(151, Rating.of(151, Rate.NONE, Rate.UNRATED));

        RoundComparison c = RoundComparison.of(
                b.catalog(),
                before,
                engine.score(before, OptionalInt.of(3)),
                after,
                engine.score(after, OptionalInt.of(3)));

        assertEquals(0, c.readinessBefore());
        assertEquals(2, c.readinessAfter()); // L2: (62×20 + 47×10) / 2180 = 78.4% ≥ 70%; L3: 2000 / 2760 = 72.5% < 80%
        assertEquals(63, c.items().size());
        assertEquals(10, c.items().get(0).delta());
        RoundComparison.ItemChange last = c.items().get(62);
        assertEquals(151, last.item());
        assertEquals(-10, last.delta());
        assertTrue(c.levels().get(0).delta().signum() > 0);
        assertTrue(c.modules().stream()
                        .filter(m -> m.module().equals("5.0"))
                        .findFirst()
                        .orElseThrow()
                        .delta()
                        .signum()
                < 0);
    }
}
