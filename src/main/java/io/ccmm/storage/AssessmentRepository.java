package io.ccmm.storage;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogBundle;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open assessment file as the rest of the app sees it: organization, rounds, ratings, evidence,
 * improvement actions, audit trail and interchange. {@link AssessmentFile} is the SQLite implementation; the UI's view
 * models take this interface so they can be tested with a fake.
 *
 * <p>Every method that changes something is one durable transaction: when it returns, the change is on disk. A change
 * that cannot be made throws {@link StorageException} and changes nothing.
 */
public interface AssessmentRepository extends AutoCloseable {

    /** The file this repository reads and writes. */
    Path path();

    Access access();

    default boolean isReadOnly() {
        return access() != Access.READ_WRITE;
    }

    /** What to tell the user when the file is read-only (why, and what to do); empty when writable. */
    Optional<String> readOnlyNotice();

    /** The name recorded in the audit trail from now on (an assessor); blank = the operating-system user. */
    void actAs(String name);

    // Organization

    Organization organization() throws StorageException;

    void updateOrganization(Organization organization) throws StorageException;

    // Rounds

    /** All rounds in the order they were created. */
    List<Round> rounds() throws StorageException;

    /** The round with the latest assessment date (creation time when it has none); ties go to the newer round. */
    Optional<Round> latestRound() throws StorageException;

    /** The round with this id; {@link StorageException.Reason#INVALID} when there is none. */
    Round round(long roundId) throws StorageException;

    /** A new draft round rated against {@code catalog} (stored in the file once per distinct content). */
    Round createRound(RoundInfo info, CatalogSnapshot catalog) throws StorageException;

    /** A new draft round rated against the catalog and rules shipped with the app. */
    default Round createRound(RoundInfo info) throws StorageException {
        return createRound(info, CatalogSnapshot.bundled());
    }

    /**
     * A re-assessment: a new draft round with the source's ratings, notes, evidence and unfinished improvement actions,
     * rated against the same catalog. The plan comes along: every finding, the actions not done with their details and
     * links, the planned ratings and the executive summary (see {@code PlanCarry}).
     */
    Round copyRound(long sourceRoundId, RoundInfo info) throws StorageException;

    void updateRound(long roundId, RoundInfo info) throws StorageException;

    /** Freezes ratings, notes, evidence and details of the round. */
    void markFinal(long roundId) throws StorageException;

    /** Makes a final round a draft again; the reason goes into the audit trail. */
    void reopen(long roundId, String reason) throws StorageException;

    // Ratings

    /** The rated (or annotated) items of a round by item id; items not in the map are unrated. */
    Map<Integer, Rating> ratings(long roundId) throws StorageException;

    Rating rating(long roundId, int item) throws StorageException;

    /** Saves one item's rating and note (audited per changed field; undo is the window's command stack). */
    void saveRating(long roundId, Rating rating) throws StorageException;

    default void setC(long roundId, int item, Rate c) throws StorageException {
        saveRating(roundId, rating(roundId, item).withC(c));
    }

    default void setF(long roundId, int item, Rate f) throws StorageException {
        saveRating(roundId, rating(roundId, item).withF(f));
    }

    default void setNote(long roundId, int item, String note) throws StorageException {
        saveRating(roundId, rating(roundId, item).withNote(note));
    }

    // Audit trail

    /** Every change of the round, oldest first. */
    List<AuditEntry> auditTrail(long roundId) throws StorageException;

    /** Every change of one item of the round, oldest first. */
    List<AuditEntry> auditTrail(long roundId, int item) throws StorageException;

    // Evidence

    Evidence attachEvidence(long roundId, int item, Path file) throws StorageException;

    Evidence attachEvidence(long roundId, int item, String name, String mediaType, InputStream content)
            throws StorageException;

    List<Evidence> evidence(long roundId) throws StorageException;

    List<Evidence> evidence(long roundId, int item) throws StorageException;

    byte[] evidenceContent(long evidenceId) throws StorageException;

    /** Writes the attachment to {@code target} (replacing it; never a half-written file). */
    void saveEvidenceTo(long evidenceId, Path target) throws StorageException;

    void removeEvidence(long evidenceId) throws StorageException;

    // Improvement actions (editable on final rounds too: they are worked on after the assessment)

    List<ImprovementAction> actions(long roundId) throws StorageException;

    ImprovementAction addAction(ImprovementAction action) throws StorageException;

    void updateAction(ImprovementAction action) throws StorageException;

    void removeAction(long actionId) throws StorageException;

    // Catalog and interchange

    /** The catalog and rules files the round was rated against, as stored. */
    CatalogSnapshot catalogSnapshotOf(long roundId) throws StorageException;

    /** The catalog and rules the round was rated against, parsed: score the round with these. */
    CatalogBundle catalogBundleOf(long roundId) throws StorageException;

    /** The round as interchange data (FORMATS.md), pinned to the sha256 of its catalog. */
    Assessment exportRound(long roundId) throws StorageException;

    /**
     * Adds the assessment as a new draft round rated against {@code catalog}; all or nothing. The organization of an
     * empty file is taken from the assessment; another organization's assessment is refused.
     */
    Round importRound(Assessment assessment, CatalogSnapshot catalog) throws StorageException;

    /** Writes a complete, consistent copy of the file to {@code target} while it stays open. */
    void saveCopy(Path target) throws StorageException;

    /** Closes the file; after a clean close the file alone holds everything (no journal beside it). */
    @Override
    void close() throws StorageException;

    // Team assessments (FORMATS.md "Team assessments"); a repository without them has none of each.

    /** The field copy header when this file is a field copy. */
    default Optional<FieldCopyHeader> fieldCopyHeader() throws StorageException {
        return Optional.empty();
    }

    /** Each merged copy's changes of the round's items. */
    default List<Contribution> contributions(long roundId) throws StorageException {
        return List.of();
    }

    /** The round's conflicts between merged copies, open and resolved. */
    default List<Conflict> conflicts(long roundId) throws StorageException {
        return List.of();
    }

    /** Notes of the round's items kept per author. */
    default List<AuthorNote> authorNotes(long roundId) throws StorageException {
        return List.of();
    }

    /** Resolves an open conflict with {@code value}; {@code how} (which pick, or the consensus note) is audited. */
    default void resolveConflict(long roundId, int item, Rating value, String how) throws StorageException {
        throw StorageException.of(StorageException.Reason.NO_SUCH_CONFLICT, item);
    }

    default void flagForReview(long roundId, int item, String comment) throws StorageException {
        throw new StorageException(StorageException.Reason.READ_ONLY, "review flags are not supported here");
    }

    default void markReviewed(long roundId, int item) throws StorageException {
        throw new StorageException(StorageException.Reason.READ_ONLY, "review flags are not supported here");
    }

    default List<ReviewFlag> reviewFlags(long roundId) throws StorageException {
        return List.of();
    }

    default void signOff(long roundId, String reviewer, String date, String statement) throws StorageException {
        throw new StorageException(StorageException.Reason.READ_ONLY, "sign-off is not supported here");
    }

    default Optional<SignOff> signOffOf(long roundId) throws StorageException {
        return Optional.empty();
    }

    // Plan

    /** The plan kept with the rounds (findings, action plan, what-if, summary, branding), where the file has one. */
    default Optional<PlanRepository> plan() {
        return this instanceof PlanRepository p ? Optional.of(p) : Optional.empty();
    }
}
