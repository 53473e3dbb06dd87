package io.ccmm.assessment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One assessment round as it travels between machines (FORMATS.md interchange JSON): organization, round details and
 * the ratings. Items without a rating are unrated.
 *
 * @param uid the round's identity ({@code assessment.uid}, a UUID in its canonical text), "" when it has none: two
 *     assessments with the same uid are versions of the same round
 */
public record Assessment(
        CatalogRef catalog, Organization organization, RoundInfo round, List<Rating> ratings, String uid) {

    public Assessment {
        ratings = ratings == null
                ? List.of()
                : ratings.stream().sorted(Comparator.comparingInt(Rating::item)).toList();
        uid = uid == null ? "" : uid;
    }

    /** An assessment without a round identity. */
    public Assessment(CatalogRef catalog, Organization organization, RoundInfo round, List<Rating> ratings) {
        this(catalog, organization, round, ratings, "");
    }

    /** The same assessment with the round identity {@code newUid}. */
    public Assessment withUid(String newUid) {
        return new Assessment(catalog, organization, round, ratings, newUid);
    }

    /** Ratings by item id, in id order. */
    public Map<Integer, Rating> ratingsByItem() {
        Map<Integer, Rating> map = new LinkedHashMap<>();
        ratings.forEach(r -> map.put(r.item(), r));
        return map;
    }
}
