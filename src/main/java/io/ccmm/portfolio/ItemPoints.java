package io.ccmm.portfolio;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The item points (C + F, 0–20) of a site's latest round, for comparing sites item by item. */
public final class ItemPoints {

    private ItemPoints() {}

    /** From the round {@code roundUid} of {@code file} (read-only); not-applicable and unrated items are left out. */
    public static Map<Integer, Integer> ofFile(Path file, String roundUid) throws StorageException {
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            for (Round r : f.rounds()) {
                if (r.uid().equals(roundUid)) {
                    return of(f.ratings(r.id()));
                }
            }
            return Map.of();
        }
    }

    public static Map<Integer, Integer> of(Map<Integer, Rating> ratings) {
        Map<Integer, Integer> points = new TreeMap<>();
        for (Rating r : ratings.values()) {
            if (!r.notApplicable() && (r.c().isRated() || r.f().isRated())) {
                points.put(r.item(), r.c().points() + r.f().points());
            }
        }
        return points;
    }
}
