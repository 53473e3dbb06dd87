package io.ccmm.ui.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.Test;

/** The target level shown beside the path is the level above the readiness of the ratings as they are now. */
class ReadinessViewModelTest {

    private final CatalogBundle bundle = CatalogLoader.bundled();
    private final Map<Integer, Rating> ratings = new HashMap<>();
    private final SimpleLongProperty changes = new SimpleLongProperty();

    private ReadinessViewModel withoutTarget() {
        return new ReadinessViewModel(
                bundle.catalog(), bundle.rules(), OptionalInt.of(10), OptionalInt.empty(), () -> ratings, changes);
    }

    private void rateLevelsUpTo(int level) {
        for (AssessmentItem item : bundle.catalog().items()) {
            if (item.level() <= level) {
                ratings.put(item.id(), Rating.of(item.id(), Rate.FULL, Rate.FULL));
            }
        }
        changes.set(changes.get() + 1);
    }

    @Test
    void aRoundWithoutTargetAimsAtTheLevelAboveItsReadinessNow() {
        ReadinessViewModel vm = withoutTarget();
        assertEquals(0, vm.result().readinessLevel());
        assertEquals(OptionalInt.of(1), vm.targetLevel());
        rateLevelsUpTo(2);
        int readiness = vm.result().readinessLevel();
        assertTrue(readiness >= 1, "rated levels 1 and 2 in full: " + readiness);
        assertEquals(OptionalInt.of(readiness + 1), vm.targetLevel());
        assertEquals(
                readiness + 1, vm.result().path().orElseThrow().targetLevel(), "the path leads to the target shown");
    }

    @Test
    void aRoundsOwnTargetIsKept() {
        ReadinessViewModel vm = new ReadinessViewModel(
                bundle.catalog(), bundle.rules(), OptionalInt.of(10), OptionalInt.of(4), () -> ratings, changes);
        rateLevelsUpTo(1);
        assertEquals(OptionalInt.of(4), vm.targetLevel());
        assertEquals(4, vm.result().path().orElseThrow().targetLevel());
    }
}
