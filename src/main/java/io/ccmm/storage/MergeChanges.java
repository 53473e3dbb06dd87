package io.ccmm.storage;

import java.util.List;

/**
 * Everything one merge of field copies changes in a master's round, applied in one transaction or not at all
 * ({@link AssessmentFile#applyMerge}). Each origin names where a piece came from (copy identity and its id there), so a
 * second merge of the same copy adds nothing twice.
 */
public record MergeChanges(
        List<RatingChange> ratings,
        List<Contribution> contributions,
        List<Conflict> openConflicts,
        List<Integer> settledConflicts,
        List<AuthorNote> notes,
        List<NewEvidence> evidence,
        List<NewAction> actions,
        List<NewAudit> audit) {

    public MergeChanges {
        ratings = List.copyOf(ratings);
        contributions = List.copyOf(contributions);
        openConflicts = List.copyOf(openConflicts);
        settledConflicts = List.copyOf(settledConflicts);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
        audit = List.copyOf(audit);
    }

    /** An item's new rating, taken from the copies of {@code author}. */
    public record RatingChange(io.ccmm.assessment.Rating after, String author) {}

    public record NewEvidence(String origin, int item, String name, byte[] content, String author) {}

    public record NewAction(String origin, int item, String what, String owner, String due, String author) {}

    public record NewAudit(String origin, AuditEntry entry) {}
}
