package io.ccmm.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import org.sqlite.SQLiteConfig;

/**
 * Speed of the assessment file (not a test; see BENCHMARKS.md for the figures and the machine):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.storage.StorageBenchmark [DIR]
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.storage.StorageBenchmark DIR saves-and-open
 * </pre>
 *
 * Files are written to DIR (default: a new temporary folder), which should be on the disk users keep their files on.
 * The catalog is the bundled one widened to 170 items (each item copied under a new id), so the figures hold for the
 * full CC-CMM-OC 2025 catalog whatever the bundled catalog holds today.
 */
public final class StorageBenchmark {

    private static final int ITEMS = 170;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU milliseconds per operation of the last floor or save run (the calling thread's, the disk's wait excluded). */
    private static double lastCpuPerOp;

    private static final Organization ORG = new Organization("Benchmark center", "HQ", "", OptionalInt.of(5));

    private StorageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir =
                args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("ccmm-bench");
        CatalogSnapshot catalog = catalogOf(ITEMS);
        List<Integer> items = catalog.load().catalog().items().stream()
                .map(AssessmentItem::id)
                .toList();
        System.out.printf(
                Locale.ROOT,
                "java %s, %s %s, %d cores, files in %s%n",
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                dir);

        if (args.length > 1 && args[1].equals("saves-and-open")) {
            savesAndOpen(dir, catalog, items);
            return;
        }
        bareCommit(dir, "WAL");
        bareCommit(dir, "DELETE");
        ratingSave(dir, catalog, items);
        twentyRounds(dir, catalog, items);
        thousandRounds(dir, catalog, items);
    }

    /**
     * The "Saves and open" figures of BENCHMARKS.md: the WAL commit floor and the durable rating save interleaved in
     * five rounds (the disk's mood changes within minutes), their medians and the ratio; then opening the 1,000-round
     * file (built once in DIR and kept for later runs).
     */
    private static void savesAndOpen(Path dir, CatalogSnapshot catalog, List<Integer> items) throws Exception {
        double[] floors = new double[5];
        double[] saves = new double[5];
        double[] floorCpu = new double[5];
        double[] saveCpu = new double[5];
        for (int i = 0; i < floors.length; i++) {
            floors[i] = bareCommit(dir, "WAL");
            floorCpu[i] = lastCpuPerOp;
            saves[i] = ratingSave(dir, catalog, items);
            saveCpu[i] = lastCpuPerOp;
        }
        Arrays.sort(floors);
        Arrays.sort(saves);
        Arrays.sort(floorCpu);
        Arrays.sort(saveCpu);
        System.out.printf(
                Locale.ROOT,
                "SAVES: floor median of medians %.3f ms, save %.3f ms, ratio %.2f; CPU per op: floor %.3f ms,"
                        + " save %.3f ms (%.3f ms above the floor)%n",
                floors[2],
                saves[2],
                saves[2] / floors[2],
                floorCpu[2],
                saveCpu[2],
                saveCpu[2] - floorCpu[2]);
        Path file = dir.resolve("thousand-rounds.ccmm");
        if (!Files.exists(file)) {
            thousandRounds(dir, catalog, items);
        }
        long[] open = new long[20];
        long[] openCpu = new long[open.length];
        long[] openAndList = new long[open.length];
        for (int i = 0; i < open.length; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                open[i] = System.nanoTime() - t0;
                openCpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                f.rounds();
                openAndList[i] = System.nanoTime() - t0;
            }
        }
        report("OPEN: open the 1,000-round file (wall)", open);
        report("OPEN: open the 1,000-round file (CPU of the opening thread)", openCpu);
        report("OPEN: open the 1,000-round file and list its rounds (wall)", openAndList);
    }

    /** The floor: one single-row commit with synchronous=FULL in the given journal mode, nothing else. */
    private static double bareCommit(Path dir, String journalMode) throws Exception {
        Path file = dir.resolve("bare-" + journalMode.toLowerCase(Locale.ROOT) + ".db");
        Files.deleteIfExists(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        long[] nanos = new long[2000];
        long cpu0 = 0;
        try (Connection c = config.createConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=" + journalMode);
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
            int warmup = 300;
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO t VALUES (?, ?)")) {
                for (int i = 0; i < warmup + nanos.length; i++) {
                    if (i == warmup) {
                        cpu0 = THREADS.getCurrentThreadCpuTime();
                    }
                    long t0 = System.nanoTime();
                    ps.setInt(1, i % ITEMS);
                    ps.setString(2, "value " + i);
                    ps.executeUpdate();
                    long t = System.nanoTime() - t0;
                    if (i >= warmup) {
                        nanos[i - warmup] = t;
                    }
                }
            }
        }
        lastCpuPerOp = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / nanos.length;
        return report("floor: bare single-row commit, " + journalMode + " + synchronous=FULL", nanos);
    }

    /** One durable rating save: the call returns once the change is synced to disk. */
    private static double ratingSave(Path dir, CatalogSnapshot catalog, List<Integer> items) throws Exception {
        Path file = dir.resolve("saves.ccmm");
        Files.deleteIfExists(file);
        Rate[] rates = {Rate.FULL, Rate.PARTIAL, Rate.NONE};
        try (AssessmentFile f = AssessmentFile.create(file, ORG)) {
            long round = f.createRound(new RoundInfo("saves", "", List.of(), OptionalInt.empty()), catalog)
                    .id();
            int warmup = 300;
            int n = 3000;
            long[] nanos = new long[n];
            long cpu0 = 0;
            for (int i = 0; i < warmup + n; i++) {
                if (i == warmup) {
                    cpu0 = THREADS.getCurrentThreadCpuTime();
                }
                int item = items.get(i % items.size());
                Rating r = new Rating(item, rates[i % 3], rates[(i / 3) % 3], i % 7 == 0 ? "note " + i : "");
                long t0 = System.nanoTime();
                f.saveRating(round, r);
                long t = System.nanoTime() - t0;
                if (i >= warmup) {
                    nanos[i - warmup] = t;
                }
            }
            lastCpuPerOp = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
            return report("durable rating save (" + n + " saves, audited)", nanos);
        }
    }

    /** A consultant's file: 20 rounds, every item rated with a note, two attachments and some actions per round. */
    private static void twentyRounds(Path dir, CatalogSnapshot catalog, List<Integer> items) throws Exception {
        Path file = dir.resolve("twenty-rounds.ccmm");
        Files.deleteIfExists(file);
        Random random = new Random(42);
        byte[][] contents = new byte[40][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = new byte[32 * 1024];
            random.nextBytes(contents[i]);
        }
        try (AssessmentFile f = AssessmentFile.create(file, ORG)) {
            long round = f.createRound(info(1), catalog).id();
            fillRound(f, round, items, contents, random);
            for (int r = 2; r <= 20; r++) {
                round = f.copyRound(round, info(r)).id();
                for (int k = 0; k < 20; k++) {
                    int item = items.get(random.nextInt(items.size()));
                    f.saveRating(round, f.rating(round, item).withC(Rate.FULL).withNote("re-assessed " + r));
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "20-round file: %.1f MB, %d evidence rows%n",
                Files.size(file) / 1e6,
                20 * items.size() * 2);
        long[] open = new long[20];
        long[] openAndShow = new long[20];
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                open[i] = System.nanoTime() - t0;
                long latest = f.latestRound().orElseThrow().id();
                f.rounds();
                f.ratings(latest);
                f.evidence(latest);
                f.actions(latest);
                f.catalogBundleOf(latest);
                openAndShow[i] = System.nanoTime() - t0;
            }
        }
        report("open 20-round file (header checks, lock, integrity_check)", open);
        report("open 20-round file + list rounds + latest round's ratings, evidence, actions, catalog", openAndShow);
    }

    /** A consultancy's archive: 1,000 rounds, each fully rated. */
    private static void thousandRounds(Path dir, CatalogSnapshot catalog, List<Integer> items) throws Exception {
        Path file = dir.resolve("thousand-rounds.ccmm");
        Files.deleteIfExists(file);
        Random random = new Random(7);
        byte[][] contents = new byte[10][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = new byte[8 * 1024];
            random.nextBytes(contents[i]);
        }
        try (AssessmentFile f = AssessmentFile.create(file, ORG)) {
            long first = f.createRound(info(1), catalog).id();
            fillRound(f, first, items, contents, random);
            for (int r = 2; r <= 1000; r++) {
                f.copyRound(first, info(r));
            }
        }
        System.out.printf(
                Locale.ROOT, "1,000-round file: %.1f MB, %d ratings%n", Files.size(file) / 1e6, 1000 * items.size());
        long[] list = new long[100];
        long[] open = new long[10];
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            for (int i = 0; i < list.length; i++) {
                long t0 = System.nanoTime();
                List<Round> rounds = f.rounds();
                list[i] = System.nanoTime() - t0;
                if (rounds.size() != 1000) {
                    throw new IllegalStateException("expected 1000 rounds, got " + rounds.size());
                }
            }
        }
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                f.rounds();
                open[i] = System.nanoTime() - t0;
            }
        }
        report("list rounds of the 1,000-round file (open file)", list);
        report("open the 1,000-round file and list its rounds", open);
    }

    private static void fillRound(AssessmentFile f, long round, List<Integer> items, byte[][] contents, Random random)
            throws Exception {
        Rate[] rates = {Rate.FULL, Rate.PARTIAL, Rate.NONE};
        for (int item : items) {
            f.saveRating(
                    round,
                    new Rating(
                            item,
                            rates[random.nextInt(3)],
                            rates[random.nextInt(3)],
                            "制度齐全,执行记录不完整; checked on site " + item));
            for (int k = 0; k < 2; k++) {
                byte[] content = contents[random.nextInt(contents.length)];
                f.attachEvidence(
                        round,
                        item,
                        "evidence-" + item + "-" + k + ".pdf",
                        "application/pdf",
                        new ByteArrayInputStream(content));
            }
            if (item % 5 == 0) {
                f.addAction(ImprovementAction.of(round, item, "Improve item " + item, "Ops", "2026-12-31"));
            }
        }
    }

    private static RoundInfo info(int n) {
        return new RoundInfo(
                "Round " + n,
                String.format(Locale.ROOT, "20%02d-%02d-01", 10 + n / 12, 1 + n % 12),
                List.of("Assessor"),
                OptionalInt.of(3));
    }

    private static double report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        System.out.printf(
                Locale.ROOT, "%-90s median %8.3f ms   p99 %8.3f ms   (n=%d)%n", what, median, p99, nanos.length);
        return median;
    }

    /** The bundled catalog with its items repeated under new ids up to {@code count} items. */
    static CatalogSnapshot catalogOf(int count) throws Exception {
        CatalogSnapshot bundled = CatalogSnapshot.bundled();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(bundled.catalogJson());
        ArrayNode items = (ArrayNode) root.get("items");
        List<JsonNode> originals = new ArrayList<>();
        items.forEach(originals::add);
        originals.sort(Comparator.comparingInt(n -> n.get("id").asInt()));
        ArrayNode widened = mapper.createArrayNode();
        for (int id = 1; id <= count; id++) {
            ObjectNode item = originals.get((id - 1) % originals.size()).deepCopy();
            item.put("id", id);
            ObjectNode title = (ObjectNode) item.get("title");
            title.put("zh", title.get("zh").asText() + " " + id);
            title.put("en", title.get("en").asText() + " " + id);
            item.remove("revised2025");
            widened.add(item);
        }
        root.set("items", widened);
        return new CatalogSnapshot(mapper.writeValueAsBytes(root), bundled.rulesJson());
    }
}
