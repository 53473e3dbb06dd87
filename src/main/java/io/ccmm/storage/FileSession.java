package io.ccmm.storage;

import static io.ccmm.storage.FileAccess.closeQuietly;
import static io.ccmm.storage.FileAccess.deleteQuietly;
import static io.ccmm.storage.FileAccess.deleteTree;
import static io.ccmm.storage.FileAccess.intPragma;
import static io.ccmm.storage.FileAccess.logOf;
import static io.ccmm.storage.FileAccess.map;

import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The life of one open file: its connection, whether it may be written, its transactions and its clean close. Every
 * table class reads and writes through {@link #read} and {@link #write}.
 */
final class FileSession {

    /** Work on the connection; may fail with SQLite's or the app's failure. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException, StorageException;
    }

    private final Path path;
    private final Connection connection;
    private final Access access;
    private final StorageOptions options;
    private final Path privateCopyDir;
    private final Sql sql;
    private final List<Runnable> dropCaches = new ArrayList<>();
    private boolean wal;
    private boolean journalReady;
    /** Whether a {@code -shm} file was beside the file before this reader opened it. */
    private boolean sharedMemoryExisted = true;

    private boolean closed;
    private String actor = "";
    /** The account's name, read once: every audit line of a save names who made it. */
    private final String userName = System.getProperty("user.name", "unknown");

    FileSession(Path path, Connection connection, Access access, StorageOptions options, Path privateCopyDir) {
        this.path = path;
        this.connection = connection;
        this.access = access;
        this.options = options;
        this.privateCopyDir = privateCopyDir;
        this.sql = new Sql(connection);
    }

    Path path() {
        return path;
    }

    Connection connection() {
        return connection;
    }

    Sql sql() {
        return sql;
    }

    Access access() {
        return access;
    }

    StorageOptions options() {
        return options;
    }

    /** Why the file cannot be changed here, in English (the window words it from {@link #access()}). */
    Optional<String> readOnlyNotice() {
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

    void sharedMemoryExisted(boolean existed) {
        sharedMemoryExisted = existed;
    }

    void wal(boolean inWal) {
        wal = inWal;
    }

    /**
     * Registers a cache of rows read through this session, dropped by every transaction that may have changed them:
     * all but {@link #writeRatingsOnly}, and any that is rolled back.
     */
    void cache(Runnable drop) {
        dropCaches.add(drop);
    }

    void actAs(String name) {
        actor = name == null ? "" : name.strip();
    }

    /** The name changes are recorded under, as set by {@link #actAs} (empty when none was set). */
    String actor() {
        return actor;
    }

    String who() {
        return actor.isEmpty() ? userName : actor;
    }

    Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The database SQLite has open: the file itself, or its private copy. */
    Path databaseFile() {
        return privateCopyDir == null ? path : privateCopyDir.resolve(path.getFileName());
    }

    <T> T read(SqlWork<T> work) throws StorageException {
        requireOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    /** One durable transaction: committed (and synced) when this returns, rolled back entirely on any failure. */
    <T> T write(SqlWork<T> work) throws StorageException {
        dropCaches.forEach(Runnable::run);
        return writeRatingsOnly(work);
    }

    /**
     * A transaction that changes only ratings and the audit trail (the hot path of saving): the cached rounds stay.
     * Every other change goes through {@link #write}.
     */
    <T> T writeRatingsOnly(SqlWork<T> work) throws StorageException {
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
                dropCaches.forEach(Runnable::run);
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

    /** Whether the file runs in WAL mode, where a copy of its bytes is a consistent snapshot. */
    boolean inWriteAheadLog() {
        return wal;
    }

    void requireOpen() throws StorageException {
        if (closed) {
            throw StorageException.of(Reason.CLOSED, path);
        }
    }

    void requireWritable() throws StorageException {
        requireOpen();
        if (access != Access.READ_WRITE) {
            throw StorageException.of(Reason.READ_ONLY, path);
        }
    }

    int schemaVersion() throws StorageException {
        return read(() -> {
            try (Statement s = connection.createStatement()) {
                return intPragma(s, "user_version");
            }
        });
    }

    /** Lets the database grow by at most {@code pages} more pages: a full disk as SQLite sees it. */
    void limitGrowth(int pages) throws StorageException {
        read(() -> {
            try (Statement s = connection.createStatement()) {
                int count = intPragma(s, "page_count");
                s.execute("PRAGMA max_page_count = " + (count + pages));
            }
            return null;
        });
    }

    void close() throws StorageException {
        if (closed) {
            return;
        }
        closed = true;
        sql.closeStatements();
        try {
            if ((access == Access.READ_WRITE || privateCopyDir != null) && wal) {
                // Put everything into the main file and drop the log: the .ccmm alone is the whole assessment.
                try (Statement s = connection.createStatement()) {
                    if (Files.exists(logOf(databaseFile()))) {
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    s.execute("PRAGMA journal_mode=DELETE");
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
}
