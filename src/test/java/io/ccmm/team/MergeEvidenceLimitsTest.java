package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.StorageOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence arriving in a merged copy is held to the limits of attaching; over a limit, nothing of the merge applies. */
class MergeEvidenceLimitsTest {

    @TempDir
    Path dir;

    Path master;
    long roundId;
    Path copy;

    @BeforeEach
    void masterAndCopy() throws Exception {
        master = dir.resolve("master.ccmm");
        try (AssessmentFile f = AssessmentFile.create(master, TeamFilesTest.ORG)) {
            roundId = f.createRound(TeamFilesTest.ROUND).id();
        }
        copy = dir.resolve("张三.ccmm");
        TeamFiles.handOut(master, OptionalLong.empty(), "张三", Scope.ALL, copy);
        TeamFilesTest.rate(copy, "张三", new int[][] {{4, 10, 5}});
    }

    @Test
    void anAttachmentLargerThanTheMasterAcceptsIsRefusedNamingCopyItemAndFile() throws Exception {
        attach(copy, 3, "录音.wav", 2000, 0);
        try (AssessmentFile m = AssessmentFile.open(
                master, OpenMode.READ_WRITE, StorageOptions.defaults().withMaxAttachmentBytes(1024))) {
            TeamException refused =
                    assertThrows(TeamException.class, () -> TeamFiles.merge(m, List.of(copy), OptionalLong.empty()));
            assertEquals(TeamException.Reason.EVIDENCE_TOO_LARGE, refused.reason());
            String zh = TeamText.describe(refused, Locale.SIMPLIFIED_CHINESE);
            assertTrue(zh.contains("张三.ccmm") && zh.contains("条目 3") && zh.contains("录音.wav"), zh);
            assertTrue(zh.contains("1 KB"), zh);
            String en = TeamText.describe(refused, Locale.ENGLISH);
            assertTrue(en.contains("item 3") && en.contains("Nothing was merged"), en);
            assertTrue(
                    assertThrows(TeamException.class, () -> TeamFiles.check(m, List.of(copy), OptionalLong.empty()))
                                    .reason()
                            == TeamException.Reason.EVIDENCE_TOO_LARGE,
                    "the check before merging refuses it too");
            assertEquals(Rating.unrated(4), m.rating(roundId, 4), "the copy's ratings were not merged either");
            assertTrue(m.evidence(roundId).isEmpty());
            assertTrue(m.contributions(roundId).isEmpty());
        }
    }

    @Test
    void anItemIsNotTakenOverItsAttachmentLimitByAMerge() throws Exception {
        int inMaster = EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM - 5;
        attachMany(master, 5, "m", inMaster, 1000);
        attachMany(copy, 5, "c", 6, 2000);
        TeamException refused =
                assertThrows(TeamException.class, () -> TeamFiles.merge(master, List.of(copy), OptionalLong.empty()));
        assertEquals(TeamException.Reason.EVIDENCE_TOO_MANY_ON_ITEM, refused.reason());
        String zh = TeamText.describe(refused, Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("张三.ccmm") && zh.contains("条目 5") && zh.contains("50"), zh);
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertEquals(inMaster, m.evidence(roundId, 5).size());
            assertEquals(Rating.unrated(4), m.rating(roundId, 4));
        }
    }

    @Test
    void upToTheLimitTheAttachmentsAreMerged() throws Exception {
        int inMaster = EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM - 5;
        attachMany(master, 5, "m", inMaster, 1000);
        attachMany(copy, 5, "c", 5, 2000);
        TeamFiles.merge(master, List.of(copy), OptionalLong.empty());
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            assertEquals(
                    EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM,
                    m.evidence(roundId, 5).size());
            assertEquals(Rate.FULL, m.rating(roundId, 4).c());
        }
    }

    /** Attaches {@code size} bytes, distinct per {@code seed}, to {@code item} of the file's first round. */
    private static void attach(Path file, int item, String name, int size, int seed) throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.attachEvidence(f.rounds().get(0).id(), item, name, "text/plain", content(size, seed));
        }
    }

    /** {@code count} small distinct attachments named {@code prefix}0.txt, {@code prefix}1.txt, … */
    private static void attachMany(Path file, int item, String prefix, int count, int seed) throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            long round = f.rounds().get(0).id();
            for (int k = 0; k < count; k++) {
                f.attachEvidence(round, item, prefix + k + ".txt", "text/plain", content(16, seed + k));
            }
        }
    }

    private static ByteArrayInputStream content(int size, int seed) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        byte[] tag = String.valueOf(seed).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tag, 0, content, 0, Math.min(tag.length, size));
        return new ByteArrayInputStream(content);
    }
}
