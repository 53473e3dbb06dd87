package io.ccmm.portfolio;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;

/**
 * How many items of a round hold unresolved conflicts between assessors (merged field copies that disagree). {@link
 * #OPEN} reads them from the file; {@link #NONE} counts 0 where the count does not matter (benchmarks).
 */
@FunctionalInterface
public interface ConflictCount {

    ConflictCount NONE = (file, roundId) -> 0;

    /** The round's conflicts that nobody has resolved yet. */
    ConflictCount OPEN = (file, roundId) ->
            (int) file.conflicts(roundId).stream().filter(c -> !c.resolved()).count();

    int of(AssessmentFile file, long roundId) throws StorageException;
}
