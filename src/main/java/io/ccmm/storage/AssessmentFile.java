package io.ccmm.storage;

import static io.ccmm.storage.FileAccess.*;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.evidence.EvidenceName;
import io.ccmm.evidence.EvidenceType;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A {@code .ccmm} assessment file: one SQLite database per organization (schema in {@link Schema}).
 *
 * <p><b>Durability.</b> While a file is open for writing it runs in WAL mode with {@code synchronous=FULL}: every
 * commit appends to the write-ahead log and fsyncs it before {@code commit()} returns, so each change is durable across
 * a crash or power loss when the call returns. That is one sync per commit; the rollback journal with FULL, equally
 * durable, needs at least two (the journal, then the database file): 0.4 against 1.1 ms per commit measured on this
 * machine, 0.18 against 0.47 ms in BENCHMARKS.md. {@code synchronous=NORMAL} in WAL mode skips the sync at commit and
 * may lose the last changes on power loss, which is the one thing users must never see. {@code fullfsync}
 * makes macOS flush the drive cache as well. The switch to WAL happens on the first change, so a file that is only read
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
 * change. Then {@code PRAGMA integrity_check} runs; a damaged file is refused. A file whose location cannot be written
 * opens read-only and says so ({@link #readOnlyNotice()}).
 *
 * <p><b>Audit fields.</b> {@code c}, {@code f}, {@code note}, {@code notApplicable}, {@code justification}; {@code round.created}, {@code round.title}, {@code
 * round.date}, {@code round.assessors}, {@code round.targetLevel}, {@code round.status}, {@code round.reopenReason},
 * {@code round.imported}; {@code evidence}; {@code action.added}, {@code action.what}, {@code action.owner}, {@code
 * action.due}, {@code action.status}, {@code action.removed}; {@code organization.name}, {@code organization.site},
 * {@code organization.industry}, {@code organization.yearsInOperation}.
 *
 * <p>All methods are synchronized: one file, one connection, calls from any thread.
 */
public final class AssessmentFile implements AssessmentRepository, PlanRepository {

    /** How long an import waits for a file another process holds (e.g. creating it at the same moment). */
    private static final long IMPORT_WAIT_MS = 10_000;

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path path;
    private final Connection connection;
    private final Access access;
    private final StorageOptions options;
    private final Path privateCopyDir;
    private final RatingHistory history = new RatingHistory();
    private final Map<String, CatalogBundle> bundles = new HashMap<>();
    private boolean wal;
    private boolean journalReady;
    /** Whether a {@code -shm} file was beside the file before this reader opened it. */
    private boolean sharedMemoryExisted = true;

    private boolean closed;
    private String actor = "";
    private final Sql sql;
    private final AuditTrail auditTrail;
    private final Ratings ratingTable;
    private final EvidenceStore evidenceStore;
    private final Actions actionTable;
    private final Rounds roundTable;
    private final CatalogSnapshots snapshots;

    private AssessmentFile(
            Path path, Connection connection, Access access, StorageOptions options, Path privateCopyDir, boolean wal) {
        this.path = path;
        this.connection = connection;
        this.access = access;
        this.options = options;
        this.privateCopyDir = privateCopyDir;
        this.wal = wal;
        this.sql = new Sql(connection);
        this.auditTrail = new AuditTrail(sql, this::who);
        this.ratingTable = new Ratings(sql, path, auditTrail);
        this.evidenceStore = new EvidenceStore(sql, auditTrail);
        this.actionTable = new Actions(sql, auditTrail);
        this.roundTable = new Rounds(sql, auditTrail);
        this.snapshots = new CatalogSnapshots(sql);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Opening, creating, closing

    public static AssessmentFile open(Path file, OpenMode mode) throws StorageException {
        return open(file, mode, StorageOptions.defaults());
    }

    /**
     * Opens an existing file. A file in a read-only location opens read-only ({@link #access()}); one open elsewhere
     * is refused with {@link Reason#LOCKED} (offer {@link #openReadOnlyCopy}); an older schema is migrated after a
     * backup copy is written beside the file.
     */
    public static AssessmentFile open(Path file, OpenMode mode, StorageOptions options) throws StorageException {
        Path path = file.toAbsolutePath().normalize();
        FileHeader header = checkHeader(path, options);
        Access access = mode == OpenMode.READ_ONLY
                ? Access.READ_ONLY_REQUESTED
                : (isWritableLocation(path) ? Access.READ_WRITE : Access.READ_ONLY_LOCATION);
        if (access != Access.READ_WRITE && needsPrivateCopy(path, header, options)) {
            return openPrivateCopy(path, access, options);
        }
        boolean sharedMemoryExisted = Files.exists(path.resolveSibling(path.getFileName() + "-shm"));
        Connection c = connect(path, access != Access.READ_WRITE, false);
        if (access == Access.READ_WRITE) {
            try {
                takeWriterLock(c, path);
            } catch (StorageException e) {
                closeQuietly(c);
                if (e.reason() != Reason.READ_ONLY) {
                    throw e;
                }
                // The file system refused to write after all (e.g. a read-only mount): open read-only.
                return needsPrivateCopy(path, header, options)
                        ? openPrivateCopy(path, Access.READ_ONLY_LOCATION, options)
                        : openConnected(path, connect(path, true, false), Access.READ_ONLY_LOCATION, options);
            }
        }
        AssessmentFile opened = openConnected(path, c, access, options);
        opened.sharedMemoryExisted = sharedMemoryExisted;
        return opened;
    }

    /** An older file we may not change: a private copy is brought up to date instead. */
    private static boolean needsPrivateCopy(Path path, FileHeader header, StorageOptions options) {
        return header.userVersion() < options.schemaVersion();
    }

    private static AssessmentFile openConnected(Path path, Connection c, Access access, StorageOptions options)
            throws StorageException {
        try {
            AssessmentFile opened = new AssessmentFile(path, c, access, options, null, false);
            opened.verify();
            if (access == Access.READ_WRITE) {
                opened.migrate(true);
            }
            return opened;
        } catch (StorageException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw map(e, path);
        }
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
        checkHeader(path, options);
        return openPrivateCopy(path, Access.READ_ONLY_COPY, options);
    }

    /**
     * Opens a file to read it, e.g. to score or report it from the command line: read-only, and when the file is open
     * for writing elsewhere, a read-only copy of what has been saved so far.
     */
    public static AssessmentFile openForReading(Path file) throws StorageException {
        try {
            return open(file, OpenMode.READ_ONLY);
        } catch (StorageException e) {
            if (e.reason() != Reason.LOCKED) {
                throw e;
            }
            return openReadOnlyCopy(file);
        }
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
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            try {
                Round[] added = new Round[1];
                NewFile.create(path, assessment.organization(), options, building -> {
                    added[0] = building.importRound(assessment, snapshot);
                    return null;
                });
                return new Imported(added[0], true);
            } catch (StorageException e) {
                if (e.reason() != Reason.ALREADY_EXISTS) {
                    throw e;
                }
                // Another process created it first: import into its file, as into any existing file.
            }
        }
        AssessmentFile existing = openWaiting(path, options);
        try {
            if (existing.isReadOnly()) {
                throw StorageException.of(Reason.READ_ONLY, path);
            }
            Round round = existing.importRound(assessment, snapshot);
            existing.close();
            return new Imported(round, false);
        } catch (StorageException | RuntimeException e) {
            try {
                existing.close();
            } catch (StorageException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Opens for writing, waiting up to {@link #IMPORT_WAIT_MS} while another process holds the file. */
    private static AssessmentFile openWaiting(Path path, StorageOptions options) throws StorageException {
        long end = System.nanoTime() + IMPORT_WAIT_MS * 1_000_000L;
        while (true) {
            try {
                return open(path, OpenMode.READ_WRITE, options);
            } catch (StorageException e) {
                if (e.reason() != Reason.LOCKED || System.nanoTime() > end) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw StorageException.of(Reason.LOCKED, path);
            }
        }
    }

    /** Builds the schema and the organization row into an empty database (the temporary file of a new file). */
    static AssessmentFile initialize(Path tmp, Organization organization, StorageOptions options)
            throws StorageException {
        Connection c = connect(tmp, false, true);
        try {
            try (Statement s = c.createStatement()) {
                // The file shrinks when an attachment is removed (set before anything is written).
                s.execute("PRAGMA auto_vacuum = FULL");
            }
            takeWriterLock(c, tmp);
            c.setAutoCommit(false);
            Schema.createVersion1(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO organization (id, name, site, industry, years_in_operation) VALUES (1, ?, ?, ?, ?)")) {
                bindOrganization(ps, organization);
                ps.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            AssessmentFile building = new AssessmentFile(tmp, c, Access.READ_WRITE, options, null, false);
            building.migrate(false);
            return building;
        } catch (SQLException e) {
            closeQuietly(c);
            throw map(e, tmp);
        } catch (StorageException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public synchronized void close() throws StorageException {
        if (closed) {
            return;
        }
        closed = true;
        sql.closeStatements();
        try {
            if (access == Access.READ_WRITE || privateCopyDir != null) {
                if (wal) {
                    // Put everything into the main file and drop the log: the .ccmm alone is the whole assessment.
                    try (Statement s = connection.createStatement()) {
                        if (Files.exists(logOf(databaseFile()))) {
                            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                        }
                        s.execute("PRAGMA journal_mode=DELETE");
                    }
                }
            }
        } catch (SQLException e) {
            throw map(e, path);
        } finally {
            closeQuietly(connection);
            if (privateCopyDir != null) {
                deleteTree(privateCopyDir);
            } else if (access != Access.READ_WRITE && !sharedMemoryExisted) {
                // A reader of a log left by a crash needs a shared-memory index beside the file, which SQLite leaves
                // there. Writers never use it (exclusive mode), and other readers of the same unchanging log rebuild
                // the same index, so the one this reader made goes with it.
                deleteQuietly(path.resolveSibling(path.getFileName() + "-shm"));
            } else if (access == Access.READ_WRITE) {
                // A reader of the file after a crash may have left a shared-memory index; exclusive mode never uses
                // it and the file is back in rollback mode, so nothing needs it any more.
                deleteQuietly(path.resolveSibling(path.getFileName() + "-shm"));
            }
        }
    }

    /** The database SQLite has open: the file itself, or its private copy. */
    private Path databaseFile() {
        return privateCopyDir == null ? path : privateCopyDir.resolve(path.getFileName());
    }

    /** Checks what the header check could not see (a log not yet in the main file) and the integrity of the file. */
    private void verify() throws SQLException, StorageException {
        try (Statement s = connection.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            if (appId != Schema.APPLICATION_ID) {
                throw StorageException.of(Reason.NOT_OURS, path, String.format(Locale.ROOT, "0x%08X", appId));
            }
            if (version > options.schemaVersion()) {
                throw newerVersion(path, version, options);
            }
            // Before anything else reads the tables: a crafted trigger or view must never run.
            SchemaCheck.verify(connection, path, version, options);
            // The cheap check at open; the full integrity check runs on demand, before marking final and copying.
            if (!check(s, "quick_check")) {
                throw StorageException.of(Reason.DAMAGED, path);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                wal = rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
            }
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA fullfsync=ON");
        }
    }

    /**
     * The full check of the file's structure ({@code integrity_check}) and its references ({@code
     * foreign_key_check}); refused as {@link Reason#DAMAGED}. Runs before a round is marked final and before a copy is
     * saved; the window may run it on demand.
     */
    public synchronized void checkIntegrity() throws StorageException {
        read(() -> {
            try (Statement s = connection.createStatement()) {
                if (!check(s, "integrity_check")) {
                    throw StorageException.of(Reason.DAMAGED, path);
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) {
                        throw StorageException.of(Reason.DAMAGED, path);
                    }
                }
            }
            return null;
        });
    }

    /** Brings the schema up to {@link StorageOptions#schemaVersion()}, writing a backup beside the file first. */
    private void migrate(boolean backupFirst) throws StorageException {
        int version = schemaVersion();
        if (version >= options.schemaVersion()) {
            return;
        }
        Path backup = null;
        if (backupFirst) {
            backup = path.resolveSibling(stem(path) + ".v" + version + "-backup-"
                    + BACKUP_STAMP.format(options.clock().instant()) + ".ccmm");
            saveCopy(backup);
        }
        while (version < options.schemaVersion()) {
            int from = version;
            Migration step = options.migrations().stream()
                    .filter(m -> m.fromVersion() == from)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
            try {
                write(() -> {
                    step.apply(connection);
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA user_version = " + (from + 1));
                    }
                    return null;
                });
            } catch (StorageException e) {
                if (e.reason() == Reason.LOCKED || e.reason() == Reason.DISK_FULL) {
                    throw e;
                }
                throw backup == null
                        ? StorageException.withCause(
                                e, Reason.MIGRATION_FAILED_NO_BACKUP, path, from, from + 1, step.description())
                        : StorageException.withCause(
                                e,
                                Reason.MIGRATION_FAILED,
                                path,
                                from,
                                from + 1,
                                step.description(),
                                backup.toString());
            }
            version = from + 1;
        }
    }

    /**
     * Lets the database grow by at most {@code pages} more pages: a full disk as SQLite sees it, for tests of what a
     * refused change leaves behind.
     */
    synchronized void limitGrowthForTest(int pages) throws StorageException {
        read(() -> {
            try (Statement s = connection.createStatement()) {
                int count = intPragma(s, "page_count");
                s.execute("PRAGMA max_page_count = " + (count + pages));
            }
            return null;
        });
    }

    /** The schema version of the open file. */
    public synchronized int schemaVersion() throws StorageException {
        try (Statement s = connection.createStatement()) {
            return intPragma(s, "user_version");
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    private static AssessmentFile openPrivateCopy(Path path, Access access, StorageOptions options)
            throws StorageException {
        Path dir;
        try {
            dir = Files.createTempDirectory("ccmm-readonly-");
        } catch (IOException e) {
            throw io(e, path);
        }
        try {
            Path copy = dir.resolve(path.getFileName());
            copyWithLog(path, copy);
            Connection c = connect(copy, false, false);
            try {
                takeWriterLock(c, copy);
                AssessmentFile opened = new AssessmentFile(path, c, access, options, dir, false);
                opened.verify();
                opened.migrate(false);
                return opened;
            } catch (SQLException e) {
                closeQuietly(c);
                throw map(e, path);
            } catch (StorageException e) {
                closeQuietly(c);
                throw e;
            }
        } catch (StorageException e) {
            deleteTree(dir);
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // State

    @Override
    public Path path() {
        return path;
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public Optional<String> readOnlyNotice() {
        String name = "“" + StorageException.fileName(path) + "”";
        return switch (access) {
            case READ_WRITE -> Optional.empty();
            case READ_ONLY_REQUESTED -> Optional.of(name + " is open read-only.");
            case READ_ONLY_LOCATION -> Optional.of(name + " is in a location that cannot be written, so it is open"
                    + " read-only. Save a copy elsewhere to make changes.");
            case READ_ONLY_COPY -> Optional.of("This is a read-only copy of " + name
                    + ", which is open in another window or program. Changes cannot be saved here.");
        };
    }

    @Override
    public synchronized void actAs(String name) {
        actor = name == null ? "" : name.strip();
    }

    private String who() {
        if (!actor.isEmpty()) {
            return actor;
        }
        return System.getProperty("user.name", "unknown");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organization

    @Override
    public synchronized Organization organization() throws StorageException {
        return read(() -> {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT name, site, industry, years_in_operation FROM organization WHERE id = 1")) {
                if (!rs.next()) {
                    return new Organization("", "", "", OptionalInt.empty());
                }
                int years = rs.getInt(4);
                OptionalInt yearsInOperation = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(years);
                return new Organization(rs.getString(1), rs.getString(2), rs.getString(3), yearsInOperation);
            }
        });
    }

    @Override
    public synchronized void updateOrganization(Organization organization) throws StorageException {
        Objects.requireNonNull(organization, "organization");
        requireWritable();
        Organization old = organization();
        if (old.equals(organization)) {
            return;
        }
        write(() -> {
            writeOrganization(old, organization);
            return null;
        });
    }

    private void writeOrganization(Organization old, Organization org) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO organization (id, name, site, industry, years_in_operation) VALUES (1, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, site = excluded.site,"
                        + " industry = excluded.industry, years_in_operation = excluded.years_in_operation")) {
            bindOrganization(ps, org);
            ps.executeUpdate();
        }
        Instant now = now();
        audit(now, null, null, "organization.name", old.name(), org.name());
        audit(now, null, null, "organization.site", old.site(), org.site());
        audit(now, null, null, "organization.industry", old.industry(), org.industry());
        audit(now, null, null, "organization.yearsInOperation", years(old), years(org));
    }

    private static String years(Organization o) {
        return o.yearsInOperation().isPresent()
                ? String.valueOf(o.yearsInOperation().getAsInt())
                : "";
    }

    private static void bindOrganization(PreparedStatement ps, Organization o) throws SQLException {
        ps.setString(1, o.name());
        ps.setString(2, o.site());
        ps.setString(3, o.industry());
        if (o.yearsInOperation().isPresent()) {
            ps.setInt(4, o.yearsInOperation().getAsInt());
        } else {
            ps.setNull(4, Types.INTEGER);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rounds

    @Override
    public synchronized List<Round> rounds() throws StorageException {
        return read(roundTable::all);
    }

    @Override
    public synchronized Optional<Round> latestRound() throws StorageException {
        return read(roundTable::latest);
    }

    @Override
    public synchronized Round round(long roundId) throws StorageException {
        return read(() -> findRound(roundId));
    }

    private Round findRound(long roundId) throws SQLException, StorageException {
        Optional<Round> found = roundTable.find(roundId);
        if (found.isEmpty()) {
            throw StorageException.of(Reason.NO_SUCH_ROUND, path, roundId);
        }
        return found.get();
    }

    @Override
    public synchronized Round createRound(RoundInfo info, CatalogSnapshot catalog) throws StorageException {
        Objects.requireNonNull(catalog, "catalog");
        checkRoundInfo(info);
        requireWritable();
        loadBundle(catalog);
        long id = write(() -> insertRound(info, newUid(), catalog, "new"));
        return round(id);
    }

    private long insertRound(RoundInfo info, String uid, CatalogSnapshot catalog, String how) throws SQLException {
        Instant now = now();
        snapshots.store(catalog, now);
        return roundTable.insert(info, uid, catalog.catalogSha256(), catalog.rulesSha256(), null, how, now);
    }

    /** Whether {@code text} is a UUID in its canonical form (lower or upper case hex, 8-4-4-4-12). */
    static boolean isUid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A round identity no round of any file has: a random (version 4) UUID. */
    private static String newUid() {
        return UUID.randomUUID().toString();
    }

    @Override
    public synchronized Round copyRound(long sourceRoundId, RoundInfo info) throws StorageException {
        checkRoundInfo(info);
        requireWritable();
        Round source = round(sourceRoundId);
        long id = write(() -> {
            Instant now = now();
            long copy = roundTable.insert(
                    info,
                    newUid(),
                    source.catalogSha256(),
                    source.rulesSha256(),
                    sourceRoundId,
                    "copy of round " + sourceRoundId + " (" + source.title() + ")",
                    now);
            ratingTable.copy(sourceRoundId, copy, now);
            evidenceStore.copy(sourceRoundId, copy);
            actionTable.copyOpen(sourceRoundId, copy, now);
            return copy;
        });
        return round(id);
    }

    @Override
    public synchronized void updateRound(long roundId, RoundInfo info) throws StorageException {
        checkRoundInfo(info);
        Round old = requireDraft(roundId);
        if (old.info().equals(info)) {
            return;
        }
        write(() -> {
            roundTable.update(old, info, now());
            return null;
        });
    }

    @Override
    public synchronized void markFinal(long roundId) throws StorageException {
        requireDraft(roundId);
        checkIntegrity();
        write(() -> {
            roundTable.setStatus(roundId, RoundStatus.DRAFT, RoundStatus.FINAL, now());
            return null;
        });
        history.forget(roundId);
    }

    @Override
    public synchronized void reopen(long roundId, String reason) throws StorageException {
        requireWritable();
        Round round = round(roundId);
        if (!round.isFinal()) {
            return;
        }
        write(() -> {
            Instant now = now();
            roundTable.setStatus(roundId, RoundStatus.FINAL, RoundStatus.DRAFT, now);
            audit(now, roundId, null, "round.reopenReason", "", reason == null ? "" : reason.strip());
            return null;
        });
    }

    private static void checkRoundInfo(RoundInfo info) throws StorageException {
        Objects.requireNonNull(info, "info");
        checkDate(Reason.BAD_ROUND_DATE, info.date());
        if (info.targetLevel().isPresent()
                && (info.targetLevel().getAsInt() < 1 || info.targetLevel().getAsInt() > 5)) {
            throw StorageException.of(
                    Reason.BAD_TARGET_LEVEL, info.targetLevel().getAsInt());
        }
    }

    private static void checkDate(Reason ifNot, String date) throws StorageException {
        if (date.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw StorageException.of(ifNot, date);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Ratings, undo and redo

    @Override
    public synchronized Map<Integer, Rating> ratings(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return ratingTable.ofRound(roundId);
        });
    }

    @Override
    public synchronized Rating rating(long roundId, int item) throws StorageException {
        return read(() -> ratingTable.of(roundId, item));
    }

    @Override
    public synchronized void saveRating(long roundId, Rating rating) throws StorageException {
        Objects.requireNonNull(rating, "rating");
        // One look-up of the round per save: its state and its catalog (cached) come from the same row.
        Round round = requireDraft(roundId);
        requireItem(round, rating.item());
        checkText(rating);
        Rating before = rating(roundId, rating.item());
        if (before.equals(rating)) {
            return;
        }
        applyRating(roundId, before, rating);
        history.record(new RatingHistory.Change(roundId, before, rating));
    }

    private void applyRating(long roundId, Rating before, Rating after) throws StorageException {
        write(() -> {
            writeRating(roundId, before, after, now());
            return null;
        });
    }

    private void writeRating(long roundId, Rating before, Rating after, Instant now) throws SQLException {
        ratingTable.write(roundId, before, after, now);
    }

    @Override
    public synchronized boolean canUndo(long roundId) {
        return history.canUndo(roundId);
    }

    @Override
    public synchronized boolean canRedo(long roundId) {
        return history.canRedo(roundId);
    }

    @Override
    public synchronized Optional<Rating> undo(long roundId) throws StorageException {
        Optional<RatingHistory.Change> change = history.peekUndo(roundId);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        requireDraft(roundId);
        RatingHistory.Change c = change.get();
        applyRating(roundId, rating(roundId, c.after().item()), c.before());
        history.undone(roundId);
        return Optional.of(c.before());
    }

    @Override
    public synchronized Optional<Rating> redo(long roundId) throws StorageException {
        Optional<RatingHistory.Change> change = history.peekRedo(roundId);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        requireDraft(roundId);
        RatingHistory.Change c = change.get();
        applyRating(roundId, rating(roundId, c.after().item()), c.after());
        history.redone(roundId);
        return Optional.of(c.after());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Audit trail

    @Override
    public synchronized List<AuditEntry> auditTrail(long roundId) throws StorageException {
        return read(() -> auditTrail.ofRound(roundId));
    }

    @Override
    public synchronized List<AuditEntry> auditTrail(long roundId, int item) throws StorageException {
        return read(() -> auditTrail.ofItem(roundId, item));
    }

    private void audit(Instant at, Long roundId, Integer item, String field, String oldValue, String newValue)
            throws SQLException {
        auditTrail.record(at, roundId, item, field, oldValue, newValue);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Evidence

    @Override
    public synchronized Evidence attachEvidence(long roundId, int item, Path file) throws StorageException {
        requireDraft(roundId);
        requireItem(roundId, item);
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxAttachmentBytes()) {
                throw tooLarge(EvidenceName.safe(name), size);
            }
        } catch (NoSuchFileException e) {
            throw StorageException.withCause(e, Reason.NOT_FOUND, name);
        } catch (IOException e) {
            throw io(e, file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return attachEvidence(roundId, item, name, null, in);
        } catch (IOException e) {
            throw io(e, file);
        }
    }

    /**
     * Attaches {@code content} to an item. The name is stored as {@link EvidenceName#safe} makes it and the media type
     * is what the content shows ({@link EvidenceType#classify}), whatever {@code mediaType} claims; the size and the
     * number of attachments per item and per round are held to {@link EvidenceLimits} in the same transaction.
     */
    @Override
    public synchronized Evidence attachEvidence(
            long roundId, int item, String name, String mediaType, InputStream content) throws StorageException {
        requireDraft(roundId);
        requireItem(roundId, item);
        String fileName = EvidenceName.safe(name);
        long limit = maxAttachmentBytes();
        byte[] bytes;
        try {
            // Read at most one byte past the limit: a stream of unknown length is refused without reading it all.
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw StorageException.withCause(e, Reason.ATTACHMENT_UNREADABLE, fileName);
        }
        if (bytes.length > limit) {
            throw tooLarge(fileName, -1);
        }
        String sha = sha256(bytes);
        Instant now = now();
        return write(() -> evidenceStore.attach(roundId, item, fileName, bytes, sha, now));
    }

    /** The file's attachment limit, never above {@link EvidenceLimits#MAX_ATTACHMENT_BYTES}. */
    private long maxAttachmentBytes() {
        return Math.min(options.maxAttachmentBytes(), EvidenceLimits.MAX_ATTACHMENT_BYTES);
    }

    private StorageException tooLarge(String name, long size) {
        String limit = formatSize(maxAttachmentBytes());
        return size >= 0
                ? StorageException.of(Reason.TOO_LARGE, name, formatSize(size), limit)
                : StorageException.of(Reason.TOO_LARGE_STREAM, name, limit);
    }

    static String formatSize(long bytes) {
        if (bytes >= 1024L * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public synchronized List<Evidence> evidence(long roundId) throws StorageException {
        return read(() -> evidenceStore.ofRound(roundId));
    }

    @Override
    public synchronized List<Evidence> evidence(long roundId, int item) throws StorageException {
        return read(() -> evidenceStore.ofItem(roundId, item));
    }

    private Evidence findEvidence(long evidenceId) throws SQLException, StorageException {
        Optional<Evidence> found = evidenceStore.find(evidenceId);
        if (found.isEmpty()) {
            throw StorageException.of(Reason.NO_SUCH_ATTACHMENT, path, evidenceId);
        }
        return found.get();
    }

    @Override
    public synchronized byte[] evidenceContent(long evidenceId) throws StorageException {
        return read(() -> {
            Evidence e = findEvidence(evidenceId);
            Optional<byte[]> content = evidenceStore.content(evidenceId);
            if (content.isEmpty()) {
                throw StorageException.of(Reason.MISSING_CONTENT, path, e.name());
            }
            return content.get();
        });
    }

    @Override
    public synchronized void saveEvidenceTo(long evidenceId, Path target) throws StorageException {
        byte[] content = evidenceContent(evidenceId);
        try {
            AtomicFileWriter.write(target, out -> out.write(content));
        } catch (IOException e) {
            throw io(e, target);
        }
    }

    @Override
    public synchronized void removeEvidence(long evidenceId) throws StorageException {
        requireWritable();
        Evidence e = read(() -> findEvidence(evidenceId));
        requireDraft(e.roundId());
        write(() -> {
            evidenceStore.remove(e, now());
            return null;
        });
    }

    /** How many distinct attachment contents the file stores (each once, however often attached). */
    public synchronized int storedContents() throws StorageException {
        return read(evidenceStore::storedContents);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Improvement actions

    @Override
    public synchronized List<ImprovementAction> actions(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return actionTable.ofRound(roundId);
        });
    }

    private ImprovementAction findAction(long actionId) throws SQLException, StorageException {
        Optional<ImprovementAction> found = actionTable.find(actionId);
        if (found.isEmpty()) {
            throw StorageException.of(Reason.NO_SUCH_ACTION, path, actionId);
        }
        return found.get();
    }

    @Override
    public synchronized ImprovementAction addAction(ImprovementAction action) throws StorageException {
        requireWritable();
        requireItem(round(action.roundId()), action.item());
        checkAction(action);
        long id = write(() -> actionTable.add(action, now()));
        return read(() -> findAction(id));
    }

    @Override
    public synchronized void updateAction(ImprovementAction action) throws StorageException {
        requireWritable();
        checkAction(action);
        ImprovementAction old = read(() -> findAction(action.id()));
        ImprovementAction updated = new ImprovementAction(
                old.id(),
                old.roundId(),
                old.item(),
                action.what().strip(),
                action.owner().strip(),
                action.due(),
                action.status());
        if (updated.equals(old)) {
            return;
        }
        write(() -> {
            actionTable.update(old, updated, now());
            return null;
        });
    }

    @Override
    public synchronized void removeAction(long actionId) throws StorageException {
        requireWritable();
        ImprovementAction old = read(() -> findAction(actionId));
        write(() -> {
            actionTable.remove(old, now());
            return null;
        });
    }

    private static void checkAction(ImprovementAction action) throws StorageException {
        if (action.what().isBlank()) {
            throw StorageException.of(Reason.ACTION_WITHOUT_TEXT);
        }
        checkDate(Reason.BAD_DUE_DATE, action.due());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Catalog snapshots and interchange

    @Override
    public synchronized CatalogSnapshot catalogSnapshotOf(long roundId) throws StorageException {
        Round round = round(roundId);
        return read(() -> new CatalogSnapshot(snapshot(round.catalogSha256()), snapshot(round.rulesSha256())));
    }

    private byte[] snapshot(String sha) throws SQLException, StorageException {
        Optional<byte[]> json = snapshots.json(sha);
        if (json.isEmpty()) {
            throw StorageException.of(Reason.MISSING_SNAPSHOT, path, sha);
        }
        return json.get();
    }

    @Override
    public synchronized CatalogBundle catalogBundleOf(long roundId) throws StorageException {
        return bundleOf(round(roundId));
    }

    private CatalogBundle bundleOf(Round round) throws StorageException {
        long roundId = round.id();
        CatalogBundle cached = bundles.get(key(round.catalogSha256(), round.rulesSha256()));
        if (cached != null) {
            return cached;
        }
        return loadBundle(catalogSnapshotOf(roundId));
    }

    private CatalogBundle loadBundle(CatalogSnapshot snapshot) throws StorageException {
        String key = key(snapshot.catalogSha256(), snapshot.rulesSha256());
        CatalogBundle cached = bundles.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            CatalogBundle bundle = snapshot.load();
            bundles.put(key, bundle);
            return bundle;
        } catch (InvalidCatalogException e) {
            throw StorageException.withCause(e, Reason.CATALOG_UNUSABLE, e.getMessage());
        }
    }

    private static String key(String catalogSha, String rulesSha) {
        return catalogSha + "/" + rulesSha;
    }

    @Override
    public synchronized Assessment exportRound(long roundId) throws StorageException {
        Round round = round(roundId);
        Catalog catalog = catalogBundleOf(roundId).catalog();
        return new Assessment(
                new CatalogRef(catalog.id(), catalog.sha256()),
                organization(),
                round.info(),
                List.copyOf(ratings(roundId).values()),
                round.uid());
    }

    @Override
    public synchronized Round importRound(Assessment assessment, CatalogSnapshot snapshot) throws StorageException {
        Objects.requireNonNull(assessment, "assessment");
        requireWritable();
        // Everything that can be wrong is checked before the file is touched.
        Catalog catalog = loadBundle(snapshot).catalog();
        if (!assessment.catalog().id().isEmpty() && !assessment.catalog().id().equals(catalog.id())) {
            throw StorageException.of(Reason.OTHER_CATALOG, assessment.catalog().id(), catalog.id());
        }
        for (int i = 0; i < assessment.ratings().size(); i++) {
            int item = assessment.ratings().get(i).item();
            if (catalog.item(item).isEmpty()) {
                throw StorageException.of(Reason.IMPORT_UNKNOWN_ITEM, i, item, catalog.id());
            }
            checkText(assessment.ratings().get(i));
        }
        checkRoundInfo(assessment.round());
        Organization mine = organization();
        Organization theirs = assessment.organization();
        if (!mine.name().isEmpty() && !theirs.name().isEmpty() && !mine.name().equals(theirs.name())) {
            throw StorageException.of(Reason.OTHER_ORGANIZATION, theirs.name(), path, mine.name());
        }
        long id = write(() -> {
            if (mine.name().isEmpty() && !theirs.name().isEmpty()) {
                writeOrganization(mine, theirs);
            }
            // The round keeps the identity it travelled with, unless this file already has a round of that identity
            // (the same JSON imported twice): then it is a round of its own.
            String uid = !isUid(assessment.uid())
                            || roundTable.hasUid(assessment.uid().toLowerCase(Locale.ROOT))
                    ? newUid()
                    : assessment.uid().toLowerCase(Locale.ROOT);
            long roundId = insertRound(assessment.round(), uid, snapshot, "imported");
            Instant now = now();
            int count = 0;
            for (Rating r : assessment.ratings()) {
                if (!r.isEmpty()) {
                    writeRating(roundId, Rating.unrated(r.item()), r, now);
                    count++;
                }
            }
            audit(now, roundId, null, "round.imported", "", count + " ratings");
            return roundId;
        });
        return round(id);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Copies

    @Override
    public synchronized void saveCopy(Path target) throws StorageException {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(path)) {
            throw StorageException.of(Reason.COPY_ONTO_ITSELF);
        }
        checkIntegrity();
        Path tmp = AtomicFileWriter.temporarySibling(to);
        try {
            // VACUUM INTO reads one consistent snapshot through this connection: safe while the file is open. It wants
            // no other statement of the connection open, the reused ones included.
            sql.closeStatements();
            try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmp.toString());
                ps.executeUpdate();
            }
            AtomicFileWriter.forceToDisk(tmp);
            AtomicFileWriter.moveIntoPlace(tmp, to);
        } catch (SQLException e) {
            throw map(e, to);
        } catch (IOException e) {
            throw io(e, to);
        } finally {
            deleteQuietly(tmp);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException, StorageException;
    }

    private <T> T read(SqlWork<T> work) throws StorageException {
        requireOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    /** One durable transaction: committed (and synced) when this returns, rolled back entirely on any failure. */
    private <T> T write(SqlWork<T> work) throws StorageException {
        requireOpen();
        if (access != Access.READ_WRITE && privateCopyDir == null) {
            throw StorageException.of(Reason.READ_ONLY, path);
        }
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | StorageException | RuntimeException e) {
                // SQLite may have rolled back already (a full disk does): then rolling back and leaving the
                // transaction fail with "no transaction is active", which must never hide the real failure.
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException leaveFailure) {
                    e.addSuppressed(leaveFailure);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            if (!journalReady) {
                enterWriteAheadLog();
            }
            return result;
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    /**
     * Switches to the write-ahead log after the first change of this session is durable. The first change runs with the
     * rollback journal (as durable, only slower): the switch itself rewrites the file header, and a change that is
     * refused (a full disk) must leave the file byte-identical. Where WAL is not possible the rollback journal stays.
     */
    private void enterWriteAheadLog() {
        journalReady = true;
        sql.closeStatements(); // a journal mode change wants no other statement open
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
                wal = rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
            }
            s.execute("PRAGMA synchronous=FULL");
        } catch (SQLException e) {
            // The change is saved; later changes keep the rollback journal.
        }
    }

    /** Notes and justifications within the shared limit; an N/A item with its justification. */
    private static void checkText(Rating rating) throws StorageException {
        if (rating.note().length() > Limits.MAX_TEXT_LENGTH
                || rating.justification().length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.TEXT_TOO_LONG, rating.item(), Limits.MAX_TEXT_LENGTH);
        }
        if (rating.notApplicable() && rating.justification().isBlank()) {
            throw StorageException.of(Reason.JUSTIFICATION_MISSING, rating.item());
        }
    }

    private void requireOpen() throws StorageException {
        if (closed) {
            throw StorageException.of(Reason.CLOSED, path);
        }
    }

    private void requireWritable() throws StorageException {
        requireOpen();
        if (access != Access.READ_WRITE) {
            throw StorageException.of(Reason.READ_ONLY, path);
        }
    }

    private Round requireDraft(long roundId) throws StorageException {
        requireWritable();
        Round round = round(roundId);
        if (round.isFinal()) {
            throw StorageException.of(Reason.ROUND_FINAL, round.title());
        }
        return round;
    }

    private void requireItem(long roundId, int item) throws StorageException {
        requireItem(round(roundId), item);
    }

    private void requireItem(Round round, int item) throws StorageException {
        Catalog catalog = bundleOf(round).catalog();
        if (catalog.item(item).isEmpty()) {
            throw StorageException.of(Reason.UNKNOWN_ITEM, item, catalog.id());
        }
    }

    private Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plan: findings, action plan, planned ratings, executive summary, branding (see PlanRepository)

    private Findings findingTable() {
        return new Findings(sql, auditTrail);
    }

    private PlanTables planTables() {
        return new PlanTables(sql, auditTrail);
    }

    @Override
    public synchronized List<Finding> findings(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return findingTable().ofRound(roundId);
        });
    }

    @Override
    public synchronized Finding addFinding(Finding finding) throws StorageException {
        requireWritable();
        requireItem(round(finding.roundId()), finding.item());
        checkPlanText(finding.text(), true);
        long id = write(() -> findingTable().add(finding, who(), now()));
        return read(() -> findFinding(id));
    }

    @Override
    public synchronized void updateFinding(Finding finding) throws StorageException {
        requireWritable();
        checkPlanText(finding.text(), true);
        Finding old = read(() -> findFinding(finding.id()));
        requireItem(round(old.roundId()), finding.item());
        write(() -> {
            findingTable().update(old, finding, now());
            return null;
        });
    }

    @Override
    public synchronized void removeFinding(long findingId) throws StorageException {
        requireWritable();
        Finding old = read(() -> findFinding(findingId));
        write(() -> {
            findingTable().remove(old, now());
            return null;
        });
    }

    private Finding findFinding(long id) throws SQLException, StorageException {
        Optional<Finding> found = findingTable().find(id);
        if (found.isEmpty()) {
            throw StorageException.of(Reason.NO_SUCH_FINDING, path, id);
        }
        return found.get();
    }

    @Override
    public synchronized List<PlanAction> planActions(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return List.copyOf(
                    planTables().details(actionTable.ofRound(roundId), roundId).values());
        });
    }

    @Override
    public synchronized PlanAction addPlanAction(PlanAction plan) throws StorageException {
        requireWritable();
        Round round = round(plan.action().roundId());
        for (int item : plan.items()) {
            requireItem(round, item);
        }
        checkAction(plan.action());
        checkPlanText(plan.effort(), false);
        long id = write(() -> {
            long added = actionTable.add(plan.action(), now());
            planTables().writeDetails(null, plan.withAction(withId(plan.action(), added)), now());
            return added;
        });
        return read(
                () -> planTables().details(List.of(findAction(id)), round.id()).get(id));
    }

    @Override
    public synchronized void updatePlanAction(PlanAction plan) throws StorageException {
        requireWritable();
        checkAction(plan.action());
        checkPlanText(plan.effort(), false);
        ImprovementAction oldAction = read(() -> findAction(plan.action().id()));
        Round round = round(oldAction.roundId());
        for (int item : plan.moreItems()) {
            requireItem(round, item);
        }
        PlanAction old =
                read(() -> planTables().details(List.of(oldAction), round.id()).get(oldAction.id()));
        ImprovementAction updated = new ImprovementAction(
                oldAction.id(),
                oldAction.roundId(),
                oldAction.item(),
                plan.action().what().strip(),
                plan.action().owner().strip(),
                plan.action().due(),
                plan.action().status());
        PlanAction kept = plan.withAction(updated);
        if (kept.equals(old)) {
            return;
        }
        write(() -> {
            if (!updated.equals(oldAction)) {
                actionTable.update(oldAction, updated, now());
            }
            planTables().writeDetails(old, kept, now());
            return null;
        });
    }

    @Override
    public synchronized void removePlanAction(long actionId) throws StorageException {
        requireWritable();
        ImprovementAction old = read(() -> findAction(actionId));
        write(() -> {
            planTables().removeLinks(actionId);
            actionTable.remove(old, now());
            return null;
        });
    }

    private static ImprovementAction withId(ImprovementAction a, long id) {
        return new ImprovementAction(id, a.roundId(), a.item(), a.what(), a.owner(), a.due(), a.status());
    }

    @Override
    public synchronized Map<Integer, PlannedRating> plannedRatings(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return planTables().planned(roundId);
        });
    }

    @Override
    public synchronized void setPlannedRating(
            long roundId, int item, io.ccmm.assessment.Rate c, io.ccmm.assessment.Rate f) throws StorageException {
        requireWritable();
        requireItem(roundId, item);
        write(() -> {
            planTables().setPlanned(roundId, item, c, f, now());
            return null;
        });
    }

    @Override
    public synchronized void clearPlannedRatings(long roundId) throws StorageException {
        requireWritable();
        round(roundId);
        write(() -> {
            planTables().clearPlanned(roundId, now());
            return null;
        });
    }

    @Override
    public synchronized String executiveSummary(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return planTables().summary(roundId);
        });
    }

    @Override
    public synchronized void saveExecutiveSummary(long roundId, String text) throws StorageException {
        requireWritable();
        round(roundId);
        String value = text == null ? "" : text.strip();
        checkPlanText(value, false);
        write(() -> {
            planTables().saveSummary(roundId, value, now());
            return null;
        });
    }

    @Override
    public synchronized Branding branding() throws StorageException {
        return read(() -> planTables().branding());
    }

    @Override
    public synchronized void saveBranding(Branding branding) throws StorageException {
        requireWritable();
        if (branding.logo().length > Limits.MAX_VALUE_BYTES / 16) {
            throw StorageException.of(Reason.TOO_LARGE, "logo", branding.logo().length, Limits.MAX_VALUE_BYTES / 16);
        }
        checkPlanText(branding.consultancy(), false);
        checkPlanText(branding.client(), false);
        write(() -> {
            planTables().saveBranding(branding, now());
            return null;
        });
    }

    private static void checkPlanText(String text, boolean required) throws StorageException {
        if (required && text.isBlank()) {
            throw StorageException.of(Reason.FINDING_WITHOUT_TEXT);
        }
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.PLAN_TEXT_TOO_LONG, Limits.MAX_TEXT_LENGTH);
        }
    }
}
