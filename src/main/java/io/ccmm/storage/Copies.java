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

    void save(Path target) throws StorageException {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(session.path())) {
            throw StorageException.of(Reason.COPY_ONTO_ITSELF);
        }
        // Both temporary files beside the target: on its disk, and gone again whatever happens.
        Path snapshot = AtomicFileWriter.temporarySibling(to);
        Path tmp = AtomicFileWriter.temporarySibling(to);
        try {
            synchronized (writer) {
                session.requireOpen();
                if (!session.inWriteAheadLog()) {
                    copyWithLog(session.databaseFile(), snapshot);
                }
            }
            if (!Files.exists(snapshot)) {
                copyWithLog(session.databaseFile(), snapshot);
            }
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
