package io.ccmm.team;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The master's round as a merge sees it: ratings, what earlier merges left, evidence, actions and audit trail. */
public record MasterState(
        Map<Integer, Rating> ratings,
        List<Contribution> contributions,
        List<Conflict> conflicts,
        List<AuthorNote> notes,
        List<Evidence> evidence,
        Set<String> mergedActions,
        List<ImprovementAction> actions,
        List<AuditEntry> audit) {

    public MasterState {
        ratings = Map.copyOf(ratings);
        contributions = List.copyOf(contributions);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
        mergedActions = Set.copyOf(mergedActions);
        actions = List.copyOf(actions);
        audit = List.copyOf(audit);
    }

    public Rating rating(int item) {
        return ratings.getOrDefault(item, Rating.unrated(item));
    }

    /** What round {@code roundId} of {@code master} holds now, as the merge rules need it. */
    public static MasterState of(io.ccmm.storage.AssessmentFile master, long roundId)
            throws io.ccmm.storage.StorageException {
        return new MasterState(
                master.ratings(roundId),
                master.contributions(roundId),
                master.conflicts(roundId),
                master.authorNotes(roundId),
                master.evidence(roundId),
                master.mergedOrigins(roundId, "action"),
                master.actions(roundId),
                master.auditTrail(roundId));
    }
}
