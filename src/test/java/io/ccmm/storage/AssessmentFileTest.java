package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.ORG;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentFileTest {

    @TempDir
    Path dir;

    @Test
    void newFileIsMarkedAsOursWithSchemaVersionTwo() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            assertEquals(ORG, f.organization());
            assertEquals(Access.READ_WRITE, f.access());
            assertTrue(f.readOnlyNotice().isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(Schema.APPLICATION_ID, pragma(s, "application_id"));
            assertEquals(0x43434D4D, Schema.APPLICATION_ID);
            assertEquals(Schema.CURRENT_VERSION, pragma(s, "user_version"));
        }
        assertThrows(StorageException.class, () -> AssessmentFile.create(file, ORG));
    }

    @Test
    void ratingsAreSavedAndReadBack() throws Exception {
        Path file;
        long round;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.saveRating(round, new Rating(item(0), Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"));
            f.setC(round, item(1), Rate.NONE);
            f.setNote(round, item(2), "only a note");
            f.setF(round, item(2), Rate.FULL);
        }
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            Map<Integer, Rating> ratings = f.ratings(round);
            assertEquals(3, ratings.size());
            assertEquals(new Rating(item(0), Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"), ratings.get(item(0)));
            assertEquals(new Rating(item(1), Rate.NONE, Rate.UNRATED, ""), ratings.get(item(1)));
            assertEquals(new Rating(item(2), Rate.UNRATED, Rate.FULL, "only a note"), f.rating(round, item(2)));
            assertEquals(Rating.unrated(item(3)), f.rating(round, item(3)));
            assertEquals(BASELINE, f.round(round).info());
            assertEquals(RoundStatus.DRAFT, f.round(round).status());
        }
    }

    @Test
    void unknownItemAndRoundAreRefused() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            StorageException e = assertThrows(
                    StorageException.class, () -> f.saveRating(round, Rating.of(100_000, Rate.FULL, Rate.FULL)));
            assertEquals(StorageException.Reason.UNKNOWN_ITEM, e.reason());
            assertEquals(List.of("100000", "cc-cmm-oc-2025"), e.args());
            assertEquals("Item 100000 is not in catalog cc-cmm-oc-2025.", e.getMessage());
            e = assertThrows(StorageException.class, () -> f.ratings(round + 1));
            assertEquals(StorageException.Reason.NO_SUCH_ROUND, e.reason());
            e = assertThrows(
                    StorageException.class,
                    () -> f.createRound(
                            new RoundInfo("x", "1.3.2026", List.of(), OptionalInt.empty()), CatalogSnapshot.bundled()));
            assertEquals("The round date “1.3.2026” is not a date (yyyy-MM-dd).", e.getMessage());
        }
    }

    @Test
    void cleanCloseLeavesTheFileAloneWithEverything() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.saveRating(round, Rating.of(item(0), Rate.FULL, Rate.FULL));
            assertTrue(Files.exists(Path.of(file + "-wal")), "changes go through the write-ahead log while open");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no -wal, -shm or -journal beside the file");
        }
        // A copy of the .ccmm alone holds the rating.
        Path copy = Files.copy(file, dir.resolve("mailed.ccmm"));
        try (AssessmentFile f = AssessmentFile.open(copy, OpenMode.READ_ONLY)) {
            long round = f.latestRound().orElseThrow().id();
            assertEquals(Rate.FULL, f.rating(round, item(0)).c());
        }
    }

    @Test
    void openingAndClosingWithoutChangesLeavesTheFileByteForByteUnchanged() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            f.createRound(BASELINE, CatalogSnapshot.bundled());
        }
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.rounds();
            f.ratings(f.rounds().get(0).id());
        }
        assertEquals(before, Fixtures.sha256(file));
    }

    @Test
    void auditTrailRecordsWhoChangedWhatPerItemAndRound() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.setC(round, item(0), Rate.PARTIAL);
            f.actAs("李四");
            f.setC(round, item(0), Rate.FULL);
            f.setNote(round, item(0), "记录齐全");
            f.setF(round, item(1), Rate.NONE);

            List<AuditEntry> trail = f.auditTrail(round, item(0));
            assertEquals(3, trail.size());
            assertEquals(System.getProperty("user.name"), trail.get(0).who());
            assertEquals("c", trail.get(0).field());
            assertEquals("", trail.get(0).oldValue());
            assertEquals("5", trail.get(0).newValue());
            assertEquals("李四", trail.get(1).who());
            assertEquals("5", trail.get(1).oldValue());
            assertEquals("10", trail.get(1).newValue());
            assertEquals("note", trail.get(2).field());
            assertEquals("记录齐全", trail.get(2).newValue());
            assertEquals(item(0), trail.get(2).item().getAsInt());

            List<AuditEntry> all = f.auditTrail(round);
            assertEquals("round.created", all.get(0).field());
            assertEquals(5, all.size());
        }
    }

    @Test
    void undoAndRedoRatingAndNoteChanges() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            assertFalse(f.canUndo(round));
            f.setC(round, item(0), Rate.FULL);
            f.setNote(round, item(0), "first");
            f.setNote(round, item(0), "second");
            f.setF(round, item(1), Rate.PARTIAL);

            assertEquals(Rating.unrated(item(1)), f.undo(round).orElseThrow());
            assertEquals(Rating.unrated(item(1)), f.rating(round, item(1)));
            assertEquals("first", f.undo(round).orElseThrow().note());
            assertEquals("first", f.rating(round, item(0)).note());
            assertTrue(f.canRedo(round));
            assertEquals("second", f.redo(round).orElseThrow().note());
            assertEquals("second", f.rating(round, item(0)).note());

            f.undo(round);
            f.undo(round);
            f.undo(round);
            assertFalse(f.canUndo(round));
            assertTrue(f.undo(round).isEmpty());
            assertEquals(Rating.unrated(item(0)), f.rating(round, item(0)));

            f.redo(round);
            f.setNote(round, item(2), "a new change drops what could be redone");
            assertFalse(f.canRedo(round));
            assertEquals(Rate.FULL, f.rating(round, item(0)).c());
            // 5 changes, 5 undos, 2 redos: an undo is a change like any other, so it is in the audit trail
            assertEquals(
                    12,
                    f.auditTrail(round).stream()
                            .filter(a -> !a.field().startsWith("round"))
                            .count());
        }
    }

    @Test
    void aFinalRoundIsReadOnlyUntilReopenedWhichIsAudited() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.setC(round, item(0), Rate.FULL);
            f.markFinal(round);
            assertTrue(f.round(round).isFinal());
            StorageException e = assertThrows(StorageException.class, () -> f.setC(round, item(0), Rate.NONE));
            assertEquals(StorageException.Reason.ROUND_FINAL, e.reason());
            assertEquals("Round “2026 自评” is final and cannot be changed. Reopen it to make changes.", e.getMessage());
            assertFalse(f.canUndo(round));
            assertThrows(
                    StorageException.class,
                    () -> f.attachEvidence(round, item(0), "a.txt", "text/plain", InputStream.nullInputStream()));
            assertThrows(StorageException.class, () -> f.updateRound(round, BASELINE));

            f.actAs("王五");
            f.reopen(round, "a typo in item 1");
            assertFalse(f.round(round).isFinal());
            f.setC(round, item(0), Rate.PARTIAL);
            List<AuditEntry> trail = f.auditTrail(round);
            AuditEntry reopened = trail.stream()
                    .filter(a ->
                            a.field().equals("round.status") && a.newValue().equals("draft"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("王五", reopened.who());
            assertEquals("final", reopened.oldValue());
            assertTrue(trail.stream()
                    .anyMatch(a -> a.field().equals("round.reopenReason")
                            && a.newValue().equals("a typo in item 1")));
        }
    }

    @Test
    void copyingARoundStartsAReassessment() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long baseline = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.saveRating(baseline, new Rating(item(0), Rate.PARTIAL, Rate.NONE, "start"));
            Evidence ev = f.attachEvidence(baseline, item(0), "policy.txt", "text/plain", stream("policy v1"));
            f.addAction(ImprovementAction.of(baseline, item(0), "Write the missing records", "Ops", "2026-06-30"));
            ImprovementAction done = f.addAction(ImprovementAction.of(baseline, item(1), "Done already", "", ""));
            f.updateAction(done.withStatus(ActionStatus.DONE));
            f.markFinal(baseline);

            RoundInfo again = new RoundInfo("2026 复评", "2026-10-01", List.of("张三"), OptionalInt.of(3));
            Round copy = f.copyRound(baseline, again);
            assertEquals(again, copy.info());
            assertEquals(baseline, copy.copiedFrom().getAsLong());
            assertEquals(RoundStatus.DRAFT, copy.status());
            assertEquals(f.round(baseline).catalogSha256(), copy.catalogSha256());
            assertEquals(
                    f.ratings(baseline).values().stream().toList(),
                    List.copyOf(f.ratings(copy.id()).values()));
            assertEquals(1, f.evidence(copy.id()).size());
            assertEquals(ev.sha256(), f.evidence(copy.id()).get(0).sha256());
            assertEquals(1, f.storedContents());
            List<ImprovementAction> actions = f.actions(copy.id());
            assertEquals(1, actions.size(), "unfinished actions carry over, done ones stay with the baseline");
            assertEquals("Write the missing records", actions.get(0).what());

            f.setC(copy.id(), item(0), Rate.FULL);
            assertEquals(Rate.PARTIAL, f.rating(baseline, item(0)).c(), "the baseline stays as it was");
            assertEquals(2, f.rounds().size());
            assertEquals(copy.id(), f.latestRound().orElseThrow().id());
        }
    }

    @Test
    void latestRoundGoesByAssessmentDate() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long later = f.createRound(BASELINE).id();
            f.createRound(
                    new RoundInfo("older, entered afterwards", "2025-01-01", List.of(), OptionalInt.empty()),
                    CatalogSnapshot.bundled());
            assertEquals(later, f.latestRound().orElseThrow().id());
        }
    }

    @Test
    void evidenceIsStoredOncePerContentAndCanBeSavedBackOut() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            Path scan = Files.writeString(dir.resolve("排班表.csv"), "agent,shift\n张三,A\n");
            Evidence a = f.attachEvidence(round, item(0), scan);
            Evidence b = f.attachEvidence(round, item(1), scan);
            Evidence c = f.attachEvidence(round, item(1), "other.txt", "text/plain", stream("different"));
            assertEquals("排班表.csv", a.name());
            assertEquals(Files.size(scan), a.size());
            assertEquals(CatalogLoader.sha256(Files.readAllBytes(scan)), a.sha256());
            assertEquals(a.sha256(), b.sha256());
            assertEquals(2, f.storedContents(), "the same content is stored once");
            assertEquals(List.of(b, c), f.evidence(round, item(1)));
            assertEquals(3, f.evidence(round).size());

            Path out = dir.resolve("out/back.csv");
            Files.createDirectories(out.getParent());
            f.saveEvidenceTo(b.id(), out);
            assertArrayEquals(Files.readAllBytes(scan), Files.readAllBytes(out));
            assertEquals("different", new String(f.evidenceContent(c.id()), StandardCharsets.UTF_8));

            f.removeEvidence(a.id());
            assertEquals(2, f.storedContents(), "still used by item 2");
            f.removeEvidence(b.id());
            assertEquals(1, f.storedContents(), "no longer used: gone from the file");
            assertTrue(f.auditTrail(round, item(0)).stream()
                    .anyMatch(e -> e.field().equals("evidence") && e.oldValue().equals("排班表.csv")));
        }
    }

    @Test
    void removingAnAttachmentGivesItsSpaceBack() throws Exception {
        Path file;
        long withAttachment;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            long id = f.attachEvidence(round, item(0), "scan.bin", "", new ByteArrayInputStream(new byte[2_000_000]))
                    .id();
            f.close();
            withAttachment = Files.size(file);
            try (AssessmentFile again = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                again.removeEvidence(id);
            }
        }
        assertTrue(withAttachment > 2_000_000, "size " + withAttachment);
        assertTrue(
                Files.size(file) < withAttachment - 1_900_000,
                "size after removal " + Files.size(file) + ", with the attachment " + withAttachment);
    }

    @Test
    void attachmentsOverTheLimitAreRefusedWithoutReadingThem() throws Exception {
        Path file = dir.resolve("limit.ccmm");
        AssessmentFile.create(file, ORG).close();
        StorageOptions small = StorageOptions.defaults().withMaxAttachmentBytes(1024);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE, small)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.attachEvidence(round, item(0), "exact.bin", "", new ByteArrayInputStream(new byte[1024]));

            Path big = Files.write(dir.resolve("recording.wav"), new byte[1536]);
            StorageException e = assertThrows(StorageException.class, () -> f.attachEvidence(round, item(0), big));
            assertEquals(StorageException.Reason.TOO_LARGE, e.reason());
            assertEquals(
                    "“recording.wav” is 1.5 KB; an attachment can be at most 1 KB. Attach an excerpt, or keep the"
                            + " document elsewhere and name it in the note.",
                    e.getMessage());

            // A stream of unknown length is cut off one byte past the limit, never read to the end.
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return 1;
                }
            };
            e = assertThrows(StorageException.class, () -> f.attachEvidence(round, item(0), "live.raw", "", endless));
            assertEquals(StorageException.Reason.TOO_LARGE_STREAM, e.reason());
            assertTrue(e.getMessage().startsWith("“live.raw” is larger than 1 KB"), e.getMessage());
            assertEquals(1, f.evidence(round).size());
        }
    }

    @Test
    void theDefaultLimitIsFiftyMegabytes() {
        assertEquals(50L * 1024 * 1024, StorageOptions.defaults().maxAttachmentBytes());
        assertEquals("50 MB", AssessmentFile.formatSize(StorageOptions.DEFAULT_MAX_ATTACHMENT_BYTES));
        assertEquals("63.2 MB", AssessmentFile.formatSize(66_270_000));
    }

    @Test
    void improvementActionsPerRoundAndItem() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            ImprovementAction a = f.addAction(
                    ImprovementAction.of(round, item(3), "Introduce a quality checklist", "质检组", "2026-05-01"));
            assertEquals(ActionStatus.OPEN, a.status());
            f.updateAction(a.withStatus(ActionStatus.IN_PROGRESS));
            f.markFinal(round);
            f.updateAction(a.withStatus(ActionStatus.DONE)); // followed up after the assessment
            assertEquals(ActionStatus.DONE, f.actions(round).get(0).status());
            assertEquals(
                    List.of("action.added", "action.status", "action.status"),
                    f.auditTrail(round, item(3)).stream().map(AuditEntry::field).toList());
            StorageException e = assertThrows(
                    StorageException.class,
                    () -> f.addAction(ImprovementAction.of(round, item(3), "x", "", "next spring")));
            assertEquals("The due date “next spring” is not a date (yyyy-MM-dd).", e.getMessage());
            f.removeAction(a.id());
            assertTrue(f.actions(round).isEmpty());
        }
    }

    @Test
    void organizationChangesAreAudited() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            Organization renamed = new Organization(ORG.name(), "分中心", ORG.industry(), OptionalInt.empty());
            f.updateOrganization(renamed);
            assertEquals(renamed, f.organization());
            List<AuditEntry> trail = f.auditTrail(0);
            assertTrue(trail.isEmpty(), "organization changes belong to no round");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("center.ccmm"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT field, old_value, new_value FROM audit WHERE round_id IS NULL" + " ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("organization.site", rs.getString(1));
            assertEquals("主中心", rs.getString(2));
            assertEquals("分中心", rs.getString(3));
            assertTrue(rs.next());
            assertEquals("organization.yearsInOperation", rs.getString(1));
            assertEquals("7", rs.getString(2));
            assertEquals(null, rs.getString(3));
        }
    }

    @Test
    void saveACopyWhileOpen() throws Exception {
        Path copy = dir.resolve("copies/center-copy.ccmm");
        Files.createDirectories(copy.getParent());
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.setC(round, item(0), Rate.FULL);
            f.saveCopy(copy);
            f.setC(round, item(1), Rate.FULL); // the original goes on being edited
            try (Stream<Path> files = Files.list(copy.getParent())) {
                assertEquals(List.of(copy), files.toList());
            }
            try (AssessmentFile c = AssessmentFile.open(copy, OpenMode.READ_WRITE)) {
                assertEquals(Map.of(item(0), Rating.of(item(0), Rate.FULL, Rate.UNRATED)), c.ratings(round));
                assertEquals(ORG, c.organization());
            }
        }
    }

    @Test
    void readOnlyOpenRefusesChanges() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            f.createRound(BASELINE, CatalogSnapshot.bundled());
        }
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            assertTrue(f.isReadOnly());
            long round = f.rounds().get(0).id();
            StorageException e = assertThrows(StorageException.class, () -> f.setC(round, item(0), Rate.FULL));
            assertEquals(StorageException.Reason.READ_ONLY, e.reason());
            assertEquals("“center.ccmm” is open read-only.", e.getMessage());
        }
    }

    @Test
    void catalogSnapshotOfARoundIsTheOneItWasRatedAgainst() throws Exception {
        byte[] small;
        try (InputStream in = getClass().getResourceAsStream("/catalogs/small-catalog.json")) {
            small = in.readAllBytes();
        }
        CatalogSnapshot bundled = CatalogSnapshot.bundled();
        CatalogSnapshot other = new CatalogSnapshot(small, bundled.rulesJson());
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long r1 = f.createRound(BASELINE, bundled).id();
            long r2 = f.createRound(BASELINE, other).id();
            long r3 = f.createRound(BASELINE, bundled).id();
            assertEquals(
                    bundled.catalogSha256(), f.catalogBundleOf(r1).catalog().sha256());
            assertEquals(other.catalogSha256(), f.catalogBundleOf(r2).catalog().sha256());
            assertArrayEquals(small, f.catalogSnapshotOf(r2).catalogJson());
            assertEquals(bundled.rulesSha256(), f.catalogBundleOf(r3).rules().sha256());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("center.ccmm"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM catalog_snapshot")) {
            assertEquals(3, rs.getInt(1), "each distinct catalog or rules file is stored once");
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }
}
