package io.ccmm.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails at any point leaves the target as it was and nothing beside it. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Writes {@code chunks} blocks of 64 KB and fails like a full disk at block {@code failAt} (never when -1). */
    private static AtomicFileWriter.Content failingAt(int chunks, int failAt) {
        return out -> {
            byte[] block = new byte[1 << 16];
            for (int i = 0; i < chunks; i++) {
                if (i == failAt) {
                    throw new IOException("No space left on device");
                }
                out.write(block);
            }
        };
    }

    @Test
    void aFailureAtEveryWriteLeavesTheOldFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old report");
        for (int failAt = 0; failAt < 8; failAt++) {
            int n = failAt;
            IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, failingAt(8, n)));
            assertEquals("No space left on device", e.getMessage());
            assertEquals(List.of(target), files(), "nothing left beside the target after a failure at write " + n);
            assertEquals("old report", Files.readString(target));
        }
        AtomicFileWriter.write(target, failingAt(8, -1));
        assertEquals(8L << 16, Files.size(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aNewFileAppearsOnlyWhole() throws IOException {
        Path target = dir.resolve("new.json");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, failingAt(4, 2)));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    @Test
    void moveIfAbsentNeverReplaces() throws IOException {
        Path target = Files.writeString(dir.resolve("a.ccmm"), "first");
        Path temp = Files.writeString(AtomicFileWriter.temporarySibling(target), "second");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFileWriter.moveIntoPlaceIfAbsent(temp, target));
        assertEquals("first", Files.readString(target));

        Path fresh = dir.resolve("b.ccmm");
        AtomicFileWriter.moveIntoPlaceIfAbsent(temp, fresh);
        assertEquals("second", Files.readString(fresh));
        assertFalse(Files.exists(temp));
    }

    /** The disk itself failing at its {@code n}-th write (0-based), as a full disk or a pulled drive does. */
    private static UnaryOperator<OutputStream> diskFailingAt(int n) {
        return real -> new FilterOutputStream(real) {
            private int writes;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (writes++ == n) {
                    throw new IOException("No space left on device");
                }
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    /** Five blocks of 64 KB (each goes to the disk at once) and a tail the final flush writes. */
    private static AtomicFileWriter.Content sixDiskWrites() {
        return out -> {
            for (int i = 0; i < 5; i++) {
                out.write(new byte[1 << 16]);
            }
            out.write(new byte[100]);
        };
    }

    @Test
    void aDiskFailingAtAnyWriteLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("settings.json"), "{\"language\":\"zh\"}");
        for (int n = 0; n < 6; n++) {
            int failAt = n;
            IOException e = assertThrows(
                    IOException.class, () -> AtomicFileWriter.write(target, sixDiskWrites(), diskFailingAt(failAt)));
            assertEquals("No space left on device", e.getMessage());
            assertEquals("{\"language\":\"zh\"}", Files.readString(target), "target untouched, failure at write " + n);
            assertEquals(List.of(target), files(), "no temporary file left, failure at write " + n);
        }
        AtomicFileWriter.write(target, sixDiskWrites(), diskFailingAt(6));
        assertEquals(5 * (1 << 16) + 100, Files.size(target));
        assertEquals(List.of(target), files());
    }
}
