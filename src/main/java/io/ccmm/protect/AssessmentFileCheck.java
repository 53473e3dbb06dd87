package io.ccmm.protect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether bytes are an assessment file, from its first 100 bytes and its length alone (see
 * https://www.sqlite.org/fileformat.html §1.3): the SQLite magic, {@code application_id} 0x43434D4D, a schema version
 * (user_version) of at least 1, and, where the header's page count is valid, a length of exactly that many pages.
 * Checked before a file is protected and on what a protected copy holds before it is put in place.
 */
final class AssessmentFileCheck {

    static final int HEADER_LENGTH = 100;
    static final int APPLICATION_ID = 0x43434D4D;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private AssessmentFileCheck() {}

    /** True when {@code header} (the first bytes, at least 100 of them) and {@code length} fit an assessment file. */
    static boolean isAssessmentFile(byte[] header, long length) {
        if (header.length < HEADER_LENGTH
                || length < HEADER_LENGTH
                || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(header); // big-endian, as SQLite writes it
        if (b.getInt(68) != APPLICATION_ID || b.getInt(60) < 1) {
            return false;
        }
        int rawPageSize = Short.toUnsignedInt(b.getShort(16));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        if (pageSize < 512 || Long.bitCount(pageSize) != 1) {
            return false;
        }
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean pageCountValid = pages != 0 && b.getInt(24) == b.getInt(92);
        return !pageCountValid || pages * pageSize == length;
    }
}
