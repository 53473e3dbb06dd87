package io.ccmm.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A font file read where it lies through one 8 KB window. PDFBox's {@code RandomAccessReadBufferedFile} keeps up to a
 * thousand 4 KB pages of every file it reads (4 MB per face of the bundled font); the parser reads each table once and
 * keeps what it parsed, so a window over the file is enough.
 */
final class FontFileRead implements RandomAccessRead {

    private static final int WINDOW = 8192;

    private final FileChannel channel;
    private final long length;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;
    private long position;
    private boolean closed;

    FontFileRead(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        length = channel.size();
    }

    @Override
    public int read() throws IOException {
        if (position >= length) {
            return -1;
        }
        fill();
        return window.get((int) (position++ - windowStart)) & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int total = 0;
        while (total < len && position < length) {
            fill();
            int at = (int) (position - windowStart);
            int n = Math.min(len - total, window.limit() - at);
            window.get(at, b, off + total, n);
            position += n;
            total += n;
        }
        return total;
    }

    /** Makes the window hold the byte at {@link #position}. */
    private void fill() throws IOException {
        ensureOpen();
        if (windowStart >= 0 && position >= windowStart && position < windowStart + window.limit()) {
            return;
        }
        window.clear();
        windowStart = position;
        while (window.hasRemaining()) {
            int n = channel.read(window, windowStart + window.position());
            if (n < 0) {
                break;
            }
        }
        window.flip();
        if (window.limit() == 0) {
            throw new IOException("unexpected end of the font file");
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the font file is closed");
        }
    }

    @Override
    public long getPosition() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public void seek(long to) throws IOException {
        ensureOpen();
        if (to < 0) {
            throw new IOException("invalid position " + to);
        }
        position = Math.min(to, length);
    }

    @Override
    public long length() throws IOException {
        ensureOpen();
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        ensureOpen();
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long start, long len) throws IOException {
        ensureOpen();
        return new RandomAccessReadView(this, start, len);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }
}
