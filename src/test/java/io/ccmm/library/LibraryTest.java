package io.ccmm.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.portfolio.Portfolio;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioReader;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.portfolio.TrendPoint;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team library against a real PostgreSQL server: schema, publishing, concurrency, roles, the portfolio. */
class LibraryTest {

    @TempDir
    static Path files;

    static String url;
    static Library owner;
    static Library publisher;
    static Library reader;
    static List<Path> samples = new ArrayList<>();
    static PublishedRound hotline;

    @BeforeAll
    static void library() throws Exception {
        url = TestPostgres.newLibrary("wang_li", "zhao_min");
        owner = library("ccmm_owner");
        publisher = library("wang_li");
        reader = library("zhao_min");

        LibraryException early =
                assertThrows(LibraryException.class, () -> LibraryPortfolio.read(reader, PortfolioFilter.ALL, r -> {}));
        assertEquals(LibraryException.Reason.NOT_INITIALIZED, early.reason());

        assertEquals(Library.SCHEMA_VERSION, owner.migrate());
        assertEquals(Library.SCHEMA_VERSION, owner.migrate()); // a second init changes nothing

        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(files, s);
            PortfolioFixtures.reassess(f, "2026 复评", "2026-09-01", 30);
            samples.add(f);
        }
        try (AssessmentFile f = AssessmentFile.openForReading(samples.get(0))) {
            hotline = PublishedRound.read(
                    f, f.latestRound().orElseThrow().id(), false, ConflictCount.NONE, samples.get(0));
        }
    }

    @AfterAll
    static void dropRoles() {
        // Roles are per server: the next class's script finds them and goes on.
    }

    static Library library(String user) throws LibraryException {
        return new Library(LibraryLocation.of(url, user), Optional.empty());
    }

    @Test
    void aSessionReusesItsConnectionAndGivesItBackClean() throws Exception {
        try (Library session = library("zhao_min")) {
            int first;
            try (Library.Lease lease = session.lease()) {
                first = backend(lease.connection());
                lease.connection().setReadOnly(true);
                lease.connection().setAutoCommit(false);
                try (Statement s = lease.connection().createStatement()) {
                    s.execute("SET LOCAL statement_timeout = 1234");
                }
            }
            try (Library.Lease lease = session.lease()) {
                assertEquals(first, backend(lease.connection()), "the same server connection, not a new login");
                assertTrue(lease.connection().getAutoCommit());
                assertFalse(lease.connection().isReadOnly());
                try (Statement s = lease.connection().createStatement();
                        ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
                    rs.next();
                    assertFalse(rs.getString(1).contains("1234"), "the open transaction was rolled back");
                }
                // Work in between (a portfolio read) uses the idle connection too.
                LibraryPortfolio.read(session, PortfolioFilter.ALL, r -> {});
            }
            try (Library.Lease lease = session.lease()) {
                assertEquals(first, backend(lease.connection()));
            }
            assertEquals(Library.SCHEMA_VERSION, session.check());
        }
        // A closed session keeps nothing open: a new one logs in again.
        try (Library other = library("zhao_min");
                Library.Lease lease = other.lease()) {
            assertTrue(backend(lease.connection()) > 0);
        }
    }

    private static int backend(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void theSchemaIsMigratedIntoItsOwnSchemaWithItsIndexes() throws Exception {
        try (Connection c = owner.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT indexname FROM pg_indexes WHERE schemaname = 'ccmm'" + " ORDER BY indexname")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            assertTrue(names.contains("round_latest"), names.toString());
            assertTrue(names.contains("organization_name_site"), names.toString());
        }
    }

    @Test
    void publishingAgainReplacesAndAnOlderVersionIsRefused() throws Exception {
        PublishedRound round = withUid(hotline, UUID.randomUUID(), otherSite());
        assertEquals(RoundPublisher.Outcome.ADDED, RoundPublisher.publish(publisher, round));
        String before = snapshot(round.uid());
        assertEquals(RoundPublisher.Outcome.REPLACED, RoundPublisher.publish(publisher, round));
        assertEquals(before, snapshot(round.uid()));
        assertEquals(1, count("round WHERE uid = '" + round.uid() + "'"));
        assertEquals(round.assessment().ratings().size(), count("rating WHERE round_uid = '" + round.uid() + "'"));

        PublishedRound older = withVersion(round, round.versionAt().minusSeconds(3600));
        LibraryException refused = assertThrows(LibraryException.class, () -> RoundPublisher.publish(publisher, older));
        assertEquals(LibraryException.Reason.OLDER_VERSION, refused.reason());
        assertTrue(refused.describe(Locale.ENGLISH).contains("newer version"));
        assertTrue(refused.describe(Locale.SIMPLIFIED_CHINESE).contains("较新版本"));
        assertEquals(before, snapshot(round.uid()));

        PublishedRound newer = withVersion(round, round.versionAt().plusSeconds(60));
        assertEquals(RoundPublisher.Outcome.REPLACED, RoundPublisher.publish(publisher, newer));
        assertFalse(before.equals(snapshot(round.uid())));
    }

    @Test
    void aFailedPublishLeavesTheLibraryAsItWas() throws Exception {
        PublishedRound round = withUid(hotline, UUID.randomUUID(), otherSite());
        RoundPublisher.publish(publisher, round);
        String before = snapshot(round.uid());
        long rounds = count("round");
        long ratings = count("rating");
        // A newer version whose last part (an evidence file) the server refuses: nothing of it stays.
        PublishedRound broken = new PublishedRound(
                round.assessment(),
                round.round(),
                round.versionAt().plusSeconds(600),
                round.catalogId(),
                round.rulesId(),
                round.result(),
                round.actions(),
                List.of(new PublishedRound.EvidenceFile(1, "x.pdf", "application/pdf", "00", null)),
                true,
                round.conflicts(),
                round.sourceFile());
        assertThrows(LibraryException.class, () -> RoundPublisher.publish(publisher, broken));
        assertEquals(before, snapshot(round.uid()));
        assertEquals(rounds, count("round"));
        assertEquals(ratings, count("rating"));
    }

    @Test
    void twentyPublishersAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            // Twenty rounds of twenty sites of one organization, and twenty versions of one round, all at once.
            UUID shared = UUID.randomUUID();
            Instant base = hotline.versionAt();
            List<Callable<RoundPublisher.Outcome>> work = new ArrayList<>();
            List<String> uids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Organization site = new Organization("Concurrent group", "Site " + i, "utility", OptionalInt.of(3));
                PublishedRound r = withUid(hotline, UUID.randomUUID(), site);
                uids.add(r.uid());
                work.add(() -> RoundPublisher.publish(publisher, r));
                PublishedRound version = withVersion(
                        withUid(hotline, shared, new Organization("Concurrent one", "", "", OptionalInt.empty())),
                        base.plusSeconds(i));
                work.add(() -> {
                    try {
                        return RoundPublisher.publish(publisher, version);
                    } catch (LibraryException e) {
                        if (e.reason() != LibraryException.Reason.OLDER_VERSION) {
                            throw e;
                        }
                        return RoundPublisher.Outcome.REPLACED;
                    }
                });
            }
            for (Future<RoundPublisher.Outcome> f : pool.invokeAll(work)) {
                f.get(120, TimeUnit.SECONDS);
            }
            for (String uid : uids) {
                assertEquals(1, count("round WHERE uid = '" + uid + "'"));
                assertEquals(hotline.assessment().ratings().size(), count("rating WHERE round_uid = '" + uid + "'"));
                assertEquals(5, count("level_score WHERE round_uid = '" + uid + "'"));
            }
            assertEquals(
                    20,
                    count("round r JOIN organization o ON o.id = r.organization_id WHERE o.name = 'Concurrent group'"));
            // The newest of the twenty versions is the one kept.
            assertEquals(
                    1, count("round WHERE uid = '" + shared + "' AND version_at = '" + base.plusSeconds(19) + "'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLibrarysPortfolioEqualsTheLocalOne() throws Exception {
        Path only = Files.createDirectories(files.resolve("published"));
        List<Path> copies = new ArrayList<>();
        for (Path f : samples) {
            Path copy = only.resolve(f.getFileName());
            Files.copy(f, copy);
            copies.add(copy);
            try (AssessmentFile a = AssessmentFile.openForReading(copy)) {
                for (Round r : a.rounds()) {
                    RoundPublisher.publishFile(publisher, copy, OptionalLong.of(r.id()), false, ConflictCount.NONE);
                }
            }
        }
        List<PortfolioRow> local = Portfolio.bySite(new PortfolioReader().read(List.of(only), r -> {}));
        List<String> names =
                local.stream().map(PortfolioRow::organization).distinct().toList();
        List<PortfolioRow> fromLibrary = LibraryPortfolio.read(reader, PortfolioFilter.ALL, r -> {}).stream()
                .filter(r -> names.contains(r.organization()))
                .toList();
        assertEquals(3, fromLibrary.size());
        for (PortfolioRow l : local) {
            PortfolioRow p = fromLibrary.stream()
                    .filter(r -> r.siteKey().equals(l.siteKey()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(l.industry(), p.industry());
            assertEquals(l.roundUid(), p.roundUid());
            assertEquals(l.roundTitle(), p.roundTitle());
            assertEquals(l.roundDate(), p.roundDate());
            assertEquals(l.isFinal(), p.isFinal());
            assertEquals(l.readinessLevel(), p.readinessLevel());
            assertEquals(l.nextLevel(), p.nextLevel());
            assertEquals(0, l.nextLevelPercent().compareTo(p.nextLevelPercent()));
            assertEquals(l.nextLevelThreshold(), p.nextLevelThreshold());
            assertEquals(l.modulePercents(), p.modulePercents());
            assertEquals(l.notApplicable(), p.notApplicable());
            assertEquals(l.rounds(), p.rounds());
            assertEquals(
                    l.trend().stream().map(TrendPoint::readinessLevel).toList(),
                    p.trend().stream().map(TrendPoint::readinessLevel).toList());
            assertEquals(
                    l.trend().stream().map(TrendPoint::roundUid).toList(),
                    p.trend().stream().map(TrendPoint::roundUid).toList());
        }
        // Filters run in SQL.
        PortfolioRow bank = fromLibrary.stream()
                .filter(r -> r.industry().equals("finance"))
                .findFirst()
                .orElseThrow();
        List<PortfolioRow> finance = LibraryPortfolio.read(
                reader,
                new PortfolioFilter(
                        Optional.of("finance"), OptionalInt.of(bank.readinessLevel()), Optional.of(false), "信用卡"),
                r -> {});
        assertEquals(
                List.of(bank.siteKey()),
                finance.stream().map(PortfolioRow::siteKey).toList());
        assertTrue(LibraryPortfolio.read(
                        reader,
                        new PortfolioFilter(Optional.empty(), OptionalInt.empty(), Optional.of(true), ""),
                        r -> {})
                .stream()
                .noneMatch(r -> names.contains(r.organization())));
    }

    @Test
    void aReaderCannotWriteAndAPublisherCannotChangeTheSchema() throws Exception {
        PublishedRound round = withUid(hotline, UUID.randomUUID(), otherSite());
        LibraryException e = assertThrows(LibraryException.class, () -> RoundPublisher.publish(reader, round));
        assertEquals(LibraryException.Reason.PERMISSION, e.reason());
        assertEquals(0, count("round WHERE uid = '" + round.uid() + "'"));
        try (Connection c = reader.connect();
                Statement s = c.createStatement()) {
            assertEquals(
                    "42501",
                    assertThrows(java.sql.SQLException.class, () -> s.execute("DELETE FROM round"))
                            .getSQLState());
        }
        try (Connection c = publisher.connect();
                Statement s = c.createStatement()) {
            assertEquals(
                    "42501",
                    assertThrows(java.sql.SQLException.class, () -> s.execute("DROP TABLE rating"))
                            .getSQLState());
        }
    }

    // -----------------------------------------------------------------------------------------------------------

    /** A site of its own, so that a test's rounds never join the samples' sites. */
    private static Organization otherSite() {
        return new Organization("Test organization", UUID.randomUUID().toString(), "government", OptionalInt.of(7));
    }

    private static PublishedRound withUid(PublishedRound r, UUID uid, Organization org) {
        Round round = new Round(
                r.round().id(),
                r.round().info(),
                r.round().status(),
                r.round().created(),
                r.round().copiedFrom(),
                r.round().catalogSha256(),
                r.round().rulesSha256(),
                uid.toString());
        var a = r.assessment();
        return new PublishedRound(
                new io.ccmm.assessment.Assessment(a.catalog(), org, a.round(), a.ratings(), uid.toString()),
                round,
                r.versionAt(),
                r.catalogId(),
                r.rulesId(),
                r.result(),
                r.actions(),
                r.evidence(),
                r.withEvidence(),
                r.conflicts(),
                r.sourceFile());
    }

    private static PublishedRound withVersion(PublishedRound r, Instant version) {
        return new PublishedRound(
                r.assessment(),
                r.round(),
                version,
                r.catalogId(),
                r.rulesId(),
                r.result(),
                r.actions(),
                r.evidence(),
                r.withEvidence(),
                r.conflicts(),
                r.sourceFile());
    }

    private static long count(String from) throws Exception {
        try (Connection c = owner.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Everything the library holds about one round, as text. */
    private static String snapshot(String uid) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = owner.connect();
                Statement s = c.createStatement()) {
            for (String q : List.of(
                    "SELECT version_at, title, readiness_level, is_final FROM round WHERE uid = '%s'",
                    "SELECT item, c, f, note, not_applicable, justification FROM rating WHERE round_uid = '%s'"
                            + " ORDER BY item",
                    "SELECT level, percent FROM level_score WHERE round_uid = '%s' ORDER BY level",
                    "SELECT module, percent FROM module_score WHERE round_uid = '%s' ORDER BY position",
                    "SELECT count(*) FROM evidence WHERE round_uid = '%s'")) {
                try (ResultSet rs = s.executeQuery(String.format(q, uid))) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
