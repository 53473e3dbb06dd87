package io.ccmm.storage;

import static io.ccmm.storage.FileAccess.check;
import static io.ccmm.storage.FileAccess.checkHeader;
import static io.ccmm.storage.FileAccess.closeQuietly;
import static io.ccmm.storage.FileAccess.connect;
import static io.ccmm.storage.FileAccess.copyWithLog;
import static io.ccmm.storage.FileAccess.deleteTree;
import static io.ccmm.storage.FileAccess.intPragma;
import static io.ccmm.storage.FileAccess.io;
import static io.ccmm.storage.FileAccess.isWritableLocation;
import static io.ccmm.storage.FileAccess.logOf;
import static io.ccmm.storage.FileAccess.map;
import static io.ccmm.storage.FileAccess.newerVersion;
import static io.ccmm.storage.FileAccess.takeWriterLock;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.storage.AssessmentFile.Imported;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Opening a file: the header and schema checks, the cheap check of its pages, the writer lock, read-only and private
 * copies, migration to the current schema, new files and imports that may create one.
 *
 * <p><b>What is checked when.</b> At every open: the header ({@link FileAccess#checkHeader}), the schema against the
 * one this version writes ({@link SchemaCheck}), and {@code PRAGMA quick_check} (every page and cell, not the indexes
 * against the tables): of the whole file up to {@link #WHOLE_CHECK_BYTES}, of the organization, round and catalog
 * tables beyond. Every page read is checked as it is read ({@code cell_size_check}), so a damaged page is refused when
 * it is used. The full {@code integrity_check} and {@code foreign_key_check} ({@link #checkIntegrity}) run before a
 * round is marked final, on every copy (on the snapshot being copied) and when the window asks for them.
 */
final class FileOpening {

    /** How long an import waits for a file another process holds (e.g. creating it at the same moment). */
    private static final long IMPORT_WAIT_MS = 10_000;

    /** Files up to this size (about 40 fully rated rounds with attachments) get the page check of all at open. */
    static final long WHOLE_CHECK_BYTES = 8L * 1024 * 1024;

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private FileOpening() {}

    static AssessmentFile open(Path file, OpenMode mode, StorageOptions options) throws StorageException {
        Path path = file.toAbsolutePath().normalize();
        FileHeader header = checkHeader(path, options);
        Access access = mode == OpenMode.READ_ONLY
                ? Access.READ_ONLY_REQUESTED
                : (isWritableLocation(path) ? Access.READ_WRITE : Access.READ_ONLY_LOCATION);
        // An older file we may not change: a private copy is brought up to date instead.
        boolean older = header.userVersion() < options.schemaVersion();
        if (access != Access.READ_WRITE && older) {
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
                return older
                        ? openPrivateCopy(path, Access.READ_ONLY_LOCATION, options)
                        : openConnected(path, connect(path, true, false), Access.READ_ONLY_LOCATION, options, true);
            }
        }
        return openConnected(path, c, access, options, sharedMemoryExisted);
    }

    private static AssessmentFile openConnected(
            Path path, Connection c, Access access, StorageOptions options, boolean sharedMemoryExisted)
            throws StorageException {
        FileSession session = new FileSession(path, c, access, options, null);
        session.sharedMemoryExisted(sharedMemoryExisted);
        try {
            AssessmentFile opened = new AssessmentFile(session);
            verify(session);
            if (access == Access.READ_WRITE) {
                migrate(opened, session, true);
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

    /** A private, read-only copy of the file and its log in a temporary folder, deleted again on close. */
    static AssessmentFile openPrivateCopy(Path path, Access access, StorageOptions options) throws StorageException {
        Path dir;
        try {
            dir = Files.createTempDirectory("ccmm-readonly-");
        } catch (IOException e) {
            throw io(e, path);
        }
        try {
            copyWithLog(path, dir.resolve(path.getFileName()));
        } catch (StorageException e) {
            deleteTree(dir);
            throw e;
        }
        return openCopied(path, dir, access, options);
    }

    /** Opens the copy of {@code path} made in {@code dir} (deleted again on close, or now on failure). */
    static AssessmentFile openCopied(Path path, Path dir, Access access, StorageOptions options)
            throws StorageException {
        try {
            Path copy = dir.resolve(path.getFileName());
            Connection c = connect(copy, false, false);
            try {
                takeWriterLock(c, copy);
                FileSession session = new FileSession(path, c, access, options, dir);
                AssessmentFile opened = new AssessmentFile(session);
                verify(session);
                migrate(opened, session, false);
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

    static AssessmentFile openForReading(Path file) throws StorageException {
        try {
            return AssessmentFile.open(file, OpenMode.READ_ONLY);
        } catch (StorageException e) {
            if (e.reason() != Reason.LOCKED) {
                throw e;
            }
            return AssessmentFile.openReadOnlyCopy(file);
        }
    }

    static Imported importInto(Path file, Assessment assessment, CatalogSnapshot snapshot, StorageOptions options)
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
            FileSession session = new FileSession(tmp, c, Access.READ_WRITE, options, null);
            AssessmentFile building = new AssessmentFile(session);
            session.write(() -> {
                Schema.createVersion1(c);
                Organizations.insert(session.sql(), organization);
                return null;
            });
            migrate(building, session, false);
            return building;
        } catch (SQLException e) {
            closeQuietly(c);
            throw map(e, tmp);
        } catch (StorageException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Checks what the header check could not see (a log not yet in the main file) and the pages of the file. */
    private static void verify(FileSession session) throws SQLException, StorageException {
        Path path = session.path();
        StorageOptions options = session.options();
        Connection connection = session.connection();
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
            if (!cheapCheck(s, session)) {
                throw StorageException.of(Reason.DAMAGED, path);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                session.wal(rs.next() && "wal".equalsIgnoreCase(rs.getString(1)));
            }
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA fullfsync=ON");
        }
    }

    /**
     * The check at open: {@code quick_check} of every page while the file (with its log) is small enough to read at
     * once; for a larger file, of the tables the window shows first (organization, rounds, catalogs). A damaged page
     * elsewhere is refused as {@link Reason#DAMAGED} when it is read ({@code cell_size_check}), before a round is
     * marked final and before a copy ({@link #checkIntegrity}).
     */
    private static boolean cheapCheck(Statement s, FileSession session) throws SQLException {
        Path file = session.databaseFile();
        long bytes;
        try {
            bytes = Files.size(file) + (Files.exists(logOf(file)) ? Files.size(logOf(file)) : 0);
        } catch (IOException e) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes <= WHOLE_CHECK_BYTES) {
            return check(s, "quick_check");
        }
        for (String table : List.of("organization", "round", "catalog_snapshot")) {
            if (!FileAccess.checkTable(s, table)) {
                return false;
            }
        }
        return true;
    }

    /** The full check of the pages ({@code integrity_check}) and references ({@code foreign_key_check}). */
    static void checkIntegrity(Connection connection, Path path) throws SQLException, StorageException {
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
    }

    /** Brings the schema up to {@link StorageOptions#schemaVersion()}, writing a backup beside the file first. */
    private static void migrate(AssessmentFile file, FileSession session, boolean backupFirst) throws StorageException {
        Path path = session.path();
        StorageOptions options = session.options();
        int version = session.schemaVersion();
        if (version >= options.schemaVersion()) {
            return;
        }
        Path backup = null;
        if (backupFirst) {
            backup = path.resolveSibling(stem(path) + ".v" + version + "-backup-"
                    + BACKUP_STAMP.format(options.clock().instant()) + ".ccmm");
            file.saveCopy(backup);
        }
        while (version < options.schemaVersion()) {
            int from = version;
            Migration step = options.migrations().stream()
                    .filter(m -> m.fromVersion() == from)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
            try {
                session.write(() -> {
                    step.apply(session.connection());
                    try (Statement s = session.connection().createStatement()) {
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

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
