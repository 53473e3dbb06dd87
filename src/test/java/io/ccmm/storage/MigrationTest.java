package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration path, proven on a real version-1 file (a fixture written by {@link FixtureV1Writer}): version 2 (N/A
 * items, round identities), and a test-only version 3 on top that gives every round the site it was assessed at.
 */
class MigrationTest {

    /** The step a future version might add; here only to prove that steps chain. */
    static final Migration ROUND_SITE = new Migration() {
        @Override
        public int fromVersion() {
            return 2;
        }

        @Override
        public String description() {
            return "rounds record the site they were assessed at";
        }

        @Override
        public void apply(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE round ADD COLUMN site TEXT NOT NULL DEFAULT ''");
                s.execute("UPDATE round SET site = (SELECT site FROM organization WHERE id = 1)");
            }
        }
    };

    static final StorageOptions VERSION_1 = StorageOptions.defaults().withSchema(1, List.of());

    static final StorageOptions VERSION_3 =
            StorageOptions.defaults().withSchema(3, List.of(Schema.MIGRATIONS.get(0), ROUND_SITE));

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void copyFixture() throws Exception {
        file = dir.resolve("center.ccmm");
        try (InputStream in = getClass().getResourceAsStream("/storage/v1-fixture.ccmm")) {
            Files.copy(in, file);
        }
    }

    @Test
    void theFixtureIsAVersionOneFile() throws Exception {
        assertEquals(1, userVersion(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM round")) {
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void migratesToVersionTwoAfterWritingABackupBesideTheFile() throws Exception {
        byte[] original = Files.readAllBytes(file);
        List<String> uids;
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(Schema.CURRENT_VERSION, f.schemaVersion());
            assertAllDataKept(f);
            uids = f.rounds().stream().map(Round::uid).toList();
            assertEquals(2, uids.stream().distinct().count(), uids.toString());
            for (String uid : uids) {
                assertEquals(uid, UUID.fromString(uid).toString());
            }
            f.setC(2, 3, Rate.PARTIAL); // and it works as usual, N/A included
            f.saveRating(2, Rating.notApplicable(4, "政务热线不按客户价值分层服务"));
        }
        assertEquals(Schema.CURRENT_VERSION, userVersion(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM round WHERE uid = ''")) {
            assertEquals(0, rs.getInt(1));
        }
        // Re-opened: the schema check passes on the migrated file, the identities and N/A are kept.
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(uids, f.rounds().stream().map(Round::uid).toList());
            assertEquals(Rating.notApplicable(4, "政务热线不按客户价值分层服务"), f.rating(2, 4));
            f.checkIntegrity();
        }

        Path backup = onlyBackup();
        assertTrue(
                backup.getFileName().toString().matches("center\\.v1-backup-\\d{8}-\\d{6}\\.ccmm"), backup.toString());
        assertEquals(1, userVersion(backup));
        try (AssessmentFile b = AssessmentFile.open(backup, OpenMode.READ_ONLY)) {
            assertAllDataKept(b);
        }
        assertTrue(Files.size(backup) > 0 && original.length > 0);

        // Opening again migrates nothing and writes no second backup.
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(Schema.CURRENT_VERSION, f.schemaVersion());
        }
        assertEquals(backup, onlyBackup());
        // And a version-1 build refuses the migrated file, naming both versions.
        StorageException e =
                assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_WRITE, VERSION_1));
        assertEquals(StorageException.Reason.NEWER_VERSION, e.reason());
        assertTrue(
                e.getMessage()
                        .contains("file format " + Schema.CURRENT_VERSION + "; this version reads up to format 1"),
                e.getMessage());
    }

    @Test
    void aLaterStepRunsAfterVersionTwoAndTheSchemaCheckKnowsIt() throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE, VERSION_3)) {
            assertEquals(3, f.schemaVersion());
            assertAllDataKept(f);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT site FROM round ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("主中心", rs.getString(1));
        }
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE, VERSION_3)) {
            assertEquals(2, f.rounds().size());
        }
    }

    @Test
    void aNewFileIsVersionTwoAndHasTheSameSchemaAsAMigratedOne() throws Exception {
        Path created = dir.resolve("new.ccmm");
        AssessmentFile.create(created, Fixtures.ORG).close();
        AssessmentFile.open(file, OpenMode.READ_WRITE).close();
        assertEquals(Schema.CURRENT_VERSION, userVersion(created));
        assertEquals(schema(created), schema(file));
    }

    private static List<String> schema(Path f) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM"
                        + " sqlite_schema ORDER BY type, name")) {
            List<String> objects = new java.util.ArrayList<>();
            while (rs.next()) {
                objects.add(rs.getString(1));
            }
            return objects;
        }
    }

    @Test
    void aFailedMigrationLeavesTheFileAtItsVersionWithItsBackup() throws Exception {
        Migration broken = new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public String description() {
                return "fails half-way";
            }

            @Override
            public void apply(Connection c) throws SQLException {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM rating");
                    s.execute("SELECT no_such_column FROM round");
                }
            }
        };
        StorageOptions options = StorageOptions.defaults().withSchema(2, List.of(broken));
        StorageException e =
                assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_WRITE, options));
        assertTrue(
                e.getMessage()
                        .startsWith("“center.ccmm” could not be updated from file format 1 to 2 (fails half-way); it is"
                                + " unchanged, and a backup is at "),
                e.getMessage());
        assertEquals(1, userVersion(file));
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            assertAllDataKept(f);
        }
        onlyBackup();
    }

    @Test
    void aReadOnlyOpenMigratesAPrivateCopyAndLeavesTheFileAlone() throws Exception {
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            assertEquals(Schema.CURRENT_VERSION, f.schemaVersion());
            assertEquals(Access.READ_ONLY_REQUESTED, f.access());
            assertAllDataKept(f);
        }
        assertEquals(before, Fixtures.sha256(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no backup needed: nothing was changed");
        }
    }

    private static void assertAllDataKept(AssessmentFile f) throws Exception {
        assertEquals(FixtureV1Writer.ORG, f.organization());
        List<Round> rounds = f.rounds();
        assertEquals(
                List.of("2026 自评", "2026 复评"), rounds.stream().map(Round::title).toList());
        assertTrue(rounds.get(0).isFinal());
        assertEquals(1, rounds.get(1).copiedFrom().getAsLong());
        assertEquals(new Rating(1, Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"), f.rating(1, 1));
        assertEquals(Rating.of(2, Rate.FULL, Rate.PARTIAL), f.rating(2, 2));
        List<Evidence> evidence = f.evidence(1);
        assertEquals(1, evidence.size());
        assertArrayEquals(
                "agent,shift\n张三,A\n".getBytes(StandardCharsets.UTF_8),
                f.evidenceContent(evidence.get(0).id()));
        assertEquals("补齐执行记录", f.actions(2).get(0).what());
        assertEquals(10, f.auditTrail(1).size());
        assertEquals("张三", f.auditTrail(2, 2).get(0).who());
        assertEquals("cc-cmm-oc-2025", f.catalogBundleOf(1).catalog().id());
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().contains("-backup-"))
                    .toList();
            assertEquals(1, backups.size(), backups.toString());
            return backups.get(0);
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
