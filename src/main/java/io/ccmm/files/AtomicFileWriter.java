package io.ccmm.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Writes a file through a temporary file in the same folder, forces it to disk and moves it into place, so a reader
 * never sees half a file, a crash never leaves a damaged target, and a failure leaves nothing behind (neither the
 * temporary file nor a changed target). Every file the app writes goes through here.
 */
public final class AtomicFileWriter {

    /** The body that writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {}

    /** Writes {@code target} whole, replacing it if it exists. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /** As {@link #write(Path, Content)}, with the file's own stream wrapped by {@code disk} (tests inject faults). */
    static void write(Path target, Content content, UnaryOperator<OutputStream> disk) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null) {
            throw new IOException(target + " is not a file path");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        Path temp = temporarySibling(absolute);
        boolean moved = false;
        try {
            // CREATE_NEW, not createTempFile: the file gets the user's usual permissions, not owner-only.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out =
                            new BufferedOutputStream(disk.apply(Channels.newOutputStream(channel)), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A fresh name beside {@code target} for building it: hidden, unique, and in the same folder (same disk). */
    public static Path temporarySibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** Forces a file that was written by other means (e.g. a database) to disk. */
    public static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Replaces {@code target} with {@code temp} in one step and makes the rename durable where the platform can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target);
    }

    /**
     * Puts {@code temp} in place as {@code target} only if no {@code target} exists, in one step: a hard link fails when
     * the name is taken, so two writers creating the same file cannot replace each other's. Where the file system has no
     * hard links, a move without replacing is the fallback. {@code temp} is gone afterwards unless this throws.
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static void moveIntoPlaceIfAbsent(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temp, target);
        }
        forceFolder(target);
    }

    private static void forceFolder(Path target) {
        Path dir = target.getParent();
        if (dir == null) {
            return;
        }
        // Make the rename itself durable where the platform allows syncing a folder (not on Windows).
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
