package io.ccmm.ui.workspace;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.FieldCopyHeader;
import io.ccmm.storage.ReviewFlag;
import io.ccmm.storage.StorageException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What team assessment marks on the items of a round: the field copy's assessor and scope (items outside it are shown
 * read-only), the items with open conflicts, and the items flagged for review (and of those, the ones not yet reviewed).
 */
public record TeamMarks(
        Optional<FieldCopyHeader> fieldCopy, Set<Integer> conflicts, Set<Integer> flagged, Set<Integer> unreviewed) {

    /** A file of one rater: every item in scope, nothing marked. */
    public static final TeamMarks NONE = new TeamMarks(Optional.empty(), Set.of(), Set.of(), Set.of());

    public TeamMarks {
        conflicts = Set.copyOf(conflicts);
        flagged = Set.copyOf(flagged);
        unreviewed = Set.copyOf(unreviewed);
    }

    /** The marks of round {@code roundId} of {@code file}. */
    public static TeamMarks read(AssessmentFile file, long roundId) throws StorageException {
        Set<Integer> open = file.conflicts(roundId).stream()
                .filter(c -> !c.resolved())
                .map(Conflict::item)
                .collect(Collectors.toSet());
        var flags = file.reviewFlags(roundId);
        return new TeamMarks(
                file.fieldCopyHeader(),
                open,
                flags.stream().map(ReviewFlag::item).collect(Collectors.toSet()),
                flags.stream().filter(f -> !f.reviewed()).map(ReviewFlag::item).collect(Collectors.toSet()));
    }

    /** Whether {@code item} may be changed here: in a field copy, only the items of the assessor's scope. */
    public boolean inScope(int item) {
        return fieldCopy.map(h -> h.inScope(item)).orElse(true);
    }

    public boolean conflict(int item) {
        return conflicts.contains(item);
    }
}
