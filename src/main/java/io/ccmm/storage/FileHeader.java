package io.ccmm.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of a SQLite file, read with plain file I/O so that a file which is not ours is refused before
 * SQLite opens (and could change) it. See https://www.sqlite.org/fileformat.html §1.3.
 */
record FileHeader(boolean sqlite, int userVersion, int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static FileHeader read(Path file) throws IOException {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, header.length);
        }
        if (n < header.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new FileHeader(false, 0, 0);
        }
        ByteBuffer b = ByteBuffer.wrap(header); // big-endian, as SQLite writes it
        return new FileHeader(true, b.getInt(60), b.getInt(68));
    }

    /** True when the header says the file is in WAL mode (read and write versions 2, bytes 18 and 19). */
    static boolean inWalMode(Path file) {
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && (header[18] == 2 || header[19] == 2);
        } catch (IOException e) {
            return false;
        }
    }
}
