package io.ccmm.scoring;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A small mutable builder of ratings for tests; {@code null} for an unrated angle. */
final class Ratings {

    private final Map<Integer, Rating> map = new TreeMap<>();

    static Ratings none() {
        return new Ratings();
    }

    Ratings rate(int item, Integer c, Integer f) {
        map.put(item, Rating.of(item, rate(c), rate(f)));
        return this;
    }

    /** Marks an item not applicable, with a justification. */
    Ratings na(int item) {
        map.put(item, Rating.notApplicable(item, "not part of this service"));
        return this;
    }

    /** Rates every catalog item that matches. */
    Ratings rateAll(Catalog catalog, Predicate<AssessmentItem> which, Integer c, Integer f) {
        for (AssessmentItem item : catalog.items()) {
            if (which.test(item)) {
                rate(item.id(), c, f);
            }
        }
        return this;
    }

    Map<Integer, Rating> map() {
        return Map.copyOf(map);
    }

    static Rate rate(Integer points) {
        return points == null ? Rate.UNRATED : Rate.ofPoints(points).orElseThrow();
    }
}
