package io.ccmm.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.testdata.TestCatalogs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A plain timing harness for one full score of a 170-item assessment (BENCHMARKS.md has the command and figures).
 * Scores a pool of different seeded assessments round-robin so the JIT cannot fold a constant input; with
 * {@code --write-samples DIR} it also writes the catalog and an assessment for timing {@code ccmm score} as a process.
 */
public final class ScoringBenchmark {

    private static final int POOL = 512;
    private static volatile int sink;

    private ScoringBenchmark() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = TestCatalogs.realShape();
        ScoringRules rules = TestCatalogs.defaultRules();
        if (args.length == 2 && args[0].equals("--write-samples")) {
            writeSamples(Path.of(args[1]), catalog);
            return;
        }
        RandomAssessments random = new RandomAssessments(170);
        List<Map<Integer, Rating>> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            pool.add(random.ratings(catalog));
        }
        ReadinessEngine engine = new ReadinessEngine(catalog, rules);
        System.out.printf(
                "java %s, %s, %d cores%n",
                System.getProperty("java.vm.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());

        measure("engine construction per (catalog, rules)", () -> {
            sink += new ReadinessEngine(catalog, rules).catalog().items().size();
        });
        // A small pool stays in cache, as the dashboard's one assessment does; the large one measures cold memory too.
        for (int size : new int[] {8, POOL}) {
            List<Map<Integer, Rating>> used = pool.subList(0, size);
            int mask = size - 1;
            int[] next = {0};
            measure("score, no path, pool of " + size, () -> {
                sink += engine.score(used.get(next[0]++ & mask), OptionalInt.of(7))
                        .readinessLevel();
            });
            measure("score, path to L5, pool of " + size, () -> {
                sink += engine.score(used.get(next[0]++ & mask), OptionalInt.of(7), OptionalInt.of(5))
                        .path()
                        .orElseThrow()
                        .steps()
                        .size();
            });
        }
        latencies(engine, pool);
    }

    /**
     * Mean time per call: 3 s warm-up, then five 1 s rounds. Reports wall time and this thread's CPU time: on a shared
     * machine the CPU time is the steadier figure, as it leaves out time spent waiting for a core.
     */
    private static void measure(String name, Runnable op) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        run(op, 3_000_000_000L);
        double[] wall = new double[5];
        double[] cpuTime = new double[5];
        for (int r = 0; r < wall.length; r++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            long ops = run(op, 1_000_000_000L);
            wall[r] = (System.nanoTime() - start) / (double) ops;
            cpuTime[r] = (cpu.getCurrentThreadCpuTime() - startCpu) / (double) ops;
        }
        Arrays.sort(wall);
        Arrays.sort(cpuTime);
        System.out.printf(
                "%-42s cpu median %7.2f µs/op (%.2f–%.2f) | wall median %7.2f µs/op (%.2f–%.2f)%n",
                name,
                cpuTime[2] / 1000,
                cpuTime[0] / 1000,
                cpuTime[4] / 1000,
                wall[2] / 1000,
                wall[0] / 1000,
                wall[4] / 1000);
    }

    private static long run(Runnable op, long nanos) {
        long end = System.nanoTime() + nanos;
        long ops = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                op.run();
            }
            ops += 100;
        }
        return ops;
    }

    /** Distribution of single calls (each timed on its own, so it includes ~50 ns of timer overhead). */
    private static void latencies(ReadinessEngine engine, List<Map<Integer, Rating>> pool) {
        int n = 200_000;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Rating> ratings = pool.get(i & 7);
            long t0 = System.nanoTime();
            sink += engine.score(ratings, OptionalInt.of(7), OptionalInt.of(3)).readinessLevel();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf(
                "%-42s p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n",
                "single calls, path to L3, pool of 8 (" + n + ")",
                times[n / 2] / 1000.0,
                times[n * 99 / 100] / 1000.0,
                times[n * 999 / 1000] / 1000.0,
                times[n - 1] / 1000.0);
    }

    private static void writeSamples(Path dir, Catalog catalog) throws Exception {
        Files.createDirectories(dir);
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve("catalog-170.json").toFile(), catalog);
        Map<Integer, Rating> ratings = new RandomAssessments(2026).ratings(catalog);
        Assessment a = new Assessment(
                new CatalogRef(catalog.id(), ""),
                new Organization("某市12345政务服务热线", "主中心", "", OptionalInt.of(7)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                new ArrayList<>(ratings.values()));
        Files.write(dir.resolve("assessment-170.json"), InterchangeJson.write(a));
        System.out.println("wrote " + dir.resolve("catalog-170.json") + " and " + dir.resolve("assessment-170.json"));
    }
}
