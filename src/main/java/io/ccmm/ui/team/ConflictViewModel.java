package io.ccmm.ui.team;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.AssessmentRepository;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.ItemValue;
import io.ccmm.storage.StorageException;
import java.util.List;

/**
 * The open conflicts of a round and, per item, each assessor's value, note and evidence; resolving one (pick an
 * assessor's value, or a consensus value with a note) goes to the repository, which audits it.
 */
public final class ConflictViewModel {

    private final AssessmentRepository repository;
    private final long roundId;

    public ConflictViewModel(AssessmentRepository repository, long roundId) {
        this.repository = repository;
        this.roundId = roundId;
    }

    /** Items with an open conflict, in item order. */
    public List<Conflict> open() throws StorageException {
        return repository.conflicts(roundId).stream().filter(c -> !c.resolved()).toList();
    }

    /** Each assessor's contribution to {@code item}, sorted by assessor. */
    public List<Contribution> sides(int item) throws StorageException {
        return repository.contributions(roundId).stream()
                .filter(c -> c.item() == item)
                .sorted(java.util.Comparator.comparing(Contribution::assessor))
                .toList();
    }

    /** Takes {@code side}'s value for its item. */
    public void pick(Contribution side) throws StorageException {
        Rating current = repository.rating(roundId, side.item());
        repository.resolveConflict(
                roundId,
                side.item(),
                side.value().applyTo(current, side.justification()),
                "pick " + side.assessor() + " " + side.value().text());
    }

    /** Sets a consensus value for {@code item}, with the note that explains it. */
    public void consensus(int item, ItemValue value, String justification, String note) throws StorageException {
        Rating current = repository.rating(roundId, item);
        repository.resolveConflict(
                roundId,
                item,
                value.applyTo(current, justification),
                "consensus " + value.text() + (note.isBlank() ? "" : ": " + note.strip()));
    }
}
