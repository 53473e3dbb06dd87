package io.ccmm.storage;

import static io.ccmm.storage.FileAccess.closeQuietly;
import static io.ccmm.storage.FileAccess.connect;
import static io.ccmm.storage.FileAccess.copyWithLog;
import static io.ccmm.storage.FileAccess.deleteQuietly;
import static io.ccmm.storage.FileAccess.io;
import static io.ccmm.storage.FileAccess.map;

import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * "Save a copy" without holding the writer. The file's bytes and its write-ahead log are copied beside the target (a
 * consistent snapshot, as {@link FileAccess#copyWithLog} explains); the snapshot gets the full integrity check and is
 * compacted into the target with {@code VACUUM INTO} over its own connection, while the open file keeps saving. Only a
 * file not yet in WAL mode (nothing changed since it was opened) is held while its bytes are copied: there a commit
 * writes the main file directly.
 */
final class Copies {

    /** Runs while a copy is under way with its snapshot taken (tests pause copies here). */
    @FunctionalInterface
    interface Pause {
        void snapshotTaken();
    }

    private final FileSession session;
    private final Object writer;
    private volatile Pause pause = () -> {};

    Copies(FileSession session, Object writer) {
        this.session = session;
        this.writer = writer;
    }

    void pauseForTest(Pause at) {
        pause = at;
    }

    /**
     * A read-only copy of the file as it is now, for long reads (a report of a large round) that must not hold the
     * file: its own connection on a snapshot in a temporary folder, deleted again when it is closed.
     */
    AssessmentFile openSnapshot() throws StorageException {
        Path dir;
        try {
            dir = Files.createTempDirectory("ccmm-snapshot-");
        } catch (IOException e) {
            throw io(e, session.path());
        }
        Path snapshot = dir.resolve(session.path().getFileName());
        try {
            takeSnapshot(snapshot);
        } catch (StorageException e) {
            FileAccess.deleteTree(dir);
            throw e;
        }
        return FileOpening.openCopied(session.path(), dir, Access.READ_ONLY_COPY, session.options());
    }

    /** Copies the file's bytes and log to {@code snapshot}, holding the file only while it is not in WAL mode. */
    private void takeSnapshot(Path snapshot) throws StorageException {
        synchronized (writer) {
            session.requireOpen();
            if (!session.inWriteAheadLog()) {
                copyWithLog(session.databaseFile(), snapshot);
                return;
            }
        }
        copyWithLog(session.databaseFile(), snapshot);
    }

    void save(Path target) throws StorageException {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(session.path())) {
            throw StorageException.of(Reason.COPY_ONTO_ITSELF);
        }
        // Both temporary files beside the target: on its disk, and gone again whatever happens.
        Path snapshot = AtomicFileWriter.temporarySibling(to);
        Path tmp = AtomicFileWriter.temporarySibling(to);
        try {
            takeSnapshot(snapshot);
            pause.snapshotTaken();
            Connection c = connect(snapshot, false, false);
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                FileOpening.checkIntegrity(c, session.path());
                vacuum.setString(1, tmp.toString());
                vacuum.executeUpdate();
            } finally {
                closeQuietly(c);
            }
            AtomicFileWriter.forceToDisk(tmp);
            AtomicFileWriter.moveIntoPlace(tmp, to);
        } catch (SQLException e) {
            throw map(e, to);
        } catch (IOException e) {
            throw io(e, to);
        } finally {
            deleteQuietly(tmp);
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                deleteQuietly(snapshot.resolveSibling(snapshot.getFileName() + suffix));
            }
        }
    }
}
