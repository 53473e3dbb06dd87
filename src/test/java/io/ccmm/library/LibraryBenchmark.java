package io.ccmm.library;

import io.ccmm.portfolio.ConflictCount;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Listing and filtering a team library of 10,000 published rounds (not a test; figures in BENCHMARKS.md, "Team
 * library"):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.library.LibraryBenchmark [ROUNDS]
 * </pre>
 *
 * Starts the same embedded PostgreSQL server as the tests, publishes the six rounds of the three samples and their
 * re-assessments, copies them in SQL into ROUNDS more rounds (default 10,000: 2,500 sites of 500 organizations, 4
 * rounds each, every rating, level and module score copied), then times each portfolio query 20 times after 5
 * warm-ups, on one session (connection and schema check reused) and, interleaved, on a new session per query.
 */
public final class LibraryBenchmark {

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

        // The six template rounds go through the real publish; the library is then filled by copying them in SQL
        // (publishing 10,000 rounds one by one measures the publisher, not the listing).
        for (PublishedRound t : templates) {
            RoundPublisher.publish(library, t);
        }
        long start = System.nanoTime();
        int sites = (rounds + 3) / 4;
        try (java.sql.Connection c = library.connect();
                java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO organization (name, site, industry, years_in_operation)"
                    + " SELECT 'Organization ' || (g / 5), 'Site ' || g,"
                    + " (ARRAY['government-hotline','utility','finance','telecom','insurance'])[g % 5 + 1], 6"
                    + " FROM generate_series(0, " + (sites - 1) + ") g");
            s.execute("CREATE TEMP TABLE plan AS SELECT g AS n, gen_random_uuid() AS uid, g / 4 AS site, g % 4 AS k,"
                    + " (SELECT array_agg(uid ORDER BY uid) FROM round)[1 + (g * 7919) % 6] AS template"
                    + " FROM generate_series(0, " + (rounds - 1) + ") g");
            s.execute(
                    "INSERT INTO round (uid, organization_id, title, round_date, assessors, target_level, is_final,"
                            + " created, version_at, catalog_id, catalog_sha256, rules_id, rules_sha256, readiness_level,"
                            + " next_level, next_percent, next_threshold, rated, not_applicable, module_ids, module_percents,"
                            + " conflicts, source_file)"
                            + " SELECT p.uid, o.id, 'Round ' || (p.k + 1), make_date(2023 + p.k, 3, 1), t.assessors,"
                            + " t.target_level, NOT (p.k = 3 AND p.n % 8 = 3), now(), now(), t.catalog_id, t.catalog_sha256,"
                            + " t.rules_id, t.rules_sha256, t.readiness_level, t.next_level, t.next_percent, t.next_threshold,"
                            + " t.rated, t.not_applicable, t.module_ids, t.module_percents, 0, 'benchmark.ccmm'"
                            + " FROM plan p JOIN round t ON t.uid = p.template"
                            + " JOIN organization o ON o.name = 'Organization ' || (p.site / 5) AND o.site = 'Site ' || p.site");
            s.execute("INSERT INTO rating SELECT p.uid, r.item, r.c, r.f, r.note, r.not_applicable, r.justification"
                    + " FROM plan p JOIN rating r ON r.round_uid = p.template");
            s.execute(
                    "INSERT INTO level_score SELECT p.uid, l.level, l.status, l.percent, l.threshold,"
                            + " l.total_points, l.max_points, l.gap_points FROM plan p JOIN level_score l ON l.round_uid = p.template");
            s.execute("INSERT INTO module_score SELECT p.uid, m.position, m.module, m.items, m.rated, m.not_applicable,"
                    + " m.points, m.max_points, m.percent FROM plan p JOIN module_score m ON m.round_uid = p.template");
            s.execute("ANALYZE");
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*), (SELECT count(*) FROM rating) FROM round")) {
                rs.next();
                System.out.printf(Locale.ROOT, "library: %d rounds, %d ratings%n", rs.getLong(1), rs.getLong(2));
            }
        }
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "filled %d rounds in %.1f s%n", rounds, seedSeconds);

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

    /**
     * Times one query two ways, interleaved: on the one session the window keeps (its connection and schema check
     * reused), and on a new session per query (a new connection, login and schema check each time, as before sessions
     * kept their connections).
     */
    private static void time(Library library, String what, PortfolioFilter filter) throws Exception {
        double[][] ms = new double[2][20];
        List<PortfolioRow> rows = List.of();
        for (int i = 0; i < 5; i++) {
            rows = LibraryPortfolio.read(library, filter, r -> {});
            try (Library fresh = new Library(library.location(), Optional.empty())) {
                LibraryPortfolio.read(fresh, filter, r -> {});
            }
        }
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            rows = LibraryPortfolio.read(library, filter, r -> {});
            ms[0][i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            try (Library fresh = new Library(library.location(), Optional.empty())) {
                LibraryPortfolio.read(fresh, filter, r -> {});
            }
            ms[1][i] = (System.nanoTime() - t) / 1e6;
        }
        print(what + " (session)", rows.size(), ms[0]);
        print(what + " (new each)", rows.size(), ms[1]);
    }

    private static void print(String what, int rows, double[] ms) {
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%-34s %5d rows  median %7.1f ms  min %7.1f ms  max %7.1f ms%n",
                what,
                rows,
                ms[ms.length / 2],
                ms[0],
                ms[ms.length - 1]);
    }
}
