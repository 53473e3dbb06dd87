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
 * One open assessment file as the rest of the app sees it: organization, rounds, ratings with undo/redo, evidence,
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
     * rated against the same catalog.
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

    /** Saves one item's rating and note (undoable, audited per changed field). */
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

    boolean canUndo(long roundId);

    boolean canRedo(long roundId);

    /** Takes back the last rating or note change of the round; returns the item's rating as it is now. */
    Optional<Rating> undo(long roundId) throws StorageException;

    /** Applies again the last change taken back; returns the item's rating as it is now. */
    Optional<Rating> redo(long roundId) throws StorageException;

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

    // Plan

    /** The plan kept with the rounds (findings, action plan, what-if, summary, branding), where the file has one. */
    default Optional<PlanRepository> plan() {
        return this instanceof PlanRepository p ? Optional.of(p) : Optional.empty();
    }
}
