package io.ccmm.protect;

import io.ccmm.files.AtomicFileWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name in the target's folder, forced to disk and then moved into place; closed
 * without {@link #commit()} (any failure) it deletes the temporary file, so nothing is left behind. Without
 * {@code replace} an existing target is never overwritten, even one that appears while writing.
 */
final class AtomicOutput implements AutoCloseable {

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
        Path temp = AtomicFileWriter.temporarySibling(absolute);
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

    /** Forces the content to disk and moves it into place (through {@link AtomicFileWriter}, as every file). */
    void commit() throws IOException {
        stream.flush();
        channel.force(true);
        channel.close();
        if (replace) {
            AtomicFileWriter.moveIntoPlace(temp, target);
        } else {
            AtomicFileWriter.moveIntoPlaceIfAbsent(temp, target);
        }
        done = true;
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
