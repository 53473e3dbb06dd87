package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from other people are untrusted: a copy of a normal assessment file with something added, removed or changed
 * in its schema, oversized values or a damaged page is refused with a message naming what is wrong, and left exactly
 * as it was.
 */
class HostileFileTest {

    @TempDir
    Path dir;

    private Path file;
    private int rated;

    @BeforeEach
    void normalFile() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            for (int i = 0; i < 40; i++) {
                f.saveRating(round, new Rating(item(i), Rate.FULL, Rate.PARTIAL, "note " + i + " ".repeat(100)));
            }
            f.attachEvidence(round, item(0), "scan.pdf", "application/pdf", new ByteArrayInputStream(new byte[5000]));
            rated = f.ratings(round).size();
        }
    }

    private void craft(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Opening for writing, for reading, and a read-only copy are all refused; the file stays byte-identical. */
    private StorageException refusedEverywhere() throws Exception {
        String before = Fixtures.sha256(file);
        List<Path> filesBefore = listing();
        StorageException e = assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_WRITE));
        assertEquals(
                e.reason(),
                assertThrows(StorageException.class, () -> AssessmentFile.openForReading(file))
                        .reason());
        assertEquals(
                e.reason(),
                assertThrows(StorageException.class, () -> AssessmentFile.openReadOnlyCopy(file))
                        .reason());
        assertEquals(before, Fixtures.sha256(file), "the refused file is unchanged");
        assertEquals(filesBefore, listing(), "nothing was created beside it");
        return e;
    }

    private int ratingRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM rating")) {
            return rs.getInt(1);
        }
    }

    @Test
    void anAddedTriggerIsRefusedAndNeverFires() throws Exception {
        craft("CREATE TRIGGER t AFTER INSERT ON round BEGIN DELETE FROM rating; END");
        StorageException e = refusedEverywhere();
        assertEquals(Reason.SCHEMA_EXTRA, e.reason());
        assertEquals(List.of("center.ccmm", "trigger", "t"), e.args());
        assertEquals(
                "“center.ccmm” was changed outside the app and is refused: it holds a trigger “t”, which assessment"
                        + " files do not have. Nothing in it was changed.",
                e.getMessage());
        assertEquals(
                "“center.ccmm”在本应用之外被修改，已拒绝打开：其中含有评估文件不应有的触发器“t”。文件未作任何改动。",
                StorageText.describe(e, Locale.SIMPLIFIED_CHINESE));
        assertEquals(rated, ratingRows(), "the ratings are intact");
    }

    @Test
    void aViewInPlaceOfATableIsRefused() throws Exception {
        craft(
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE audit RENAME TO audit_kept",
                "CREATE VIEW audit AS SELECT * FROM audit_kept WHERE 0");
        StorageException e = refusedEverywhere();
        assertEquals(Reason.SCHEMA_EXTRA, e.reason());
        assertEquals(List.of("center.ccmm", "view", "audit"), e.args());
    }

    @Test
    void anAlteredTableIsRefused() throws Exception {
        craft(
                "DROP TABLE improvement_action",
                "CREATE TABLE improvement_action (id INTEGER PRIMARY KEY, round_id, item,"
                        + " what, owner, due, status, created, updated)");
        StorageException e = refusedEverywhere();
        assertEquals(Reason.SCHEMA_ALTERED, e.reason());
        assertEquals(List.of("center.ccmm", "table", "improvement_action"), e.args());
    }

    @Test
    void aMissingIndexIsRefused() throws Exception {
        craft("DROP INDEX audit_by_round_item");
        StorageException e = refusedEverywhere();
        assertEquals(Reason.SCHEMA_MISSING, e.reason());
        assertEquals(List.of("center.ccmm", "index", "audit_by_round_item"), e.args());
    }

    @Test
    void anOversizedNoteIsRefusedWhenRead() throws Exception {
        craft("UPDATE rating SET note = replace(hex(zeroblob(15000)), '0', 'x') WHERE item = (SELECT min(item) FROM"
                + " rating)");
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            long round = f.latestRound().orElseThrow().id();
            StorageException e = assertThrows(StorageException.class, () -> f.ratings(round));
            assertEquals(Reason.VALUE_TOO_LARGE, e.reason());
            assertEquals(List.of("center.ccmm", "rating.note", "20000"), e.args());
        }
        assertEquals(before, Fixtures.sha256(file));
    }

    /**
     * The round's assessors must be a JSON list of names: a name that is null, a number, a list or an object, or another
     * value in place of the list, is a damaged file, named as such, not a crash (a null name once ended the start with
     * an unexpected NullPointerException).
     */
    @Test
    void assessorsThatAreNotAListOfNamesAreADamagedFile() throws Exception {
        String[] crafted = {
            "[null]",
            "[\"A\", null]",
            "[1]",
            "[true]",
            "[[\"A\"]]",
            "[{}]",
            "{}",
            "\"A\"",
            "null",
            "",
            "[\"A\"",
            "[\"A\",]"
        };
        for (String assessors : crafted) {
            craft("UPDATE round SET assessors = '" + assessors + "'");
            String before = Fixtures.sha256(file);
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                StorageException e = assertThrows(StorageException.class, f::latestRound, assessors);
                assertEquals(Reason.DAMAGED, e.reason(), assessors);
            }
            assertEquals(before, Fixtures.sha256(file), assessors);
        }
        craft("UPDATE round SET assessors = '[\"王芳\", \"\"]'");
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(List.of("王芳", ""), f.latestRound().orElseThrow().info().assessors());
        }
    }

    @Test
    void anOversizedBlobIsRefusedWhenRead() throws Exception {
        craft("UPDATE evidence_content SET content = zeroblob(" + (Limits.MAX_VALUE_BYTES + 1) + ")");
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            long round = f.latestRound().orElseThrow().id();
            long attachment = f.evidence(round).get(0).id();
            StorageException e = assertThrows(StorageException.class, () -> f.evidenceContent(attachment));
            assertEquals(Reason.VALUE_TOO_LARGE, e.reason());
        }
        assertEquals(before, Fixtures.sha256(file));
    }

    @Test
    void aDamagedPageIsFoundAtOpen() throws Exception {
        long pages = Files.size(file) / 4096;
        // Scribble over the page header and cell pointers of a page in the middle of the ratings.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((pages - 3) * 4096);
            byte[] garbage = new byte[64];
            java.util.Arrays.fill(garbage, (byte) 0x7F);
            raf.write(garbage);
        }
        StorageException e = refusedEverywhere();
        assertEquals(Reason.DAMAGED, e.reason());
    }

    @Test
    void aDamagedPageOfALargeFileIsRefusedWhenReadBeforeFinalAndBeforeACopy() throws Exception {
        long round;
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            round = f.rounds().get(0).id();
            java.util.Random random = new java.util.Random(3);
            for (int i = 1; i <= 9; i++) {
                byte[] scan = new byte[1 << 20];
                random.nextBytes(scan);
                f.attachEvidence(
                        round, item(i), "scan-" + i + ".pdf", "application/pdf", new ByteArrayInputStream(scan));
            }
        }
        assertTrue(Files.size(file) > FileOpening.WHOLE_CHECK_BYTES, "large enough for the limited check at open");
        long ratingRoot;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'rating'")) {
            ratingRoot = rs.getLong(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((ratingRoot - 1) * 4096);
            byte[] garbage = new byte[64];
            java.util.Arrays.fill(garbage, (byte) 0x7F);
            raf.write(garbage);
        }
        String before = Fixtures.sha256(file);
        List<Path> filesBefore = listing();
        Path copy = dir.resolve("copy.ccmm");
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            // Opening is cheap; the rounds the window lists first are sound and shown.
            assertEquals(1, f.rounds().size());
            assertEquals(
                    Reason.DAMAGED,
                    assertThrows(StorageException.class, () -> f.ratings(round)).reason());
            assertEquals(
                    Reason.DAMAGED,
                    assertThrows(StorageException.class, () -> f.markFinal(round))
                            .reason());
            assertEquals(
                    Reason.DAMAGED,
                    assertThrows(StorageException.class, () -> f.saveCopy(copy)).reason());
            assertEquals(
                    Reason.DAMAGED,
                    assertThrows(StorageException.class, f::checkIntegrity).reason());
            assertTrue(!f.round(round).isFinal());
        }
        assertEquals(before, Fixtures.sha256(file), "nothing was written to the damaged file");
        assertEquals(filesBefore, listing(), "no copy and no temporary file");
    }
}
