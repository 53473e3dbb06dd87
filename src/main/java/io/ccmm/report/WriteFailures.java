package io.ccmm.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Office libraries (Apache POI) wrap an I/O failure of the output stream, such as a full disk, in their own runtime
 * exceptions. This finds the I/O failure again, so that every format reports it the same way, as an {@link IOException}.
 */
final class WriteFailures {

    private WriteFailures() {}

    /** The first {@link IOException} in {@code e}'s causes, or {@code null} when it did not come from I/O. */
    static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    /**
     * Runs an office library's write to {@code out} and rethrows an I/O failure of {@code out} as itself, whether the
     * library wrapped it in a runtime exception or swallowed it and failed with a message of its own (Apache POI does
     * both).
     */
    static void unwrapped(OutputStream out, Write write) throws IOException {
        Watched watched = new Watched(out);
        try {
            write.to(watched);
        } catch (IOException | RuntimeException e) {
            if (watched.failure != null) {
                throw watched.failure;
            }
            IOException io = e instanceof IOException direct ? direct : ioCause(e);
            if (io == null) {
                throw e;
            }
            throw io;
        }
        if (watched.failure != null) {
            throw watched.failure; // the library went on as if the write had worked
        }
    }

    @FunctionalInterface
    interface Write {
        void to(OutputStream out) throws IOException;
    }

    /** Remembers the first failure of the stream underneath; closing only flushes (the caller owns the stream). */
    private static final class Watched extends FilterOutputStream {

        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
