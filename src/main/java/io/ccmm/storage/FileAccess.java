package io.ccmm.storage;

import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Opening a {@code .ccmm} file at the level below the tables: the header read with plain file I/O before SQLite touches
 * the file, connections with the limits and pragmas an untrusted file needs, the writer lock, copies of a file that
 * another process may be writing, and SQLite's and the file system's failures put into a {@link Reason}.
 */
final class FileAccess {

    static final int BUSY_TIMEOUT_MS = 250;

    private FileAccess() {}

    static FileHeader checkHeader(Path path, StorageOptions options) throws StorageException {
        if (!Files.exists(path)) {
            throw StorageException.of(Reason.NOT_FOUND, path);
        }
        if (Files.isDirectory(path)) {
            throw StorageException.of(Reason.IS_FOLDER, path);
        }
        FileHeader header;
        try {
            header = FileHeader.read(path);
        } catch (IOException e) {
            throw io(e, path);
        }
        if (!header.sqlite()) {
            throw StorageException.of(Reason.NOT_SQLITE, path);
        }
        if (header.applicationId() != Schema.APPLICATION_ID) {
            throw StorageException.of(
                    Reason.NOT_OURS, path, String.format(Locale.ROOT, "0x%08X", header.applicationId()));
        }
        if (header.userVersion() > options.schemaVersion()) {
            throw newerVersion(path, header.userVersion(), options);
        }
        if (header.userVersion() < 1) {
            throw StorageException.of(Reason.NO_SCHEMA_VERSION, path);
        }
        return header;
    }

    static StorageException newerVersion(Path path, int fileVersion, StorageOptions options) {
        return StorageException.of(Reason.NEWER_VERSION, path, fileVersion, options.schemaVersion());
    }

    static boolean isWritableLocation(Path path) {
        Path dir = path.getParent();
        // SQLite writes its journal beside the file, so the folder must be writable too.
        return Files.isWritable(path) && dir != null && Files.isWritable(dir);
    }

    static Connection connect(Path path, boolean readOnly, boolean create) throws StorageException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        // Writers hold the file for as long as it is open; readers must not block a writer elsewhere.
        config.setLockingMode(readOnly ? SQLiteConfig.LockingMode.NORMAL : SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // New ids are read with last_insert_rowid() where needed (Sql.insert); without this the driver matches every
        // INSERT against a regular expression and runs a statement of its own after it, on every save.
        config.setGetGeneratedKeys(false);
        // What a crafted file may make SQLite read or run: no value over the limit, no long statements, no deep
        // trigger chains.
        config.setPragma(SQLiteConfig.Pragma.LIMIT_LENGTH, String.valueOf(Limits.MAX_VALUE_BYTES));
        config.setPragma(SQLiteConfig.Pragma.LIMIT_SQL_LENGTH, String.valueOf(Limits.MAX_SQL_LENGTH));
        config.setPragma(SQLiteConfig.Pragma.LIMIT_TRIGGER_DEPTH, "1");
        config.setPragma(SQLiteConfig.Pragma.LIMIT_ATTACHED, "1"); // VACUUM INTO attaches its target
        NativeLibrary.prepare();
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + path);
            try (Statement s = c.createStatement()) {
                // Functions with side effects never run from the schema; every page read is checked for sane cells.
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA cell_size_check = ON");
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    static void takeWriterLock(Connection c, Path path) throws StorageException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
        } catch (SQLException e) {
            throw map(e, path);
        }
    }

    /**
     * Copies a file that another process may be writing. The log is read after the main file is copied. As long as the
     * log was not restarted meanwhile (same header: checkpoint sequence and salts), it still holds every page a
     * checkpoint may have written into the main file during the copy, so replaying it over the copy gives a consistent
     * database. Otherwise the copy is tried again.
     */
    static void copyWithLog(Path source, Path target) throws StorageException {
        Path log = source.resolveSibling(source.getFileName() + "-wal");
        Path targetLog = target.resolveSibling(target.getFileName() + "-wal");
        try {
            for (int attempt = 0; ; attempt++) {
                byte[] before = logHeader(log);
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                byte[] after = readIfExists(log);
                boolean sameLog = Arrays.equals(before, Arrays.copyOf(after, Math.min(after.length, 32)));
                if (sameLog || attempt == 9) {
                    if (after.length > 0) {
                        Files.write(targetLog, after);
                    } else {
                        Files.deleteIfExists(targetLog);
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw io(e, source);
        }
    }

    static byte[] logHeader(Path log) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            return in.readNBytes(32);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /** The log may disappear at any moment: its writer closing the file cleanly deletes it. */
    static byte[] readIfExists(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /** The failure of SQLite in the reason a user can act on; SQLite's own words stay in the cause, for logs. */
    static StorageException map(SQLException e, Path file) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
        Reason reason =
                switch (code) {
                    case 5, 6 -> Reason.LOCKED; // SQLITE_BUSY, SQLITE_LOCKED
                    case 8, 23 -> Reason.WRITE_PROTECTED; // SQLITE_READONLY, SQLITE_AUTH
                    case 11 -> Reason.DAMAGED; // SQLITE_CORRUPT
                    case 13 -> Reason.DISK_FULL; // SQLITE_FULL
                    case 18 -> Reason.VALUE_TOO_LARGE; // SQLITE_TOOBIG
                    case 26 -> Reason.NOT_SQLITE; // SQLITE_NOTADB
                    default -> isDiskFull(e) ? Reason.DISK_FULL : Reason.IO;
                };
        if (reason == Reason.VALUE_TOO_LARGE) {
            return StorageException.withCause(e, reason, file, "?", Limits.formatSize(Limits.MAX_VALUE_BYTES));
        }
        return StorageException.withCause(e, reason, file);
    }

    static StorageException io(IOException e, Path file) {
        if (e instanceof NoSuchFileException) {
            return StorageException.withCause(e, Reason.NOT_FOUND, file);
        }
        if (e instanceof FileAlreadyExistsException) {
            return StorageException.withCause(e, Reason.ALREADY_EXISTS, file);
        }
        if (e instanceof AccessDeniedException) {
            return StorageException.withCause(e, Reason.WRITE_PROTECTED, file);
        }
        return StorageException.withCause(e, isDiskFull(e) ? Reason.DISK_FULL : Reason.IO, file);
    }

    /** ENOSPC and EDQUOT as Java and SQLite word them (there is no portable error code). */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("No space left")
                            || m.contains("Disk quota exceeded")
                            || m.contains("SQLITE_FULL")
                            || m.contains("database or disk is full")
                            || m.contains("not enough space"))) {
                return true;
            }
        }
        return false;
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(FileAccess::deleteQuietly);
        } catch (IOException ignored) {
            // temporary folder; the OS cleans it up eventually
        }
    }

    static Path logOf(Path database) {
        return database.resolveSibling(database.getFileName() + "-wal");
    }

    /** True when {@code PRAGMA <pragma>} finds the file sound. */
    static boolean check(Statement s, String pragma) throws SQLException {
        return sound(s, "PRAGMA " + pragma + "(5)");
    }

    /** True when {@code PRAGMA quick_check} finds one table (a name of our schema) and its indexes sound. */
    static boolean checkTable(Statement s, String table) throws SQLException {
        return sound(s, "PRAGMA quick_check(" + table + ")");
    }

    private static boolean sound(Statement s, String query) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        return problems.equals(List.of("ok"));
    }

    static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
