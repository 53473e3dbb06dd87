package io.ccmm.protect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.protect.ProtectionException.Reason;
import io.ccmm.storage.AssessmentFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtectedCopiesTest {

    private static final char[] PASSWORD = "correct horse 电池 staple".toCharArray();
    private static final int CHUNK = 1024;

    @TempDir
    Path dir;

    private Path source;
    private byte[] original;
    private Path sealed;
    private byte[] sealedBytes;
    private Path opened;

    @BeforeEach
    void protectOne() throws Exception {
        source = TestFiles.assessmentFile(dir, "center.ccmm");
        original = Files.readAllBytes(source);
        sealed = dir.resolve("center.ccmmx");
        ProtectedCopies.protect(source, sealed, PASSWORD.clone(), false, TestFiles.CHEAP, CHUNK);
        sealedBytes = Files.readAllBytes(sealed);
        opened = dir.resolve("opened.ccmm");
    }

    @Test
    void roundTripGivesTheSameBytesAndAFileStorageOpens() throws Exception {
        assertTrue(original.length > 4 * CHUNK, "several chunks: " + original.length);
        assertFalse(containsPlain(sealedBytes, "SQLite format 3".getBytes()), "the copy is encrypted");

        ProtectedCopies.unprotect(sealed, opened, PASSWORD.clone(), false);

        assertArrayEquals(original, Files.readAllBytes(opened));
        try (AssessmentFile file = AssessmentFile.openForReading(opened)) {
            assertEquals("某市12345政务服务热线", file.organization().name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 4096, 4097, 1 << 20})
    void roundTripForChunkSizesAroundThePageSize(int chunk) throws Exception {
        // Assessment files are whole pages of 4096 bytes: 4096 ends exactly on a chunk border.
        Path other = dir.resolve("chunk-" + chunk + ".ccmmx");
        ProtectedCopies.protect(source, other, PASSWORD.clone(), false, TestFiles.CHEAP, chunk);
        ProtectedCopies.unprotect(other, opened, PASSWORD.clone(), false);
        assertArrayEquals(original, Files.readAllBytes(opened));
    }

    @Test
    void theDefaultCostRoundTrips() throws Exception {
        Path other = dir.resolve("default.ccmmx");
        ProtectedCopies.protect(source, other, PASSWORD.clone(), false);
        PackageHeaderInfo header = ProtectedCopies.readHeader(other);
        assertEquals(KdfParameters.DEFAULT, header.kdf());
        assertEquals(ProtectedCopies.DEFAULT_CHUNK_SIZE, header.chunkSize());
        ProtectedCopies.unprotect(other, opened, PASSWORD.clone(), false);
        assertArrayEquals(original, Files.readAllBytes(opened));
    }

    @Test
    void twoCopiesOfTheSameFileShareNoBytesBeyondTheFixedHeaderFields() throws Exception {
        Path other = dir.resolve("again.ccmmx");
        ProtectedCopies.protect(source, other, PASSWORD.clone(), false, TestFiles.CHEAP, CHUNK);
        byte[] again = Files.readAllBytes(other);
        assertEquals(sealedBytes.length, again.length);
        assertFalse(Arrays.equals(sealedBytes, 28, 44, again, 28, 44), "fresh salt");
        assertFalse(Arrays.equals(sealedBytes, 44, 51, again, 44, 51), "fresh nonce prefix");
        assertFalse(Arrays.equals(sealedBytes, 71, 200, again, 71, 200), "different ciphertext");
    }

    @Test
    void aSnapshotGivenAsAStreamIsProtectedToo() throws Exception {
        Path other = dir.resolve("stream.ccmmx");
        try (java.io.InputStream in = Files.newInputStream(source)) {
            ProtectedCopies.protect(in, "snapshot of center.ccmm", other, PASSWORD.clone(), false);
        }
        ProtectedCopies.unprotect(other, opened, PASSWORD.clone(), false);
        assertArrayEquals(original, Files.readAllBytes(opened));

        ProtectionException e = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.protect(
                        new ByteArrayInputStream(new byte[5000]), "zeros", dir.resolve("z.ccmmx"), PASSWORD, false));
        assertEquals(Reason.NOT_AN_ASSESSMENT, e.reason());
        assertEquals(List.of("zeros"), e.arguments());
        assertFalse(Files.exists(dir.resolve("z.ccmmx")));
    }

    @Test
    void aPasswordTypedInAnotherUnicodeFormOpens() throws Exception {
        Path other = dir.resolve("accent.ccmmx");
        ProtectedCopies.protect(source, other, "caf\u00e9".toCharArray(), false, TestFiles.CHEAP, CHUNK);
        ProtectedCopies.unprotect(other, opened, "cafe\u0301".toCharArray(), false);
        assertArrayEquals(original, Files.readAllBytes(opened));
    }

    @Test
    void aWrongPasswordIsRefusedAsSuchAndWritesNothing() throws Exception {
        List<String> before = TestFiles.listing(dir);
        ProtectionException e = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.unprotect(sealed, opened, "correct horse 电池 stapler".toCharArray(), false));
        assertEquals(Reason.WRONG_PASSWORD, e.reason());
        assertEquals(List.of(sealed.toString()), e.arguments());
        assertEquals(before, TestFiles.listing(dir));
    }

    @Test
    void anEmptyPasswordIsRefusedBothWays() throws Exception {
        List<String> before = TestFiles.listing(dir);
        ProtectionException protecting = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.protect(source, dir.resolve("x.ccmmx"), new char[0], false));
        ProtectionException opening = assertThrows(
                ProtectionException.class, () -> ProtectedCopies.unprotect(sealed, opened, new char[0], false));
        assertEquals(Reason.EMPTY_PASSWORD, protecting.reason());
        assertEquals(Reason.EMPTY_PASSWORD, opening.reason());
        assertEquals(before, TestFiles.listing(dir));
    }

    @Test
    void aCopyCutOffAnywhereIsRefused() throws Exception {
        int body = sealedBytes.length - PackageHeader.LENGTH;
        int sealedChunk = CHUNK + ChunkCipher.TAG_LENGTH;
        List<Integer> cuts = new ArrayList<>(List.of(0, 1, 7, 8, 9, 10, 40, 70, 71, 72, 100, sealedBytes.length - 1));
        for (int border = PackageHeader.LENGTH + sealedChunk; border < sealedBytes.length; border += sealedChunk) {
            cuts.add(border); // at a chunk border: the last chunk left was not sealed as the last
            cuts.add(border - 1);
            cuts.add(border + 17);
        }
        assertTrue(body > 3 * sealedChunk);
        for (int cut : cuts) {
            ProtectionException e = refusedWith(Arrays.copyOf(sealedBytes, cut));
            Set<Reason> expected = cut < 8
                    ? Set.of(Reason.NOT_A_PROTECTED_COPY, Reason.TRUNCATED)
                    : cut < PackageHeader.LENGTH || (cut - PackageHeader.LENGTH) % sealedChunk == 0
                            ? Set.of(Reason.TRUNCATED)
                            : Set.of(Reason.TRUNCATED, Reason.DAMAGED);
            assertTrue(expected.contains(e.reason()), "cut at " + cut + ": " + e.reason());
        }
        assertEquals(Reason.NOT_A_PROTECTED_COPY, refusedWith(new byte[0]).reason());
    }

    @Test
    void everyHeaderByteChangedIsRefused() throws Exception {
        for (int i = 0; i < PackageHeader.LENGTH; i++) {
            for (int mask : new int[] {0x01, 0x80, 0xFF}) {
                byte[] copy = sealedBytes.clone();
                copy[i] ^= (byte) mask;
                ProtectionException e = refusedWith(copy);
                Reason expected = i < 8 ? Reason.NOT_A_PROTECTED_COPY : Reason.DAMAGED;
                if (i == 8 || i == 9) {
                    // A version byte changed reads as a newer (or no known) format version.
                    assertTrue(Set.of(Reason.NEWER_VERSION, Reason.DAMAGED).contains(e.reason()), i + ": " + e);
                } else {
                    assertEquals(expected, e.reason(), "byte " + i + " ^ " + mask);
                }
            }
        }
    }

    @Test
    void aCopyOfANewerFormatVersionSaysSoBeforeAnyPasswordIsNeeded() throws Exception {
        byte[] newer = sealedBytes.clone();
        newer[9] = 2;
        fixCrc(newer);
        Path file = dir.resolve("newer.ccmmx");
        Files.write(file, newer);
        ProtectionException e = assertThrows(ProtectionException.class, () -> ProtectedCopies.readHeader(file));
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertEquals(List.of(file.toString(), "2"), e.arguments());
    }

    @Test
    void aHeaderAlteredWithARecomputedChecksumIsRefused() throws Exception {
        // Someone who knows the format changes a field and fixes the CRC: salt, cost, chunk size, nonce, check.
        int[] positions = {12, 16, 23, 26, 30, 45, 60};
        for (int position : positions) {
            byte[] copy = sealedBytes.clone();
            copy[position] ^= 0x01;
            fixCrc(copy);
            ProtectionException e = refusedWith(copy);
            assertTrue(
                    Set.of(Reason.WRONG_PASSWORD, Reason.DAMAGED).contains(e.reason()), position + ": " + e.reason());
        }
    }

    @Test
    void aSampleOfBodyBytesChangedIsRefusedAsDamage() throws Exception {
        Random random = new Random(20261129L);
        List<Integer> positions = new ArrayList<>(List.of(PackageHeader.LENGTH, sealedBytes.length - 1));
        for (int i = 0; i < 60; i++) {
            positions.add(PackageHeader.LENGTH + random.nextInt(sealedBytes.length - PackageHeader.LENGTH));
        }
        for (int position : positions) {
            byte[] copy = sealedBytes.clone();
            copy[position] ^= (byte) (1 << random.nextInt(8));
            assertEquals(Reason.DAMAGED, refusedWith(copy).reason(), "byte " + position);
        }
    }

    @Test
    void chunksSwappedRepeatedDroppedOrAppendedAreRefused() throws Exception {
        List<byte[]> chunks = chunks(sealedBytes);
        assertTrue(chunks.size() >= 4);
        byte[] header = Arrays.copyOf(sealedBytes, PackageHeader.LENGTH);

        List<byte[]> swapped = new ArrayList<>(chunks);
        swapped.set(1, chunks.get(2));
        swapped.set(2, chunks.get(1));
        assertEquals(Reason.DAMAGED, refusedWith(join(header, swapped)).reason());

        List<byte[]> dropped = new ArrayList<>(chunks);
        dropped.remove(1);
        assertEquals(Reason.DAMAGED, refusedWith(join(header, dropped)).reason());

        List<byte[]> repeated = new ArrayList<>(chunks);
        repeated.add(1, chunks.get(1));
        assertEquals(Reason.DAMAGED, refusedWith(join(header, repeated)).reason());

        List<byte[]> lastDropped = new ArrayList<>(chunks.subList(0, chunks.size() - 1));
        assertEquals(Reason.TRUNCATED, refusedWith(join(header, lastDropped)).reason());

        List<byte[]> lastMovedUp = new ArrayList<>(chunks.subList(0, 2));
        lastMovedUp.add(chunks.get(chunks.size() - 1));
        assertEquals(Reason.DAMAGED, refusedWith(join(header, lastMovedUp)).reason());

        byte[] appended = Arrays.copyOf(sealedBytes, sealedBytes.length + 1);
        assertEquals(Reason.DAMAGED, refusedWith(appended).reason());
        byte[] chunkAppended = join(sealedBytes, List.of(chunks.get(0)));
        assertEquals(Reason.DAMAGED, refusedWith(chunkAppended).reason());
    }

    @Test
    void aChunkFromAnotherCopyWithTheSamePasswordIsRefused() throws Exception {
        Path other = dir.resolve("other.ccmmx");
        ProtectedCopies.protect(source, other, PASSWORD.clone(), false, TestFiles.CHEAP, CHUNK);
        List<byte[]> mixed = new ArrayList<>(chunks(sealedBytes));
        mixed.set(1, chunks(Files.readAllBytes(other)).get(1));
        assertEquals(
                Reason.DAMAGED,
                refusedWith(join(Arrays.copyOf(sealedBytes, PackageHeader.LENGTH), mixed))
                        .reason());
    }

    @Test
    void aProtectedCopyOfSomethingElseOpensToNothing() throws Exception {
        byte[] notAnAssessment = new byte[5000];
        new Random(1).nextBytes(notAnAssessment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkCipher.encrypt(
                new ByteArrayInputStream(notAnAssessment),
                out,
                ProtectedCopies.passwordBytes(PASSWORD),
                TestFiles.CHEAP,
                CHUNK,
                new SecureRandom());
        ProtectionException e = refusedWith(out.toByteArray());
        assertEquals(Reason.NOT_AN_ASSESSMENT, e.reason());
    }

    @Test
    void onlyAssessmentFilesAreProtected() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not an assessment ".repeat(100));
        List<String> before = TestFiles.listing(dir);
        ProtectionException e = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.protect(text, dir.resolve("notes.ccmmx"), PASSWORD.clone(), false));
        assertEquals(Reason.NOT_AN_ASSESSMENT, e.reason());
        assertEquals(before, TestFiles.listing(dir));
    }

    @Test
    void aFileWithChangesStillInItsLogIsNotProtected() throws Exception {
        Files.write(dir.resolve("center.ccmm-wal"), new byte[] {1, 2, 3});
        ProtectionException e = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.protect(source, dir.resolve("x.ccmmx"), PASSWORD.clone(), false));
        assertEquals(Reason.FILE_IN_USE, e.reason());
        assertFalse(Files.exists(dir.resolve("x.ccmmx")));
    }

    @Test
    void aFileOpenInTheApplicationIsNeitherProtectedNorReplaced() throws Exception {
        Files.write(dir.resolve("center.ccmm-wal"), new byte[0]); // open: SQLite keeps its log while it has the file
        ProtectionException reading = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.protect(source, dir.resolve("x.ccmmx"), PASSWORD.clone(), false));
        assertEquals(Reason.FILE_IN_USE, reading.reason());

        ProtectionException replacing = assertThrows(
                ProtectionException.class, () -> ProtectedCopies.unprotect(sealed, source, PASSWORD.clone(), true));
        assertEquals(Reason.FILE_IN_USE, replacing.reason());
        assertEquals(List.of(source.toString()), replacing.arguments());
        assertArrayEquals(original, Files.readAllBytes(source));
    }

    @Test
    void anExistingOutputIsKeptUnlessReplacingIsAskedFor() throws Exception {
        Files.writeString(opened, "keep me");
        ProtectionException e = assertThrows(
                ProtectionException.class, () -> ProtectedCopies.unprotect(sealed, opened, PASSWORD.clone(), false));
        assertEquals(Reason.OUTPUT_EXISTS, e.reason());
        assertEquals("keep me", Files.readString(opened));

        ProtectedCopies.unprotect(sealed, opened, PASSWORD.clone(), true);
        assertArrayEquals(original, Files.readAllBytes(opened));
    }

    @Test
    void anExistingOutputIsKeptWhenOpeningFailsEvenWithReplace() throws Exception {
        Files.writeString(opened, "keep me");
        byte[] damaged = sealedBytes.clone();
        damaged[damaged.length - 5] ^= 1;
        Files.write(sealed, damaged);
        List<String> before = TestFiles.listing(dir);
        assertThrows(ProtectionException.class, () -> ProtectedCopies.unprotect(sealed, opened, PASSWORD, true));
        assertEquals("keep me", Files.readString(opened));
        assertEquals(before, TestFiles.listing(dir));
    }

    @Test
    void theInputIsNeverItsOwnOutput() {
        ProtectionException e = assertThrows(
                ProtectionException.class, () -> ProtectedCopies.protect(source, source, PASSWORD.clone(), true));
        assertEquals(Reason.SAME_FILE, e.reason());
        assertArrayEquals(original, readQuietly(source));
    }

    @Test
    void aMissingInputOrFolderIsNamed() {
        ProtectionException missing = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.unprotect(dir.resolve("nope.ccmmx"), opened, PASSWORD.clone(), false));
        assertEquals(Reason.NOT_FOUND, missing.reason());
        ProtectionException noFolder = assertThrows(
                ProtectionException.class,
                () -> ProtectedCopies.unprotect(sealed, dir.resolve("no/such/x.ccmm"), PASSWORD.clone(), false));
        assertEquals(Reason.NOT_FOUND, noFolder.reason());
    }

    private ProtectionException refusedWith(byte[] bytes) throws Exception {
        Path damaged = dir.resolve("damaged.ccmmx");
        Files.write(damaged, bytes);
        Path target = dir.resolve("damaged-opened.ccmm");
        List<String> before = TestFiles.listing(dir);
        ProtectionException e = assertThrows(
                ProtectionException.class, () -> ProtectedCopies.unprotect(damaged, target, PASSWORD.clone(), false));
        assertEquals(before, TestFiles.listing(dir), "nothing left behind");
        Files.delete(damaged);
        return e;
    }

    private static List<byte[]> chunks(byte[] sealedCopy) {
        List<byte[]> chunks = new ArrayList<>();
        int size = CHUNK + ChunkCipher.TAG_LENGTH;
        for (int at = PackageHeader.LENGTH; at < sealedCopy.length; at += size) {
            chunks.add(Arrays.copyOfRange(sealedCopy, at, Math.min(sealedCopy.length, at + size)));
        }
        return chunks;
    }

    private static byte[] join(byte[] first, List<byte[]> rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        rest.forEach(out::writeBytes);
        return out.toByteArray();
    }

    static void fixCrc(byte[] copy) {
        CRC32 crc = new CRC32();
        crc.update(copy, 0, PackageHeader.LENGTH - 4);
        ByteBuffer.wrap(copy).putInt(PackageHeader.LENGTH - 4, (int) crc.getValue());
    }

    private static boolean containsPlain(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
