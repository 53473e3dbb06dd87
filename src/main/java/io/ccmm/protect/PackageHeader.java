package io.ccmm.protect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The 71-byte header at the start of every protected copy (big-endian):
 *
 * <pre>
 *  0  8  magic 89 43 43 4D 58 0D 0A 1A ("\x89CCMX\r\n\x1A": a high bit and a line ending a mail gateway would mangle)
 *  8  2  format version (1)
 * 10  2  flags, 0 (any other value is refused)
 * 12  4  Argon2id memory in KiB
 * 16  4  Argon2id iterations
 * 20  4  Argon2id parallelism
 * 24  4  plaintext bytes per chunk
 * 28 16  salt
 * 44  7  nonce prefix
 * 51 16  password check: HMAC-SHA256(check key, bytes 0..50), first 16 bytes
 * 67  4  CRC-32 of bytes 0..66
 * </pre>
 *
 * The CRC tells accidental damage of the header from a wrong password; the whole header is the associated data of every
 * chunk, so any change to it (even with a recomputed CRC) is refused.
 */
record PackageHeader(int version, KdfParameters kdf, int chunkSize, byte[] salt, byte[] noncePrefix, byte[] check) {

    static final byte[] MAGIC = {(byte) 0x89, 'C', 'C', 'M', 'X', 0x0D, 0x0A, 0x1A};
    static final int VERSION = 1;
    static final int LENGTH = 71;
    static final int CHECKED_LENGTH = 51;
    static final int SALT_LENGTH = 16;
    static final int NONCE_PREFIX_LENGTH = 7;
    static final int CHECK_LENGTH = 16;
    static final int MIN_CHUNK = 256;
    static final int MAX_CHUNK = 16 << 20;

    PackageHeader {
        salt = salt.clone();
        noncePrefix = noncePrefix.clone();
        check = check.clone();
        if (salt.length != SALT_LENGTH || noncePrefix.length != NONCE_PREFIX_LENGTH || check.length != CHECK_LENGTH) {
            throw new IllegalArgumentException("header field of the wrong length");
        }
        if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("chunk size out of range: " + chunkSize);
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] noncePrefix() {
        return noncePrefix.clone();
    }

    @Override
    public byte[] check() {
        return check.clone();
    }

    PackageHeader withCheck(byte[] newCheck) {
        return new PackageHeader(version, kdf, chunkSize, salt, noncePrefix, newCheck);
    }

    /** Bytes 0..50: what the password check covers. */
    byte[] checkedBytes() {
        return Arrays.copyOf(encode(), CHECKED_LENGTH);
    }

    byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put(MAGIC)
                .putShort((short) version)
                .putShort((short) 0)
                .putInt(kdf.memoryKiB())
                .putInt(kdf.iterations())
                .putInt(kdf.parallelism())
                .putInt(chunkSize)
                .put(salt)
                .put(noncePrefix)
                .put(check);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, LENGTH - 4);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /**
     * Reads and checks the header; everything after it is left in {@code in}. {@code name} only names the file in the
     * exception.
     */
    static PackageHeader read(InputStream in, String name) throws IOException, ProtectionException {
        byte[] bytes = in.readNBytes(LENGTH);
        int n = bytes.length;
        if (n < MAGIC.length) {
            boolean prefix = n > 0 && Arrays.equals(bytes, 0, n, MAGIC, 0, n);
            throw prefix
                    ? new ProtectionException(ProtectionException.Reason.TRUNCATED, "ends in the magic", name)
                    : new ProtectionException(ProtectionException.Reason.NOT_A_PROTECTED_COPY, "too short", name);
        }
        if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new ProtectionException(ProtectionException.Reason.NOT_A_PROTECTED_COPY, "no magic", name);
        }
        if (n < 10) {
            throw new ProtectionException(ProtectionException.Reason.TRUNCATED, "ends in the header", name);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        // Magic and version are the same in every format version; what follows them may change with the version.
        int version = Short.toUnsignedInt(b.getShort(8));
        if (version > VERSION) {
            throw new ProtectionException(
                    ProtectionException.Reason.NEWER_VERSION, "version " + version, name, Integer.toString(version));
        }
        if (n < LENGTH) {
            throw new ProtectionException(ProtectionException.Reason.TRUNCATED, "ends in the header", name);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, LENGTH - 4);
        if ((int) crc.getValue() != b.getInt(LENGTH - 4)) {
            throw new ProtectionException(ProtectionException.Reason.DAMAGED, "header checksum", name);
        }
        if (version != VERSION) {
            throw new ProtectionException(ProtectionException.Reason.DAMAGED, "version " + version, name);
        }
        int flags = Short.toUnsignedInt(b.getShort(10));
        long memory = Integer.toUnsignedLong(b.getInt(12));
        long iterations = Integer.toUnsignedLong(b.getInt(16));
        long parallelism = Integer.toUnsignedLong(b.getInt(20));
        long chunk = Integer.toUnsignedLong(b.getInt(24));
        if (flags != 0
                || !KdfParameters.withinLimits(memory, iterations, parallelism)
                || chunk < MIN_CHUNK
                || chunk > MAX_CHUNK) {
            throw new ProtectionException(ProtectionException.Reason.DAMAGED, "header values out of range", name);
        }
        return new PackageHeader(
                version,
                new KdfParameters((int) memory, (int) iterations, (int) parallelism),
                (int) chunk,
                Arrays.copyOfRange(bytes, 28, 44),
                Arrays.copyOfRange(bytes, 44, 51),
                Arrays.copyOfRange(bytes, 51, 67));
    }
}
