package io.ccmm.portfolio;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;

/**
 * How many items of a round hold unresolved conflicts between assessors. The portfolio itself does not know about
 * merges; the team-assessment part of the app supplies the real count here. {@link #NONE} counts 0.
 */
@FunctionalInterface
public interface ConflictCount {

    ConflictCount NONE = (file, roundId) -> 0;

    int of(AssessmentFile file, long roundId) throws StorageException;
}
