package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.FieldCopyHeader;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.Schema;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageOptions;
import io.ccmm.storage.StorageText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field copies handed out and merged back file to file, refusals, an older copy, review and sign-off. */
class TeamFilesTest {

    static final Organization ORG = new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7));
    static final RoundInfo ROUND = new RoundInfo("2026 自评", "2026-03-01", List.of("组长"), OptionalInt.of(3));

    @TempDir
    Path dir;

    Path master;
    long roundId;

    void newMaster() throws Exception {
        master = dir.resolve("master.ccmm");
        try (AssessmentFile f = AssessmentFile.create(master, ORG)) {
            roundId = f.createRound(ROUND).id();
            f.saveRating(roundId, new Rating(3, Rate.PARTIAL, Rate.PARTIAL, "lead's note"));
        }
    }

    Path handOut(String who, Scope scope) throws Exception {
        Path copy = dir.resolve(who + ".ccmm");
        TeamFiles.handOut(master, OptionalLong.empty(), who, scope, copy);
        return copy;
    }

    @Test
    void aFieldCopyHoldsTheRoundItsScopeAndBaseAndOnlyItsScopeIsWritable() throws Exception {
        newMaster();
        Path copy = handOut("张三", new Scope("1-10"));
        try (AssessmentFile c = AssessmentFile.open(copy, OpenMode.READ_WRITE);
                AssessmentFile m = AssessmentFile.openForReading(master)) {
            FieldCopyHeader header = c.fieldCopyHeader().orElseThrow();
            assertEquals("张三", header.assessor());
            assertEquals(m.fileUid(), header.masterFileUid());
            assertFalse(m.fileUid().equals(c.fileUid()));
            assertEquals(m.round(roundId).uid(), header.roundUid());
            assertEquals("1-10", header.scope());
            assertEquals(1, c.rounds().size());
            assertEquals(Rate.PARTIAL, c.fieldCopyBase().get(3).c());
            c.setC(roundId, 5, Rate.FULL);
            StorageException outside = assertThrows(StorageException.class, () -> c.setC(roundId, 11, Rate.FULL));
            assertEquals(StorageException.Reason.OUTSIDE_SCOPE, outside.reason());
            assertTrue(StorageText.describe(outside, Locale.SIMPLIFIED_CHINESE).contains("只读"));
            assertEquals(Rating.unrated(11), c.rating(roundId, 11));
        }
        assertThrows(TeamException.class, () -> handOut("张三", Scope.ALL), "an existing copy is not replaced");
    }

    @Test
    void twoCopiesMergedThenAgainInTheOtherOrderGiveTheSameRound() throws Exception {
        newMaster();
        Path a = handOut("张三", Scope.ALL);
        Path b = handOut("李四", Scope.ALL);
        rate(a, "张三", new int[][] {{1, 10, 10}, {2, 10, 5}, {4, 5, 5}});
        rate(b, "李四", new int[][] {{1, 10, 10}, {2, 5, 5}, {5, 0, 0}});
        try (AssessmentFile c = AssessmentFile.open(a, OpenMode.READ_WRITE)) {
            c.actAs("张三");
            c.setNote(roundId, 1, "制度齐全");
            c.attachEvidence(
                    roundId,
                    1,
                    "制度.txt",
                    "text/plain",
                    new ByteArrayInputStream("制度".getBytes(StandardCharsets.UTF_8)));
            c.addAction(ImprovementAction.of(roundId, 4, "补齐执行记录", "王五", ""));
        }
        try (AssessmentFile c = AssessmentFile.open(b, OpenMode.READ_WRITE)) {
            c.attachEvidence(
                    roundId,
                    1,
                    "same.txt",
                    "text/plain",
                    new ByteArrayInputStream("制度".getBytes(StandardCharsets.UTF_8)));
        }
        byte[] copyBytes = Files.readAllBytes(a);

        TeamFiles.Merged first = TeamFiles.merge(master, List.of(b, a), OptionalLong.empty());
        assertEquals(List.of(1, 4, 5), first.plan().merged());
        assertEquals(List.of(2), first.plan().conflicts());
        assertArrayEquals(copyBytes, Files.readAllBytes(a), "the copies are only read");

        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertEquals(
                    Rating.of(1, Rate.FULL, Rate.FULL).withNote(""),
                    m.rating(roundId, 1).withNote(""));
            assertEquals(Rating.unrated(2), m.rating(roundId, 2), "a conflict keeps the round's value");
            assertEquals("lead's note", m.rating(roundId, 3).note());
            assertEquals(1, m.evidence(roundId, 1).size(), "the same content once");
            assertEquals(1, m.actions(roundId).size());
            assertEquals(
                    List.of(2),
                    m.conflicts(roundId).stream().map(Conflict::item).toList());
            assertTrue(m.authorNotes(roundId).stream()
                    .anyMatch(n -> n.author().equals("张三") && n.note().equals("制度齐全")));
            List<AuditEntry> trail = m.auditTrail(roundId, 4);
            assertTrue(
                    trail.stream()
                            .anyMatch(e -> e.who().equals("张三") && e.field().equals("c")),
                    trail.toString());
        }

        TeamFiles.Merged again = TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());
        assertEquals(List.of(), again.plan().merged(), "merging again changes nothing");
        assertEquals(List.of(2), again.plan().conflicts());
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertEquals(1, m.actions(roundId).size());
            assertEquals(1, m.evidence(roundId, 1).size());
        }
    }

    @Test
    void conflictsAreResolvedAuditedAndSignOffIsNeededBeforeFinal() throws Exception {
        newMaster();
        Path a = handOut("张三", Scope.ALL);
        Path b = handOut("李四", Scope.ALL);
        rate(a, "张三", new int[][] {{2, 10, 5}});
        rate(b, "李四", new int[][] {{2, 5, 5}});
        TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());
        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            m.actAs("组长");
            StorageException open = assertThrows(StorageException.class, () -> m.markFinal(roundId));
            assertEquals(StorageException.Reason.CONFLICTS_OPEN, open.reason());
            m.resolveConflict(roundId, 2, Rating.of(2, Rate.PARTIAL, Rate.PARTIAL), "consensus: 复核现场记录");
            assertEquals(Rate.PARTIAL, m.rating(roundId, 2).c());
            assertTrue(m.conflicts(roundId).get(0).resolved());
            assertTrue(m.auditTrail(roundId, 2).stream()
                    .anyMatch(e -> e.who().equals("组长") && e.newValue().contains("复核现场记录")));

            m.flagForReview(roundId, 7, "证据不足");
            assertFalse(m.reviewFlags(roundId).get(0).reviewed());
            m.markReviewed(roundId, 7);
            assertTrue(m.reviewFlags(roundId).get(0).reviewed());

            StorageException unsigned = assertThrows(StorageException.class, () -> m.markFinal(roundId));
            assertEquals(StorageException.Reason.SIGN_OFF_MISSING, unsigned.reason());
            assertTrue(StorageText.describe(unsigned, Locale.ENGLISH).contains("sign-off"));
            m.signOff(roundId, "赵六", "2026-03-05", "结果经复核无误");
            m.markFinal(roundId);
            assertTrue(m.round(roundId).isFinal());
            assertTrue(m.auditTrail(roundId).stream().anyMatch(e -> e.field().equals("round.signOff")));
        }
        // Merging again after resolution leaves the resolution alone.
        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            m.reopen(roundId, "late copy");
        }
        TeamFiles.Merged again = TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());
        assertEquals(List.of(), again.plan().conflicts());
    }

    @Test
    void aCopyOfAnotherRoundOrFileIsRefusedNamingBothAndNothingChanges() throws Exception {
        newMaster();
        Path a = handOut("张三", Scope.ALL);
        rate(a, "张三", new int[][] {{1, 10, 10}});
        Path other = dir.resolve("other.ccmm");
        try (AssessmentFile f = AssessmentFile.create(other, ORG)) {
            f.createRound(ROUND);
        }
        Path otherCopy = dir.resolve("other-copy.ccmm");
        TeamFiles.handOut(other, OptionalLong.empty(), "王五", Scope.ALL, otherCopy);
        byte[] before = Files.readAllBytes(master);

        TeamException e = assertThrows(
                TeamException.class, () -> TeamFiles.merge(master, List.of(a, otherCopy), OptionalLong.empty()));
        assertEquals(TeamException.Reason.OTHER_FILE, e.reason());
        String words = TeamText.describe(e, Locale.ENGLISH);
        assertTrue(
                words.contains("other-copy.ccmm") && words.contains("other.ccmm") && words.contains("master.ccmm"),
                words);
        assertTrue(TeamText.describe(e, Locale.SIMPLIFIED_CHINESE).contains("未合并任何内容"));
        assertArrayEquals(before, Files.readAllBytes(master), "all or nothing: the good copy was not merged either");

        long second;
        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            second = m.createRound(new RoundInfo("复评", "2026-09-01", List.of(), OptionalInt.empty()))
                    .id();
        }
        before = Files.readAllBytes(master);
        TeamException round =
                assertThrows(TeamException.class, () -> TeamFiles.merge(master, List.of(a), OptionalLong.of(second)));
        assertEquals(TeamException.Reason.OTHER_ROUND, round.reason());
        String roundWords = TeamText.describe(round, Locale.ENGLISH);
        assertTrue(roundWords.contains("2026 自评") && roundWords.contains("复评"), roundWords);
        assertArrayEquals(before, Files.readAllBytes(master));

        TeamException self =
                assertThrows(TeamException.class, () -> TeamFiles.merge(master, List.of(master), OptionalLong.empty()));
        assertEquals(TeamException.Reason.SAME_FILE, self.reason());
    }

    @Test
    void aCopyOfAnOlderSchemaVersionIsMigratedFirstAndItselfLeftAlone() throws Exception {
        String uid = "6f1c2a8e-0b7d-4c1e-9a55-3d2f8e7b1c40";
        Assessment base = new Assessment(new CatalogRef("cc-cmm-oc-2025", ""), ORG, ROUND, List.of(), uid);
        master = dir.resolve("master.ccmm");
        roundId = AssessmentFile.importInto(master, base, CatalogSnapshot.bundled())
                .round()
                .id();
        // A colleague's plain copy at schema version 2, with the same round.
        Path old = dir.resolve("colleague-v2.ccmm");
        StorageOptions v2 = StorageOptions.defaults().withSchema(2, Schema.MIGRATIONS.subList(0, 1));
        Assessment rated = new Assessment(
                new CatalogRef("cc-cmm-oc-2025", ""),
                ORG,
                new RoundInfo("2026 自评", "2026-03-01", List.of("李四"), OptionalInt.of(3)),
                List.of(Rating.of(1, Rate.FULL, Rate.PARTIAL)),
                uid);
        AssessmentFile.importInto(old, rated, CatalogSnapshot.bundled(), v2);
        byte[] oldBytes = Files.readAllBytes(old);

        TeamFiles.Merged merged = TeamFiles.merge(master, List.of(old), OptionalLong.empty());
        assertEquals(List.of(1), merged.plan().merged());
        assertArrayEquals(oldBytes, Files.readAllBytes(old), "the older copy itself is not migrated");
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertEquals(Rate.PARTIAL, m.rating(roundId, 1).f());
            assertEquals("李四", m.contributions(roundId).get(0).assessor());
        }
    }

    @Test
    void interchangeJsonWithTheSameRoundUidMergesLikeACopy() throws Exception {
        newMaster();
        Assessment exported;
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            exported = m.exportRound(roundId);
        }
        Assessment colleague = new Assessment(
                exported.catalog(),
                exported.organization(),
                new RoundInfo("2026 自评", "2026-03-01", List.of("Li"), OptionalInt.of(3)),
                List.of(new Rating(3, Rate.PARTIAL, Rate.PARTIAL, "lead's note"), Rating.notApplicable(9, "不适用于政务热线")),
                exported.uid());
        Path json = dir.resolve("li.json");
        Files.write(json, InterchangeJson.write(colleague));
        TeamFiles.Merged merged = TeamFiles.merge(master, List.of(json), OptionalLong.empty());
        assertEquals(List.of(9), merged.plan().merged());
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertTrue(m.rating(roundId, 9).notApplicable());
            assertEquals("不适用于政务热线", m.rating(roundId, 9).justification());
        }
        Path stranger = dir.resolve("stranger.json");
        Files.write(stranger, InterchangeJson.write(colleague.withUid("0e0c1f5a-1111-4222-8333-944455556666")));
        assertEquals(
                TeamException.Reason.OTHER_ROUND,
                assertThrows(
                                TeamException.class,
                                () -> TeamFiles.merge(master, List.of(stranger), OptionalLong.empty()))
                        .reason());
    }

    @Test
    void aVersionTwoFileMigratesToTheCurrentSchemaWithAnIdentity() throws Exception {
        Path old = dir.resolve("v2.ccmm");
        StorageOptions v2 = StorageOptions.defaults().withSchema(2, Schema.MIGRATIONS.subList(0, 1));
        try (AssessmentFile f = AssessmentFile.create(old, ORG, v2)) {
            long id = f.createRound(ROUND).id();
            f.saveRating(id, Rating.of(1, Rate.FULL, Rate.FULL));
            assertEquals(2, f.schemaVersion());
        }
        try (AssessmentFile f = AssessmentFile.open(old, OpenMode.READ_WRITE)) {
            assertEquals(Schema.CURRENT_VERSION, f.schemaVersion());
            assertEquals(36, f.fileUid().length());
            assertEquals(Rate.FULL, f.rating(f.rounds().get(0).id(), 1).c());
            assertTrue(f.fieldCopyHeader().isEmpty());
            f.checkIntegrity();
        }
        try (AssessmentFile f = AssessmentFile.open(old, OpenMode.READ_WRITE)) {
            assertEquals(Schema.CURRENT_VERSION, f.schemaVersion());
        }
    }

    /** Rates items of a copy as {@code who}: rows of {item, c, f}. */
    static void rate(Path copy, String who, int[][] rows) throws Exception {
        try (AssessmentFile c = AssessmentFile.open(copy, OpenMode.READ_WRITE)) {
            c.actAs(who);
            Round round = c.rounds().get(0);
            for (int[] row : rows) {
                c.saveRating(
                        round.id(),
                        Rating.of(
                                row[0],
                                Rate.ofPoints(row[1]).orElseThrow(),
                                Rate.ofPoints(row[2]).orElseThrow()));
            }
        }
    }
}
