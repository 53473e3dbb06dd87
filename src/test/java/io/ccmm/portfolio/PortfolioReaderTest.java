package io.ccmm.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReaderTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesAndTheirReassessmentsGiveOneScoredRowPerSite() throws Exception {
        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(dir, s);
            PortfolioFixtures.reassess(f, "2026 复评", "2026-09-01", 40);
        }
        byte[] before = Files.readAllBytes(dir.resolve("12345-hotline-2026.ccmm"));
        PortfolioReader reader = new PortfolioReader();
        List<PortfolioRow> rows = Portfolio.bySite(reader.read(List.of(dir), r -> {}));

        assertEquals(3, rows.size());
        for (PortfolioRow row : rows) {
            assertFalse(row.hasProblem(), row.source());
            assertEquals("2026 复评", row.roundTitle());
            assertEquals("2026-09-01", row.roundDate());
            assertEquals(2, row.rounds());
            assertEquals(2, row.trend().size());
            assertTrue(row.trend().get(1).readinessLevel() >= row.trend().get(0).readinessLevel());
            assertEquals(
                    List.of("1.0", "2.0", "3.0", "4.0", "5.0"),
                    List.copyOf(row.modulePercents().keySet()));
            assertEquals(0, row.conflicts());
        }
        // The row's figures are the engine's figures for the latest round.
        Path hotline = dir.resolve("12345-hotline-2026.ccmm");
        PortfolioRow row = rows.stream()
                .filter(r -> r.source().equals(hotline.toString()))
                .findFirst()
                .orElseThrow();
        try (AssessmentFile f = AssessmentFile.openForReading(hotline)) {
            Round latest = f.latestRound().orElseThrow();
            ReadinessResult expected = ReadinessEngine.of(f.catalogBundleOf(latest.id()))
                    .score(f.ratings(latest.id()), f.organization().yearsInOperation());
            assertEquals(expected.readinessLevel(), row.readinessLevel());
            assertEquals(latest.uid(), row.roundUid());
            for (var m : expected.modules()) {
                assertEquals(m.percent(), row.modulePercents().get(m.module()));
            }
            int next = expected.readinessLevel() + 1;
            if (next <= 5) {
                assertEquals(expected.level(next).percent(), row.nextLevelPercent());
                assertEquals(expected.level(next).thresholdPercent(), row.nextLevelThreshold());
            }
            long na = f.ratings(latest.id()).values().stream()
                    .filter(Rating::notApplicable)
                    .count();
            assertEquals(na, row.notApplicable());
        }
        // Read-only: the file is unchanged and nothing is left beside it.
        assertArrayEquals(before, Files.readAllBytes(hotline));
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count());
        }
    }

    @Test
    void brokenAndForeignFilesAreMarkedRowsAmongManyGoodOnes() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("clients/2026"));
        for (int i = 0; i < 12; i++) {
            PortfolioFixtures.uniformFile(
                    sub.resolve("site-" + i + ".ccmm"),
                    "Org " + (i % 4),
                    "Site " + i,
                    i % 2 == 0 ? "finance" : "utility",
                    i % 3 == 0 ? Rate.FULL : Rate.PARTIAL,
                    Rate.PARTIAL);
        }
        Files.writeString(dir.resolve("notes.ccmm"), "just text, renamed", StandardCharsets.UTF_8);
        Path truncated = dir.resolve("truncated.ccmm");
        byte[] good = Files.readAllBytes(sub.resolve("site-0.ccmm"));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 3));
        Path foreign = dir.resolve("foreign.ccmm");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        Path empty = dir.resolve("empty.ccmm");
        AssessmentFile.create(empty, new io.ccmm.assessment.Organization("Empty", "", "", OptionalInt.empty()))
                .close();
        Files.writeString(dir.resolve("readme.txt"), "not listed");

        List<PortfolioRow> seen = Collections.synchronizedList(new ArrayList<>());
        List<PortfolioRow> rows = new PortfolioReader().read(List.of(dir), seen::add);

        assertEquals(16, rows.size());
        assertEquals(rows, seen);
        assertEquals(12, rows.stream().filter(r -> !r.hasProblem()).count());
        assertProblem(rows, dir.resolve("notes.ccmm"), RowProblem.Kind.UNREADABLE, "not");
        assertProblem(rows, foreign, RowProblem.Kind.NOT_OURS, "");
        assertProblem(rows, truncated, RowProblem.Kind.UNREADABLE, "");
        assertProblem(rows, empty, RowProblem.Kind.NO_ROUNDS, "no assessment round");
        List<PortfolioRow> sites = Portfolio.bySite(rows);
        assertEquals(16, sites.size());
        PortfolioRow full = sites.stream()
                .filter(r -> r.site().equals("Site 0"))
                .findFirst()
                .orElseThrow();
        PortfolioRow half = sites.stream()
                .filter(r -> r.site().equals("Site 1"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("75.0"), full.modulePercents().get("1.0"));
        assertEquals(new BigDecimal("50.0"), half.modulePercents().get("1.0"));
        assertTrue(Portfolio.percentile(sites, full, "1.0") > Portfolio.percentile(sites, half, "1.0"));
        assertEquals(List.of("finance", "utility"), Portfolio.industries(sites));
    }

    private static void assertProblem(List<PortfolioRow> rows, Path file, RowProblem.Kind kind, String words) {
        PortfolioRow row = rows.stream()
                .filter(r -> r.source().equals(file.toAbsolutePath().normalize().toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + file));
        RowProblem p = row.problem().orElseThrow(() -> new AssertionError("not marked: " + file));
        assertEquals(kind, p.kind(), file.toString());
        String en = p.describe(Locale.ENGLISH);
        String zh = p.describe(Locale.SIMPLIFIED_CHINESE);
        assertFalse(en.isBlank());
        assertFalse(zh.isBlank());
        assertTrue(en.contains(words), en);
    }

    @Test
    void aFileOpenForWritingElsewhereIsReadFromWhatItSavedWithoutBlockingTheWriter() throws Exception {
        Path file = PortfolioFixtures.sampleFile(dir, "95598-utility-2026.json");
        PortfolioReader reader = new PortfolioReader();
        try (AssessmentFile writer = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            Round round = writer.latestRound().orElseThrow();
            PortfolioRow row = reader.read(file);
            assertFalse(row.hasProblem(), () -> row.problem().orElseThrow().describe(Locale.ENGLISH));
            assertEquals(round.uid(), row.roundUid());
            // The writer goes on working while and after the portfolio reads its file.
            writer.saveRating(round.id(), new Rating(1, Rate.FULL, Rate.FULL, "after the portfolio read"));
            assertEquals(Rate.FULL, writer.rating(round.id(), 1).c());
        }
        assertFalse(Files.exists(dir.resolve("95598-utility-2026.ccmm-shm")));
    }

    @Test
    void anUnchangedFileComesFromTheCacheAndAChangedOneIsReadAgain() throws Exception {
        Path a = PortfolioFixtures.uniformFile(dir.resolve("a.ccmm"), "A", "", "", Rate.PARTIAL, Rate.PARTIAL);
        Path b = PortfolioFixtures.uniformFile(dir.resolve("b.ccmm"), "B", "", "", Rate.FULL, Rate.FULL);
        PortfolioReader reader = new PortfolioReader();
        reader.read(List.of(dir), r -> {});
        assertEquals(2, reader.filesOpened());
        assertEquals(0, reader.cacheHits());

        List<PortfolioRow> again = reader.read(List.of(dir), r -> {});
        assertEquals(2, reader.filesOpened());
        assertEquals(2, reader.cacheHits());
        assertEquals(1, again.stream().filter(r -> r.organization().equals("A")).count());

        PortfolioFixtures.reassess(a, "2027", "2027-01-01", 170);
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(5)));
        List<PortfolioRow> third = reader.read(List.of(dir), r -> {});
        assertEquals(3, reader.filesOpened());
        assertEquals(3, reader.cacheHits());
        PortfolioRow changed = third.stream()
                .filter(r -> r.organization().equals("A"))
                .findFirst()
                .orElseThrow();
        assertEquals("2027", changed.roundTitle());
        assertEquals(2, changed.trend().size());
        assertTrue(Files.exists(b));
    }

    @Test
    void readingInTheBackgroundHandsOverEachRowAsItIsRead() throws Exception {
        for (int i = 0; i < 5; i++) {
            PortfolioFixtures.uniformFile(dir.resolve(i + ".ccmm"), "O" + i, "", "", Rate.FULL, Rate.NONE);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            List<PortfolioRow> seen = Collections.synchronizedList(new ArrayList<>());
            List<PortfolioRow> all = new PortfolioReader()
                    .readInBackground(List.of(dir), executor, seen::add)
                    .get(60, TimeUnit.SECONDS);
            assertEquals(5, all.size());
            assertEquals(all, seen);
        } finally {
            executor.shutdownNow();
        }
    }
}
