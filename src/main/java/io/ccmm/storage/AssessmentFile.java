package io.ccmm.storage;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.storage.StorageException.Reason;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code .ccmm} assessment file: one SQLite database per organization (schema in {@link Schema}).
 *
 * <p><b>Durability.</b> While a file is open for writing it runs in WAL mode with {@code synchronous=FULL}: every
 * commit appends to the write-ahead log and fsyncs it before {@code commit()} returns, so each change is durable across
 * a crash or power loss when the call returns: one sync per commit, where the rollback journal needs two (BENCHMARKS.md).
 * {@code synchronous=NORMAL} would skip the sync and may lose the last changes on power loss, which users must never
 * see. {@code fullfsync} makes macOS flush the drive cache as well. The switch to WAL happens on the first change, so a file that is only read
 * stays byte-for-byte as it was. On a clean close the log is checkpointed into the file and the journal mode switched
 * back to DELETE, so the {@code .ccmm} alone holds everything and can be copied or mailed.
 *
 * <p><b>One writer.</b> The file is opened with {@code locking_mode=EXCLUSIVE} and the lock is taken at once; any other
 * connection, in this process or another, then gets {@code SQLITE_BUSY}, reported as {@link Reason#LOCKED}. The lock is
 * an operating-system file lock, released when the holder closes the file or dies. Exclusive mode also keeps WAL from
 * using a shared-memory {@code -shm} file.
 *
 * <p><b>Refusals.</b> Before SQLite touches a file, its header is read with plain file I/O: not SQLite, another
 * application's database ({@code application_id}) and a newer schema ({@code user_version}) are refused without any
 * change. Then the schema and the pages are checked (what when: {@link FileOpening}); a damaged file is refused. A file
 * whose location cannot be written opens read-only and says so ({@link #readOnlyNotice()}).
 *
 * <p>This class is the facade: each concern has its class ({@link FileSession} the connection and transactions, {@link
 * FileOpening} opening, checks and migration, {@link Rounds}, {@link Ratings}, {@link AuditTrail}, {@link
 * EvidenceStore}, {@link Actions}, {@link CatalogSnapshots}, {@link Organizations}, {@link Interchange}, {@link Copies}),
 * all queries through {@link Sql}. Its methods are synchronized: one file, one connection, calls from any thread; only
 * {@link #saveCopy} does not hold the file while it copies.
 */
public final class AssessmentFile implements AssessmentRepository, PlanRepository {

    private final FileSession session;
    private final AuditTrail auditTrail;
    private final Organizations organizations;
    private final CatalogSnapshots snapshots;
    private final Rounds roundTable;
    private final Ratings ratingTable;
    private final EvidenceStore evidenceStore;
    private final Actions actionTable;
    private final Interchange interchange;
    private final Copies copies;
    private final TeamRecords team;
    private final PlanRecords plan;

    AssessmentFile(FileSession session) {
        this.session = session;
        this.auditTrail = new AuditTrail(session.sql(), session::who);
        this.organizations = new Organizations(session, auditTrail);
        this.snapshots = new CatalogSnapshots(session);
        this.roundTable = new Rounds(session, auditTrail, snapshots);
        this.ratingTable = new Ratings(session, auditTrail, roundTable);
        this.evidenceStore = new EvidenceStore(session, auditTrail, roundTable);
        this.actionTable = new Actions(session, auditTrail, roundTable);
        this.interchange = new Interchange(session, organizations, roundTable, ratingTable, snapshots, auditTrail);
        this.copies = new Copies(session, this);
        this.team = new TeamRecords(session, auditTrail, roundTable, ratingTable, actionTable);
        this.plan = new PlanRecords(session, auditTrail, roundTable, actionTable);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Opening, creating, closing (see FileOpening)

    public static AssessmentFile open(Path file, OpenMode mode) throws StorageException {
        return open(file, mode, StorageOptions.defaults());
    }

    /**
     * Loads the native code that opening a file needs, ahead of the first open: SQLite's library (from the app's
     * cache folder, see {@code NativeLibrary}). Loading a native library waits while any other thread of the process
     * loads one, so the window's start calls this before JavaFX loads GTK's and its renderer's dozens of libraries,
     * instead of waiting for them at the open. Failures are left to the open, which meets and reports them itself.
     */
    public static void loadNativeCode() {
        NativeLibrary.load();
    }

    /**
     * Opens an existing file. A file in a read-only location opens read-only ({@link #access()}); one open elsewhere
     * is refused with {@link Reason#LOCKED} (offer {@link #openReadOnlyCopy}); an older schema is migrated after a
     * backup copy is written beside the file.
     */
    public static AssessmentFile open(Path file, OpenMode mode, StorageOptions options) throws StorageException {
        return FileOpening.open(file, mode, options);
    }

    /**
     * Opens a private, read-only copy of a file that is open elsewhere (or that must not be touched): the file and its
     * write-ahead log are copied to a temporary folder, which is deleted again on {@link #close()}.
     */
    public static AssessmentFile openReadOnlyCopy(Path file) throws StorageException {
        return openReadOnlyCopy(file, StorageOptions.defaults());
    }

    public static AssessmentFile openReadOnlyCopy(Path file, StorageOptions options) throws StorageException {
        Path path = file.toAbsolutePath().normalize();
        FileAccess.checkHeader(path, options);
        return FileOpening.openPrivateCopy(path, Access.READ_ONLY_COPY, options);
    }

    /**
     * Opens a file to read it, e.g. to score or report it from the command line: read-only, and when the file is open
     * for writing elsewhere, a read-only copy of what has been saved so far.
     */
    public static AssessmentFile openForReading(Path file) throws StorageException {
        return FileOpening.openForReading(file);
    }

    public static AssessmentFile create(Path file, Organization organization) throws StorageException {
        return create(file, organization, StorageOptions.defaults());
    }

    /**
     * Creates a new file for {@code organization} and opens it for writing. The file is built beside the target under a
     * temporary name and moved into place, so it appears whole or not at all (see {@link NewFile}).
     */
    public static AssessmentFile create(Path file, Organization organization, StorageOptions options)
            throws StorageException {
        Path path = NewFile.create(file, organization, options, building -> null);
        return open(path, OpenMode.READ_WRITE, options);
    }

    /** The round an import added, and whether the file was created for it. */
    public record Imported(Round round, boolean created) {}

    /**
     * Adds {@code assessment} as a new round to {@code file}, creating the file when it does not exist; all or nothing.
     * A new file is built with the round in it under a temporary name and moved into place, so a failed or killed
     * import never leaves an empty file or a log beside it. When another process creates the same file meanwhile, the
     * round is added to that file, waiting for it while the other process holds it.
     */
    public static Imported importInto(Path file, Assessment assessment, CatalogSnapshot snapshot)
            throws StorageException {
        return importInto(file, assessment, snapshot, StorageOptions.defaults());
    }

    public static Imported importInto(
            Path file, Assessment assessment, CatalogSnapshot snapshot, StorageOptions options)
            throws StorageException {
        return FileOpening.importInto(file, assessment, snapshot, options);
    }

    @Override
    public synchronized void close() throws StorageException {
        session.close();
    }

    /**
     * The full check of the file's structure ({@code integrity_check}) and its references ({@code
     * foreign_key_check}); refused as {@link Reason#DAMAGED}. Runs before a round is marked final and on every copy
     * saved; the window may run it on demand.
     */
    public synchronized void checkIntegrity() throws StorageException {
        session.read(() -> {
            FileOpening.checkIntegrity(session.connection(), session.path());
            return null;
        });
    }

    /** Lets the database grow by at most {@code pages} more pages: a full disk as SQLite sees it, for tests. */
    synchronized void limitGrowthForTest(int pages) throws StorageException {
        session.limitGrowth(pages);
    }

    /** The schema version of the open file. */
    public synchronized int schemaVersion() throws StorageException {
        return session.schemaVersion();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // State

    @Override
    public Path path() {
        return session.path();
    }

    @Override
    public Access access() {
        return session.access();
    }

    @Override
    public Optional<String> readOnlyNotice() {
        return session.readOnlyNotice();
    }

    @Override
    public synchronized void actAs(String name) {
        session.actAs(name);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organization

    @Override
    public synchronized Organization organization() throws StorageException {
        return organizations.get();
    }

    @Override
    public synchronized void updateOrganization(Organization organization) throws StorageException {
        organizations.update(organization);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rounds

    @Override
    public synchronized List<Round> rounds() throws StorageException {
        return session.read(roundTable::all);
    }

    @Override
    public synchronized Optional<Round> latestRound() throws StorageException {
        return session.read(roundTable::latest);
    }

    @Override
    public synchronized Round round(long roundId) throws StorageException {
        return roundTable.get(roundId);
    }

    @Override
    public synchronized Round createRound(RoundInfo info, CatalogSnapshot catalog) throws StorageException {
        return roundTable.create(info, catalog);
    }

    @Override
    public synchronized Round copyRound(long sourceRoundId, RoundInfo info) throws StorageException {
        return roundTable.copy(sourceRoundId, info, (from, to, now) -> {
            ratingTable.copy(from, to, now);
            evidenceStore.copy(from, to);
            // The actions not done, with the rest of the plan (findings, planned ratings, summary): see PlanCarry.
            new PlanCarry(session.sql()).copy(from, to, now);
        });
    }

    @Override
    public synchronized void updateRound(long roundId, RoundInfo info) throws StorageException {
        roundTable.update(roundId, info);
    }

    @Override
    public synchronized void markFinal(long roundId) throws StorageException {
        team.requireReady(roundId);
        roundTable.markFinal(roundId);
    }

    @Override
    public synchronized void reopen(long roundId, String reason) throws StorageException {
        roundTable.reopen(roundId, reason);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Ratings

    @Override
    public synchronized Map<Integer, Rating> ratings(long roundId) throws StorageException {
        return ratingTable.get(roundId);
    }

    @Override
    public synchronized Rating rating(long roundId, int item) throws StorageException {
        return ratingTable.get(roundId, item);
    }

    @Override
    public synchronized void saveRating(long roundId, Rating rating) throws StorageException {
        team.requireInScope(rating.item());
        ratingTable.save(roundId, rating);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Audit trail

    @Override
    public synchronized List<AuditEntry> auditTrail(long roundId) throws StorageException {
        return session.read(() -> auditTrail.ofRound(roundId));
    }

    @Override
    public synchronized List<AuditEntry> auditTrail(long roundId, int item) throws StorageException {
        return session.read(() -> auditTrail.ofItem(roundId, item));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Evidence

    @Override
    public synchronized Evidence attachEvidence(long roundId, int item, Path file) throws StorageException {
        return evidenceStore.attach(roundId, item, file);
    }

    /**
     * Attaches {@code content} to an item. The name is stored as {@link io.ccmm.evidence.EvidenceName#safe} makes it
     * and the media type is what the content shows, whatever {@code mediaType} claims; the size and the number of
     * attachments per item and per round are held to {@link io.ccmm.evidence.EvidenceLimits} in the same transaction.
     */
    @Override
    public synchronized Evidence attachEvidence(
            long roundId, int item, String name, String mediaType, InputStream content) throws StorageException {
        return evidenceStore.attach(roundId, item, name, content);
    }

    @Override
    public synchronized List<Evidence> evidence(long roundId) throws StorageException {
        return session.read(() -> evidenceStore.ofRound(roundId));
    }

    @Override
    public synchronized List<Evidence> evidence(long roundId, int item) throws StorageException {
        return session.read(() -> evidenceStore.ofItem(roundId, item));
    }

    @Override
    public synchronized byte[] evidenceContent(long evidenceId) throws StorageException {
        return evidenceStore.contentOf(evidenceId);
    }

    @Override
    public synchronized void saveEvidenceTo(long evidenceId, Path target) throws StorageException {
        evidenceStore.saveTo(evidenceId, target);
    }

    @Override
    public synchronized void removeEvidence(long evidenceId) throws StorageException {
        evidenceStore.remove(evidenceId);
    }

    /** How many distinct attachment contents the file stores (each once, however often attached). */
    public synchronized int storedContents() throws StorageException {
        return session.read(evidenceStore::storedContents);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Improvement actions

    @Override
    public synchronized List<ImprovementAction> actions(long roundId) throws StorageException {
        return actionTable.get(roundId);
    }

    @Override
    public synchronized ImprovementAction addAction(ImprovementAction action) throws StorageException {
        return actionTable.add(action);
    }

    @Override
    public synchronized void updateAction(ImprovementAction action) throws StorageException {
        actionTable.update(action);
    }

    @Override
    public synchronized void removeAction(long actionId) throws StorageException {
        actionTable.remove(actionId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Catalog snapshots, interchange and copies

    @Override
    public synchronized CatalogSnapshot catalogSnapshotOf(long roundId) throws StorageException {
        return snapshots.of(roundTable.get(roundId));
    }

    @Override
    public synchronized CatalogBundle catalogBundleOf(long roundId) throws StorageException {
        return snapshots.bundleOf(roundTable.get(roundId));
    }

    @Override
    public synchronized Assessment exportRound(long roundId) throws StorageException {
        return interchange.export(roundId);
    }

    @Override
    public synchronized Round importRound(Assessment assessment, CatalogSnapshot snapshot) throws StorageException {
        return interchange.importRound(assessment, snapshot);
    }

    /**
     * Saves a compact copy of the file as it is now, after the full integrity check of that state. The file is not
     * held meanwhile: saves from other threads go on while a large file is copied (see {@link Copies}).
     */
    @Override
    public void saveCopy(Path target) throws StorageException {
        copies.save(target);
    }

    /**
     * A read-only copy of the file as it is now, with its own connection, for long reads such as a report of a large
     * round: saves go on meanwhile. Close it when done (its temporary folder goes with it).
     */
    public AssessmentFile openSnapshot() throws StorageException {
        return copies.openSnapshot();
    }

    /** Lets a test hold a copy at the point where its snapshot is taken. */
    void pauseCopiesForTest(Copies.Pause pause) {
        copies.pauseForTest(pause);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Team assessments: field copies, merge, conflicts, review and sign-off (see TeamRecords)

    /** The file's own identity (a field copy has its own; its header names the master's). */
    public synchronized String fileUid() throws StorageException {
        return team.fileUid();
    }

    @Override
    public synchronized Optional<FieldCopyHeader> fieldCopyHeader() throws StorageException {
        return team.header();
    }

    /** A field copy's items as they were handed out (value and note); items not in the map were unrated. */
    public synchronized Map<Integer, Rating> fieldCopyBase() throws StorageException {
        return team.base();
    }

    /** Turns this file (a fresh copy of the master) into the field copy {@code header} of round {@code roundId}. */
    public synchronized void makeFieldCopy(long roundId, FieldCopyHeader header) throws StorageException {
        team.makeFieldCopy(roundId, header);
    }

    /** Records in the master that a field copy of the round was handed out. */
    public synchronized void recordHandout(long roundId, String copyUid, String assessor, String scope)
            throws StorageException {
        team.recordHandout(roundId, copyUid, assessor, scope);
    }

    @Override
    public synchronized List<Contribution> contributions(long roundId) throws StorageException {
        return team.contributions(roundId);
    }

    @Override
    public synchronized List<Conflict> conflicts(long roundId) throws StorageException {
        return team.conflicts(roundId);
    }

    @Override
    public synchronized List<AuthorNote> authorNotes(long roundId) throws StorageException {
        return team.authorNotes(roundId);
    }

    /** The origins of what merges already brought into the round ({@code evidence}, {@code action} or {@code audit}). */
    public synchronized Set<String> mergedOrigins(long roundId, String kind) throws StorageException {
        return team.mergedOrigins(roundId, kind);
    }

    /** Applies one merge of field copies to the round: everything in one transaction, or nothing. */
    public synchronized void applyMerge(long roundId, MergeChanges changes) throws StorageException {
        team.applyMerge(roundId, changes);
    }

    @Override
    public synchronized void resolveConflict(long roundId, int item, Rating value, String how) throws StorageException {
        team.resolveConflict(roundId, item, value, how);
    }

    @Override
    public synchronized void flagForReview(long roundId, int item, String comment) throws StorageException {
        team.flagForReview(roundId, item, comment);
    }

    @Override
    public synchronized void markReviewed(long roundId, int item) throws StorageException {
        team.markReviewed(roundId, item);
    }

    @Override
    public synchronized List<ReviewFlag> reviewFlags(long roundId) throws StorageException {
        return team.reviewFlags(roundId);
    }

    /** Records the round's sign-off (reviewer, date yyyy-MM-dd, statement) in the file and its audit trail. */
    @Override
    public synchronized void signOff(long roundId, String reviewer, String date, String statement)
            throws StorageException {
        team.signOff(roundId, reviewer, date, statement);
    }

    @Override
    public synchronized Optional<SignOff> signOffOf(long roundId) throws StorageException {
        return team.signOffOf(roundId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plan: findings, action plan, planned ratings, executive summary, branding (see PlanRecords)

    @Override
    public synchronized List<Finding> findings(long roundId) throws StorageException {
        return plan.findings(roundId);
    }

    @Override
    public synchronized Finding addFinding(Finding finding) throws StorageException {
        return plan.addFinding(finding);
    }

    @Override
    public synchronized void updateFinding(Finding finding) throws StorageException {
        plan.updateFinding(finding);
    }

    @Override
    public synchronized void removeFinding(long findingId) throws StorageException {
        plan.removeFinding(findingId);
    }

    @Override
    public synchronized List<PlanAction> planActions(long roundId) throws StorageException {
        return plan.planActions(roundId);
    }

    @Override
    public synchronized PlanAction addPlanAction(PlanAction action) throws StorageException {
        return plan.addPlanAction(action);
    }

    @Override
    public synchronized void updatePlanAction(PlanAction action) throws StorageException {
        plan.updatePlanAction(action);
    }

    @Override
    public synchronized void removePlanAction(long actionId) throws StorageException {
        plan.removePlanAction(actionId);
    }

    @Override
    public synchronized Map<Integer, PlannedRating> plannedRatings(long roundId) throws StorageException {
        return plan.plannedRatings(roundId);
    }

    @Override
    public synchronized void setPlannedRating(
            long roundId, int item, io.ccmm.assessment.Rate c, io.ccmm.assessment.Rate f) throws StorageException {
        plan.setPlannedRating(roundId, item, c, f);
    }

    @Override
    public synchronized void clearPlannedRatings(long roundId) throws StorageException {
        plan.clearPlannedRatings(roundId);
    }

    @Override
    public synchronized String executiveSummary(long roundId) throws StorageException {
        return plan.executiveSummary(roundId);
    }

    @Override
    public synchronized void saveExecutiveSummary(long roundId, String text) throws StorageException {
        plan.saveExecutiveSummary(roundId, text);
    }

    @Override
    public synchronized Branding branding() throws StorageException {
        return plan.branding();
    }

    @Override
    public synchronized void saveBranding(Branding branding) throws StorageException {
        plan.saveBranding(branding);
    }

    // ---- team assessments: merged evidence is held to the limits of attaching

    /** The largest attachment this file accepts (its options' limit, never above the app's). */
    public long maxAttachmentBytes() {
        return Math.min(session.options().maxAttachmentBytes(), io.ccmm.evidence.EvidenceLimits.MAX_ATTACHMENT_BYTES);
    }

    // ---- questionnaires: a questionnaire handed out is an event of the round's audit trail (field
    // "questionnaire.handout", new value "questionnaire:<uid> <assessor> [<scope>]")

    /** Records in the round's audit trail that questionnaire {@code value} was handed out (now, by this file's user). */
    public synchronized void recordQuestionnaireHandout(long roundId, String value) throws StorageException {
        roundTable.requireDraft(roundId);
        session.write(() -> {
            auditTrail.record(session.now(), roundId, null, "questionnaire.handout", "", value);
            return null;
        });
    }

    // ---- the round's assessors and the items assigned to them (its field copies handed out)

    /** Each assessor a field copy of round {@code roundId} was handed out to, with the scope of their latest copy. */
    public synchronized List<AssignedScope> assignedScopes(long roundId) throws StorageException {
        return team.assignedScopes(roundId);
    }

    // ---- several planned ratings in one transaction (the what-if kept in the plan)

    @Override
    public synchronized void setPlannedRatings(long roundId, List<PlannedRating> ratings) throws StorageException {
        plan.setPlannedRatings(roundId, ratings);
    }
}
