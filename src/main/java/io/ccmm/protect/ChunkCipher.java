package io.ccmm.protect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The body of a protected copy: the plaintext cut into chunks of the header's chunk size, each sealed with AES-256-GCM
 * (16-byte tag) as in the STREAM construction. The 12-byte nonce of chunk {@code i} is the header's 7-byte prefix, then
 * {@code i} as 4 bytes big-endian, then 1 for the last chunk and 0 for every other. The associated data of every chunk
 * is the whole header. So a chunk moved, repeated or dropped fails (its counter is wrong), a copy cut off at a chunk
 * border fails (its last chunk was not sealed as the last), and bytes appended after the last chunk fail (it is then
 * opened as not the last). The plaintext of a chunk is released only after its tag checked; an empty plaintext is one
 * empty last chunk.
 *
 * <p>Key: Argon2id (version 0x13) over the password's UTF-8 bytes with the header's salt and cost gives 64 bytes: the
 * first 32 are the AES key, the last 32 the key of the header's password check.
 */
final class ChunkCipher {

    static final int TAG_LENGTH = 16;
    private static final int KEY_LENGTH = 32;

    private ChunkCipher() {}

    /** Writes header and body for {@code plain}; returns the number of plaintext bytes. */
    static long encrypt(
            InputStream plain, OutputStream out, byte[] password, KdfParameters kdf, int chunkSize, SecureRandom random)
            throws IOException {
        byte[] salt = new byte[PackageHeader.SALT_LENGTH];
        byte[] prefix = new byte[PackageHeader.NONCE_PREFIX_LENGTH];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        PackageHeader unchecked = new PackageHeader(
                PackageHeader.VERSION, kdf, chunkSize, salt, prefix, new byte[PackageHeader.CHECK_LENGTH]);
        byte[] derived = derive(password, unchecked);
        try {
            PackageHeader header = unchecked.withCheck(passwordCheck(derived, unchecked));
            byte[] aad = header.encode();
            out.write(aad);
            Cipher cipher = cipher();
            SecretKeySpec key = new SecretKeySpec(derived, 0, KEY_LENGTH, "AES");
            PushbackInputStream in = new PushbackInputStream(plain, 1);
            byte[] buffer = new byte[chunkSize];
            byte[] sealed = new byte[chunkSize + TAG_LENGTH];
            long total = 0;
            for (long index = 0; ; index++) {
                int n = in.readNBytes(buffer, 0, chunkSize);
                boolean last = n < chunkSize || atEnd(in);
                cipher.init(Cipher.ENCRYPT_MODE, key, nonce(prefix, index, last));
                cipher.updateAAD(aad);
                int length = cipher.doFinal(buffer, 0, n, sealed, 0);
                out.write(sealed, 0, length);
                total += n;
                if (last) {
                    Arrays.fill(buffer, (byte) 0);
                    return total;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** The key material for {@code header}, or {@link ProtectionException.Reason#WRONG_PASSWORD}. */
    static byte[] unlock(byte[] password, PackageHeader header) throws ProtectionException {
        byte[] derived = derive(password, header);
        if (!MessageDigest.isEqual(passwordCheck(derived, header), header.check())) {
            Arrays.fill(derived, (byte) 0);
            throw new ProtectionException(ProtectionException.Reason.WRONG_PASSWORD, "password check differs");
        }
        return derived;
    }

    /**
     * Opens the body that follows {@code header} in {@code in} with key material from {@link #unlock}; writes the
     * plaintext to {@code out} chunk by chunk, each only after it is authenticated. Returns the plaintext length.
     */
    static long decrypt(PackageHeader header, byte[] derived, InputStream body, OutputStream out, String name)
            throws IOException, ProtectionException {
        byte[] aad = header.encode();
        byte[] prefix = header.noncePrefix();
        int chunkSize = header.chunkSize();
        PushbackInputStream in = new PushbackInputStream(body, 1);
        byte[] sealed = new byte[chunkSize + TAG_LENGTH];
        byte[] plain = new byte[chunkSize];
        try {
            Cipher cipher = cipher();
            SecretKeySpec key = new SecretKeySpec(derived, 0, KEY_LENGTH, "AES");
            long total = 0;
            for (long index = 0; ; index++) {
                int n = in.readNBytes(sealed, 0, sealed.length);
                boolean last = n < sealed.length || atEnd(in);
                if (n < TAG_LENGTH) {
                    // Nothing or less than a tag where a chunk should be: the copy was cut off here.
                    throw new ProtectionException(ProtectionException.Reason.TRUNCATED, "chunk " + index, name);
                }
                int length;
                try {
                    cipher.init(Cipher.DECRYPT_MODE, key, nonce(prefix, index, last));
                    cipher.updateAAD(aad);
                    length = cipher.doFinal(sealed, 0, n, plain, 0);
                } catch (AEADBadTagException e) {
                    throw refusal(cipher, key, aad, prefix, index, last, sealed, n, name);
                }
                out.write(plain, 0, length);
                total += length;
                if (last) {
                    return total;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** A final chunk that opens as a middle one means the file was cut at a chunk border; anything else is damage. */
    private static ProtectionException refusal(
            Cipher cipher,
            SecretKeySpec key,
            byte[] aad,
            byte[] prefix,
            long index,
            boolean last,
            byte[] sealed,
            int n,
            String name)
            throws GeneralSecurityException {
        if (last && n == sealed.length) {
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, nonce(prefix, index, false));
                cipher.updateAAD(aad);
                cipher.doFinal(sealed, 0, n);
                return new ProtectionException(ProtectionException.Reason.TRUNCATED, "no last chunk", name);
            } catch (AEADBadTagException e) {
                // not a middle chunk either: damaged
            }
        }
        return new ProtectionException(ProtectionException.Reason.DAMAGED, "chunk " + index + " altered", name);
    }

    private static boolean atEnd(PushbackInputStream in) throws IOException {
        int next = in.read();
        if (next < 0) {
            return true;
        }
        in.unread(next);
        return false;
    }

    static GCMParameterSpec nonce(byte[] prefix, long index, boolean last) {
        if (index > 0xFFFF_FFFFL) {
            throw new IllegalStateException("more than 2^32 chunks");
        }
        byte[] nonce = Arrays.copyOf(prefix, 12);
        nonce[7] = (byte) (index >>> 24);
        nonce[8] = (byte) (index >>> 16);
        nonce[9] = (byte) (index >>> 8);
        nonce[10] = (byte) index;
        nonce[11] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(TAG_LENGTH * 8, nonce);
    }

    private static Cipher cipher() throws GeneralSecurityException {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }

    static byte[] derive(byte[] password, PackageHeader header) {
        KdfParameters kdf = header.kdf();
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB())
                .withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism())
                .withSalt(header.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] derived = new byte[2 * KEY_LENGTH];
        generator.generateBytes(password, derived);
        return derived;
    }

    private static byte[] passwordCheck(byte[] derived, PackageHeader header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, KEY_LENGTH, KEY_LENGTH, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(header.checkedBytes()), PackageHeader.CHECK_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
