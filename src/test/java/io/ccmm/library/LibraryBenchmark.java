package io.ccmm.library;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import io.ccmm.storage.RoundStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Listing and filtering a team library of 10,000 published rounds (not a test; figures in BENCHMARKS.md, "Team
 * library"):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.library.LibraryBenchmark [ROUNDS]
 * </pre>
 *
 * Starts the same embedded PostgreSQL server as the tests, publishes ROUNDS rounds (default 10,000: 2,500 sites of
 * 500 organizations with 4 rounds each, the six rounds of the three samples and their re-assessments as templates) with
 * 8 publishers, then times each portfolio query 20 times after 5 warm-ups.
 */
public final class LibraryBenchmark {

    private static final String[] INDUSTRIES = {"government-hotline", "utility", "finance", "telecom", "insurance"};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("ccmm-library-benchmark");
        List<PublishedRound> templates = new ArrayList<>();
        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(dir, s);
            PortfolioFixtures.reassess(f, "re", "2026-09-01", 80);
            try (AssessmentFile a = AssessmentFile.openForReading(f)) {
                for (Round r : a.rounds()) {
                    templates.add(PublishedRound.read(a, r.id(), false, ConflictCount.NONE, f));
                }
            }
        }
        String url = TestPostgres.newDatabase();
        Library library = new Library(LibraryLocation.of(url, "postgres"), Optional.empty());
        library.migrate();

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < rounds; i++) {
            int site = i / 4;
            int round = i % 4;
            PublishedRound t = templates.get(random.nextInt(templates.size()));
            Organization org = new Organization(
                    "Organization " + (site / 5),
                    "Site " + site,
                    INDUSTRIES[site % INDUSTRIES.length],
                    OptionalInt.of(6));
            RoundInfo info =
                    new RoundInfo("Round " + (round + 1), (2023 + round) + "-03-01", List.of("A"), OptionalInt.of(3));
            UUID uid = UUID.randomUUID();
            Round r = new Round(
                    0,
                    info,
                    round == 3 && random.nextBoolean() ? RoundStatus.DRAFT : RoundStatus.FINAL,
                    Instant.now(),
                    null,
                    t.round().catalogSha256(),
                    t.round().rulesSha256(),
                    uid.toString());
            Assessment a = t.assessment();
            PublishedRound p = new PublishedRound(
                    new Assessment(a.catalog(), org, info, a.ratings(), uid.toString()),
                    r,
                    Instant.now(),
                    t.catalogId(),
                    t.rulesId(),
                    t.result(),
                    t.actions(),
                    List.of(),
                    false,
                    0,
                    "benchmark.ccmm");
            done.add(pool.submit(() -> RoundPublisher.publish(library, p)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "published %d rounds in %.1f s (%.1f rounds/s, 8 publishers)%n",
                rounds,
                publishSeconds,
                rounds / publishSeconds);

        time(library, "all sites", PortfolioFilter.ALL);
        time(library, "industry = utility", filter(Optional.of("utility"), OptionalInt.empty(), Optional.empty(), ""));
        time(library, "level = 2", filter(Optional.empty(), OptionalInt.of(2), Optional.empty(), ""));
        time(library, "drafts", filter(Optional.empty(), OptionalInt.empty(), Optional.of(false), ""));
        time(library, "search \"Site 12\"", filter(Optional.empty(), OptionalInt.empty(), Optional.empty(), "Site 12"));
        System.exit(0);
    }

    private static PortfolioFilter filter(
            Optional<String> industry, OptionalInt level, Optional<Boolean> isFinal, String search) {
        return new PortfolioFilter(industry, level, isFinal, search);
    }

    private static void time(Library library, String what, PortfolioFilter filter) throws Exception {
        List<PortfolioRow> rows = List.of();
        for (int i = 0; i < 5; i++) {
            rows = LibraryPortfolio.read(library, filter, r -> {});
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows = LibraryPortfolio.read(library, filter, r -> {});
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%-22s %5d rows  median %7.1f ms  min %7.1f ms  max %7.1f ms%n",
                what,
                rows.size(),
                ms[ms.length / 2],
                ms[0],
                ms[ms.length - 1]);
    }
}
