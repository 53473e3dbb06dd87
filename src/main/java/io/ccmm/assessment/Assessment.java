package io.ccmm.assessment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One assessment round as it travels between machines (FORMATS.md interchange JSON): organization, round details and
 * the ratings. Items without a rating are unrated.
 */
public record Assessment(CatalogRef catalog, Organization organization, RoundInfo round, List<Rating> ratings) {

    public Assessment {
        ratings = ratings == null
                ? List.of()
                : ratings.stream().sorted(Comparator.comparingInt(Rating::item)).toList();
    }

    /** Ratings by item id, in id order. */
    public Map<Integer, Rating> ratingsByItem() {
        Map<Integer, Rating> map = new LinkedHashMap<>();
        ratings.forEach(r -> map.put(r.item(), r));
        return map;
    }
}
