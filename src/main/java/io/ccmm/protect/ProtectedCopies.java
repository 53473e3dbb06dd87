package io.ccmm.protect;

import io.ccmm.protect.ProtectionException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Makes and opens password-protected copies of assessment files. Every method checks before it writes: a refusal
 * leaves the file system as it was, and the output appears whole (forced to disk, moved into place) or not at all.
 *
 * <p>Callers that ask for a password interactively first call {@link #checkAssessmentFile} or {@link #readHeader} and
 * {@link #checkOutput}, so that a bad file is refused before the user types anything.
 */
public final class ProtectedCopies {

    /** Plaintext bytes per chunk: large enough to cost nothing, small enough to stream any file. */
    public static final int DEFAULT_CHUNK_SIZE = 1 << 20;

    /** The usual file name extension of a protected copy. */
    public static final String EXTENSION = ".ccmmx";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProtectedCopies() {}

    /** Protects {@code source} (an assessment file) into {@code target} with the default cost. */
    public static void protect(Path source, Path target, char[] password, boolean replace) throws ProtectionException {
        protect(source, target, password, replace, KdfParameters.DEFAULT, DEFAULT_CHUNK_SIZE);
    }

    /** As {@link #protect(Path, Path, char[], boolean)} with an explicit cost and chunk size (tests, benchmarks). */
    public static void protect(
            Path source, Path target, char[] password, boolean replace, KdfParameters kdf, int chunkSize)
            throws ProtectionException {
        byte[] secret = passwordBytes(password);
        try {
            checkAssessmentFile(source);
            checkOutput(source, target, replace);
            FileStamp before;
            try {
                before = FileStamp.of(source);
            } catch (IOException e) {
                throw io(e, source, source);
            }
            try (InputStream file = Files.newInputStream(source);
                    HeadOfInput in = new HeadOfInput(file);
                    AtomicOutput out = AtomicOutput.create(target, replace)) {
                long length = ChunkCipher.encrypt(in, out.stream(), secret, kdf, chunkSize, RANDOM);
                // What was read, not what was checked before: the file may have been replaced in between.
                if (!AssessmentFileCheck.isAssessmentFile(in.head(), length)) {
                    throw new ProtectionException(Reason.NOT_AN_ASSESSMENT, "changed while reading", name(source));
                }
                if (!before.equals(FileStamp.of(source)) || before.size() != length) {
                    throw new ProtectionException(Reason.FILE_IN_USE, "changed while reading", name(source));
                }
                requireClosed(source);
                out.commit();
            } catch (IOException e) {
                throw io(e, source, target);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Protects an assessment file given as a stream, e.g. a snapshot the application took of a file it has open
     * ({@code AssessmentFile.saveCopy} to a private temporary file). {@code sourceName} names it in refusals; the
     * content is checked to be an assessment file as it is read.
     */
    public static void protect(InputStream plain, String sourceName, Path target, char[] password, boolean replace)
            throws ProtectionException {
        byte[] secret = passwordBytes(password);
        try {
            checkOutputFile(target, replace);
            try (HeadOfInput in = new HeadOfInput(plain);
                    AtomicOutput out = AtomicOutput.create(target, replace)) {
                long length = ChunkCipher.encrypt(
                        in, out.stream(), secret, KdfParameters.DEFAULT, DEFAULT_CHUNK_SIZE, RANDOM);
                if (!AssessmentFileCheck.isAssessmentFile(in.head(), length)) {
                    throw new ProtectionException(Reason.NOT_AN_ASSESSMENT, "not an assessment", sourceName);
                }
                out.commit();
            } catch (IOException e) {
                throw io(e, target, target);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Opens the protected copy {@code source} into {@code target}, which then is the assessment file it holds. */
    public static void unprotect(Path source, Path target, char[] password, boolean replace)
            throws ProtectionException {
        byte[] secret = passwordBytes(password);
        try {
            PackageHeader header = readHeaderOf(source);
            checkOutput(source, target, replace);
            byte[] key = unlockOrName(secret, header, source);
            try (InputStream in = Files.newInputStream(source);
                    AtomicOutput out = AtomicOutput.create(target, replace);
                    HeadOfOutput plain = new HeadOfOutput(out.stream())) {
                PackageHeader again = PackageHeader.read(in, name(source));
                if (!Arrays.equals(again.encode(), header.encode())) {
                    throw new ProtectionException(Reason.DAMAGED, "changed while reading", name(source));
                }
                long length = ChunkCipher.decrypt(header, key, in, plain, name(source));
                plain.flush();
                if (!AssessmentFileCheck.isAssessmentFile(plain.head(), length)) {
                    throw new ProtectionException(Reason.NOT_AN_ASSESSMENT, "holds no assessment", name(source));
                }
                out.commit();
            } catch (IOException e) {
                throw io(e, source, target);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Reads and checks the header of a protected copy without a password (format, version, damage, cost limits). */
    public static PackageHeaderInfo readHeader(Path source) throws ProtectionException {
        return new PackageHeaderInfo(readHeaderOf(source));
    }

    /** Refuses a file that is not an assessment file, or one whose latest changes are not yet in the file itself. */
    public static void checkAssessmentFile(Path source) throws ProtectionException {
        try (InputStream in = Files.newInputStream(source)) {
            byte[] head = in.readNBytes(AssessmentFileCheck.HEADER_LENGTH);
            if (!AssessmentFileCheck.isAssessmentFile(head, Files.size(source))) {
                throw new ProtectionException(Reason.NOT_AN_ASSESSMENT, "not an assessment file", name(source));
            }
        } catch (IOException e) {
            throw io(e, source, source);
        }
        requireClosed(source);
    }

    /**
     * Refuses a file that SQLite has open or left unfinished: its write-ahead log exists (open in the application, or
     * not closed properly) or its rollback journal holds a transaction. Such a file may change while it is read, and
     * replacing it would hand the application's log a different database.
     */
    private static void requireClosed(Path file) throws ProtectionException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        try {
            if (Files.exists(wal) || (Files.exists(journal) && Files.size(journal) > 0)) {
                throw new ProtectionException(Reason.FILE_IN_USE, "has a log or journal", name(file));
            }
        } catch (IOException e) {
            throw io(e, file, file);
        }
    }

    /** Refuses an output that is the input itself, a folder, or (without {@code replace}) an existing file. */
    public static void checkOutput(Path source, Path target, boolean replace) throws ProtectionException {
        Path from = source.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        try {
            if (from.equals(to) || (Files.exists(to) && Files.isSameFile(from, to))) {
                throw new ProtectionException(Reason.SAME_FILE, "output is the input", name(target));
            }
        } catch (IOException e) {
            throw io(e, target, target);
        }
        checkOutputFile(target, replace);
    }

    private static void checkOutputFile(Path target, boolean replace) throws ProtectionException {
        Path to = target.toAbsolutePath().normalize();
        if (Files.isDirectory(to)) {
            throw new ProtectionException(Reason.IO, "is a folder", name(target), "is a folder");
        }
        if (!replace && Files.exists(to)) {
            throw new ProtectionException(Reason.OUTPUT_EXISTS, "exists", name(target));
        }
        if (Files.exists(to)) {
            requireClosed(target);
        }
        Path dir = to.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ProtectionException(Reason.NOT_FOUND, "no folder", String.valueOf(dir));
        }
    }

    /** Size and modification time: a file that changed while it was read is not protected. */
    private record FileStamp(long size, java.nio.file.attribute.FileTime modified) {
        static FileStamp of(Path file) throws IOException {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file));
        }
    }

    private static PackageHeader readHeaderOf(Path source) throws ProtectionException {
        try (InputStream in = Files.newInputStream(source)) {
            return PackageHeader.read(in, name(source));
        } catch (IOException e) {
            throw io(e, source, source);
        }
    }

    private static byte[] unlockOrName(byte[] secret, PackageHeader header, Path source) throws ProtectionException {
        try {
            return ChunkCipher.unlock(secret, header);
        } catch (ProtectionException e) {
            throw new ProtectionException(e.reason(), "password check differs", e, name(source));
        }
    }

    /** The password as Unicode NFC in UTF-8, so the same password typed on another system gives the same key. */
    static byte[] passwordBytes(char[] password) throws ProtectionException {
        if (password.length == 0) {
            throw new ProtectionException(Reason.EMPTY_PASSWORD, "empty");
        }
        String normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalized);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static ProtectionException io(IOException e, Path file, Path target) {
        if (e instanceof NoSuchFileException missing) {
            return new ProtectionException(Reason.NOT_FOUND, "no such file", e, missing.getFile());
        }
        if (e instanceof FileAlreadyExistsException) {
            return new ProtectionException(Reason.OUTPUT_EXISTS, "appeared while writing", e, name(target));
        }
        String what = e instanceof AccessDeniedException ? "access denied" : String.valueOf(e.getMessage());
        String where = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                ? fse.getFile()
                : name(file);
        return new ProtectionException(Reason.IO, what, e, where, what);
    }

    private static String name(Path file) {
        return file.toString();
    }

    /** Keeps the first bytes that pass, to check what was actually read. */
    private static final class HeadOfInput extends FilterInputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream(AssessmentFileCheck.HEADER_LENGTH);

        HeadOfInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && head.size() < AssessmentFileCheck.HEADER_LENGTH) {
                head.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && head.size() < AssessmentFileCheck.HEADER_LENGTH) {
                head.write(b, off, Math.min(n, AssessmentFileCheck.HEADER_LENGTH - head.size()));
            }
            return n;
        }

        byte[] head() {
            return head.toByteArray();
        }
    }

    /** Keeps the first bytes written, to check what a protected copy holds before it is put in place. */
    private static final class HeadOfOutput extends FilterOutputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream(AssessmentFileCheck.HEADER_LENGTH);

        HeadOfOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (head.size() < AssessmentFileCheck.HEADER_LENGTH) {
                head.write(b);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (head.size() < AssessmentFileCheck.HEADER_LENGTH) {
                head.write(b, off, Math.min(len, AssessmentFileCheck.HEADER_LENGTH - head.size()));
            }
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush(); // the underlying stream belongs to the atomic output
        }

        byte[] head() {
            return head.toByteArray();
        }
    }
}
