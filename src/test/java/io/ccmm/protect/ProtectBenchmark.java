package io.ccmm.protect;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.ImprovementAction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Cost of protected copies (not a test; figures and machine in BENCHMARKS.md):
 *
 * <pre>
 * mvn -B -ntp -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *   -Dexec.executable=java -Dexec.classpathScope=test \
 *   "-Dexec.args=-Xmx160m -cp %classpath io.ccmm.protect.ProtectBenchmark [DIR]"
 * </pre>
 *
 * Builds a 200-round assessment file in DIR (default: a new temporary folder; first round fully rated with notes, two
 * attachments per item and actions, each later round a copy with 5 ratings changed), then times the Argon2id key
 * derivation alone, {@code protect} and {@code unprotect} of that file at the default cost, and streams 256 MB
 * through the chunk cipher. It runs in a 160 MB heap (-Xmx160m): neither file is ever held whole in memory.
 */
public final class ProtectBenchmark {

    private static final char[] PASSWORD = "benchmark password 密码".toCharArray();
    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProtectBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0
                ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("ccmm-protect-bench");
        System.out.printf(
                Locale.ROOT,
                "java %s, %s %s, %d cores, max heap %d MB, files in %s%n",
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                dir);

        Path file = twoHundredRounds(dir);
        System.out.printf(Locale.ROOT, "200-round file: %.1f MB%n", Files.size(file) / 1e6);

        long[][] derive = new long[2][RUNS];
        PackageHeader header = new PackageHeader(
                PackageHeader.VERSION,
                KdfParameters.DEFAULT,
                ProtectedCopies.DEFAULT_CHUNK_SIZE,
                new byte[16],
                new byte[7],
                new byte[16]);
        byte[] password = ProtectedCopies.passwordBytes(PASSWORD);
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ChunkCipher.derive(password, header);
            derive[0][i] = System.nanoTime() - t0;
            derive[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        report("Argon2id key derivation alone (64 MiB, t=3, p=4)", derive);

        Path sealed = dir.resolve("two-hundred-rounds.ccmmx");
        Path opened = dir.resolve("two-hundred-rounds-opened.ccmm");
        long[][] protect = new long[2][RUNS];
        long[][] unprotect = new long[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ProtectedCopies.protect(file, sealed, PASSWORD.clone(), true);
            protect[0][i] = System.nanoTime() - t0;
            protect[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            ProtectedCopies.unprotect(sealed, opened, PASSWORD.clone(), true);
            unprotect[0][i] = System.nanoTime() - t1;
            unprotect[1][i] = THREADS.getCurrentThreadCpuTime() - c1;
        }
        if (!Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(opened))) {
            throw new IllegalStateException("round trip differs");
        }
        System.out.printf(Locale.ROOT, "protected copy: %.1f MB%n", Files.size(sealed) / 1e6);
        report("protect the 200-round file (read, derive, encrypt, fsync, move)", protect);
        report("unprotect it (derive, decrypt, check, fsync, move)", unprotect);

        long size = 256L << 20;
        long[][] stream = new long[2][3];
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ChunkCipher.encrypt(
                    new Zeros(size),
                    OutputStream.nullOutputStream(),
                    password,
                    new KdfParameters(1024, 1, 1),
                    ProtectedCopies.DEFAULT_CHUNK_SIZE,
                    new SecureRandom());
            stream[0][i] = System.nanoTime() - t0;
            stream[1][i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        report("encrypt 256 MB in 1 MiB chunks (cheap KDF, no disk)", stream);
    }

    private static Path twoHundredRounds(Path dir) throws Exception {
        Path file = dir.resolve("two-hundred-rounds.ccmm");
        Files.deleteIfExists(file);
        CatalogSnapshot catalog = CatalogSnapshot.bundled();
        Random random = new Random(200);
        byte[][] contents = new byte[40][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = new byte[32 * 1024];
            random.nextBytes(contents[i]);
        }
        Rate[] rates = {Rate.FULL, Rate.PARTIAL, Rate.NONE};
        try (AssessmentFile f =
                AssessmentFile.create(file, new Organization("Benchmark center", "HQ", "", OptionalInt.of(5)))) {
            long round = f.createRound(info(1), catalog).id();
            List<Integer> items = f.catalogBundleOf(round).catalog().items().stream()
                    .map(AssessmentItem::id)
                    .toList();
            for (int item : items) {
                f.saveRating(
                        round,
                        new Rating(
                                item,
                                rates[random.nextInt(3)],
                                rates[random.nextInt(3)],
                                "制度齐全,执行记录不完整; checked " + item));
                for (int k = 0; k < 2; k++) {
                    f.attachEvidence(
                            round,
                            item,
                            "evidence-" + item + "-" + k + ".pdf",
                            "application/pdf",
                            new ByteArrayInputStream(contents[random.nextInt(contents.length)]));
                }
                if (item % 5 == 0) {
                    f.addAction(ImprovementAction.of(round, item, "Improve item " + item, "Ops", "2026-12-31"));
                }
            }
            for (int r = 2; r <= 200; r++) {
                round = f.copyRound(round, info(r)).id();
                for (int k = 0; k < 5; k++) {
                    int item = items.get(random.nextInt(items.size()));
                    f.saveRating(round, f.rating(round, item).withC(Rate.FULL).withNote("re-assessed " + r));
                }
            }
        }
        return file;
    }

    private static RoundInfo info(int n) {
        return new RoundInfo(
                "Round " + n,
                String.format(Locale.ROOT, "20%02d-%02d-01", 10 + n / 12, 1 + n % 12),
                List.of("Assessor"),
                OptionalInt.of(3));
    }

    /** Wall time and this thread's CPU time (which leaves out waiting for a core on a busy machine). */
    private static void report(String what, long[][] nanos) {
        long[] wall = nanos[0].clone();
        long[] cpu = nanos[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "%-66s wall median %7.0f ms (min %7.0f)   CPU median %7.0f ms (min %7.0f)   n=%d%n",
                what,
                wall[wall.length / 2] / 1e6,
                wall[0] / 1e6,
                cpu[cpu.length / 2] / 1e6,
                cpu[0] / 1e6,
                wall.length);
    }

    /** {@code size} zero bytes without holding them. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
