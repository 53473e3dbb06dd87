package io.ccmm.storage;

import io.ccmm.assessment.Organization;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * How a new {@code .ccmm} file comes into being: whole or not at all.
 *
 * <ol>
 *   <li>It is built, with whatever its first use puts in (e.g. an imported round), under a temporary name in the same
 *       folder, closed cleanly (no log beside it) and forced to disk. A failure or a kill leaves at most that hidden
 *       temporary file, never a file under the target's name.
 *   <li>Under a short creation lock, logs left beside the target by an earlier attempt ({@code -wal}, {@code
 *       -journal}, {@code -shm}) are removed: with no database beside them they belong to nothing, and SQLite would
 *       replay a stray log into the new file (another organization's ratings appearing in it).
 *   <li>The file is linked into place only if no file of that name exists, so two processes creating the same file
 *       never replace each other's; the second gets {@link Reason#ALREADY_EXISTS} and can open the first one's.
 * </ol>
 */
final class NewFile {

    /** What the new file holds before it appears; runs on the file under its temporary name. */
    @FunctionalInterface
    interface Filling {
        Void fill(AssessmentFile building) throws StorageException;
    }

    static final List<String> LOG_SUFFIXES = List.of("-wal", "-journal", "-shm");

    private NewFile() {}

    /** Creates {@code file} for {@code organization}, filled by {@code filling}; returns its normalized path. */
    static Path create(Path file, Organization organization, StorageOptions options, Filling filling)
            throws StorageException {
        Objects.requireNonNull(organization, "organization");
        Path path = file.toAbsolutePath().normalize();
        if (Files.exists(path)) {
            throw StorageException.of(Reason.ALREADY_EXISTS, path);
        }
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw StorageException.of(Reason.FOLDER_NOT_FOUND, String.valueOf(dir));
        }
        if (!Files.isWritable(dir)) {
            throw StorageException.of(Reason.FOLDER_READ_ONLY, path, dir.toString());
        }
        Path tmp = AtomicFileWriter.temporarySibling(path);
        try {
            AssessmentFile building = FileOpening.initialize(tmp, organization, options);
            try {
                filling.fill(building);
            } finally {
                building.close();
            }
            AtomicFileWriter.forceToDisk(tmp);
            // File locks are per process; threads of this one take turns here first.
            synchronized (NewFile.class) {
                try (CreationLock lock = CreationLock.take(path)) {
                    if (Files.exists(path)) {
                        throw StorageException.of(Reason.ALREADY_EXISTS, path);
                    }
                    removeStrayLogs(path);
                    AtomicFileWriter.moveIntoPlaceIfAbsent(tmp, path);
                }
            }
            return path;
        } catch (IOException e) {
            throw e instanceof FileAlreadyExistsException
                    ? StorageException.withCause(e, Reason.ALREADY_EXISTS, path)
                    : FileAccess.io(e, path);
        } finally {
            deleteWithLogs(tmp);
        }
    }

    /** Logs beside a path that has no database: left by a failed or killed attempt, never to be replayed. */
    static void removeStrayLogs(Path path) throws IOException {
        for (String suffix : LOG_SUFFIXES) {
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
        }
    }

    private static void deleteWithLogs(Path file) {
        FileAccess.deleteQuietly(file);
        for (String suffix : LOG_SUFFIXES) {
            FileAccess.deleteQuietly(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /**
     * An operating-system lock on a hidden file beside the target, held only while the stray logs are removed and the
     * file is put in place, so that no other process creates the file between the check and the removal. The lock file
     * is deleted while held; a process that locked the deleted file notices and locks the new one.
     */
    private record CreationLock(Path file, FileChannel channel, FileLock lock) implements AutoCloseable {

        static CreationLock take(Path target) throws IOException {
            Path file = target.resolveSibling("." + target.getFileName() + ".creating");
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    Object key = Files.readAttributes(file, BasicFileAttributes.class)
                            .fileKey();
                    FileLock lock = channel.lock();
                    Object now = Files.exists(file)
                            ? Files.readAttributes(file, BasicFileAttributes.class)
                                    .fileKey()
                            : null;
                    if (key == null || key.equals(now)) {
                        return new CreationLock(file, channel, lock);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close(); // the file was deleted and made again meanwhile: lock the current one
            }
        }

        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                channel.close();
            }
        }
    }
}
