package io.ccmm.protect;

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
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written under a temporary name in the target's folder, forced to disk and then moved into place; closed
 * without {@link #commit()} (any failure) it deletes the temporary file, so nothing is left behind. Without
 * {@code replace} an existing target is never overwritten, even one that appears while writing.
 */
final class AtomicOutput implements AutoCloseable {

    private static final SecureRandom NAMES = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final boolean replace;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean done;

    private AtomicOutput(Path target, Path temp, boolean replace, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.replace = replace;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    static AtomicOutput create(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null) {
            throw new IOException(target + " is not a file path");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder");
        }
        if (!replace && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        byte[] random = new byte[8];
        NAMES.nextBytes(random);
        Path temp =
                dir.resolve("." + absolute.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicOutput(absolute, temp, replace, channel);
    }

    /** The stream to write to; do not close it. */
    OutputStream stream() {
        return stream;
    }

    Path target() {
        return target;
    }

    /** Forces the content to disk and moves it into place. */
    void commit() throws IOException {
        stream.flush();
        channel.force(true);
        channel.close();
        if (replace) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            moveWithoutReplacing();
        }
        done = true;
        forceFolder();
    }

    private void moveWithoutReplacing() throws IOException {
        try {
            // A hard link fails when the target exists, with no window in which another file could be replaced.
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here (e.g. FAT): the plain move still refuses an existing target.
            Files.move(temp, target);
        }
    }

    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every system can sync a folder (Windows cannot open one); the file itself is on disk.
        }
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
