package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.storage.StorageException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence is untrusted: names made safe, types told by content, sizes and counts held to the limits. */
class EvidenceSafetyTest {

    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT = "agent,shift\n张三,A\n".getBytes(StandardCharsets.UTF_8);
    private static final String EXE_TYPE = "application/vnd.microsoft.portable-executable";

    @TempDir
    Path dir;

    AssessmentFile file;
    long round;

    @BeforeEach
    void open() throws Exception {
        file = Fixtures.newFile(dir);
        round = file.createRound(Fixtures.BASELINE).id();
    }

    @AfterEach
    void close() throws Exception {
        file.close();
    }

    /** The name and type given, the content, and the name and type stored. */
    static Stream<Arguments> attachments() {
        return Stream.of(
                Arguments.of("排班表.csv", "text/csv", TEXT, "排班表.csv", "text/plain"),
                Arguments.of("../../etc/passwd", "text/plain", TEXT, "passwd", "text/plain"),
                Arguments.of("C:\\Users\\me\\报告.pdf", "application/pdf", PDF, "报告.pdf", "application/pdf"),
                Arguments.of("报告.pdf", "application/pdf", EXE, "报告.pdf", EXE_TYPE),
                Arguments.of("invoice\u202Efdp.exe", "application/pdf", EXE, "invoicefdp.exe", EXE_TYPE),
                Arguments.of("CON.txt", "text/plain", TEXT, "_CON.txt", "text/plain"),
                Arguments.of("  ..hidden. ", null, PDF, "hidden", "application/pdf"),
                Arguments.of("", "", new byte[0], "attachment", "application/octet-stream"),
                Arguments.of(null, "image/png", EXE, "attachment", EXE_TYPE),
                Arguments.of(
                        "x".repeat(300) + ".docx", "application/zip", TEXT, "x".repeat(195) + ".docx", "text/plain"));
    }

    @ParameterizedTest
    @MethodSource("attachments")
    void theNameIsMadeSafeAndTheTypeComesFromTheContent(
            String name, String claimed, byte[] content, String storedName, String storedType) throws Exception {
        Evidence e = file.attachEvidence(round, item(0), name, claimed, new ByteArrayInputStream(content));
        assertEquals(List.of(storedName, storedType), List.of(e.name(), e.mediaType()));
        Evidence stored = file.evidence(round, item(0)).get(0);
        assertEquals(List.of(storedName, storedType), List.of(stored.name(), stored.mediaType()));
        assertEquals(storedName, file.auditTrail(round, item(0)).get(0).newValue());
    }

    @Test
    void aFileOnDiskIsTypedByItsContentNotItsExtension() throws Exception {
        Path disguised = Files.write(dir.resolve("scan\u200B.pdf"), EXE);
        Evidence e = file.attachEvidence(round, item(0), disguised);
        assertEquals(List.of("scan.pdf", EXE_TYPE), List.of(e.name(), e.mediaType()));
    }

    /** Per item, then per round: the last one allowed goes in, the next is refused and changes nothing. */
    @Test
    void anItemTakesAtMostItsLimitOfAttachments() throws Exception {
        int limit = EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM;
        for (int i = 0; i < limit; i++) {
            file.attachEvidence(round, item(0), "第" + i + "页.txt", null, new ByteArrayInputStream(TEXT));
        }
        int audited = file.auditTrail(round).size();
        StorageException e = assertThrows(
                StorageException.class,
                () -> file.attachEvidence(round, item(0), "多一页.txt", null, new ByteArrayInputStream(TEXT)));
        assertEquals(Reason.TOO_MANY_ATTACHMENTS_ON_ITEM, e.reason());
        assertEquals(List.of(String.valueOf(item(0)), String.valueOf(limit)), e.args());
        assertEquals(limit, file.evidence(round, item(0)).size());
        assertEquals(audited, file.auditTrail(round).size());
        // Another item still takes one.
        file.attachEvidence(round, item(1), "另一项.txt", null, new ByteArrayInputStream(TEXT));
    }

    @Test
    void aRoundTakesAtMostItsLimitOfAttachments() throws Exception {
        file.attachEvidence(round, item(0), "first.txt", null, new ByteArrayInputStream(TEXT));
        file.close();
        int limit = EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND;
        List<Integer> items = Fixtures.itemIds();
        // Fill the round to one below the limit directly: spread over items so that no item is over its own limit.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("center.ccmm"));
                PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (round_id, item, name, media_type,"
                        + " content_id, added) SELECT round_id, ?, name, media_type, content_id, added FROM evidence"
                        + " WHERE id = 1")) {
            c.setAutoCommit(false);
            for (int i = 1; i < limit - 1; i++) {
                ps.setInt(1, items.get(1 + i % (items.size() - 1)));
                ps.executeUpdate();
            }
            c.commit();
        }
        file = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_WRITE);
        file.attachEvidence(round, item(0), "last.txt", null, new ByteArrayInputStream(TEXT));
        assertEquals(limit, file.evidence(round).size());
        StorageException e = assertThrows(
                StorageException.class,
                () -> file.attachEvidence(round, item(0), "one more.txt", null, new ByteArrayInputStream(TEXT)));
        assertEquals(Reason.TOO_MANY_ATTACHMENTS_IN_ROUND, e.reason());
        assertEquals(limit, file.evidence(round).size());
        assertEquals(
                "评估轮次“2026 自评”已有 2000 个附件，单个轮次最多只能有这么多。请先删除一些，或把文件放在别处并在备注中注明。",
                StorageText.describe(e, Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "Round “2026 自评” already has 2000 attachments, the most one round can have. Remove some first, or keep"
                        + " documents elsewhere and name them in the notes.",
                StorageText.describe(e, Locale.ENGLISH));
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefused() throws Exception {
        file.close();
        file = AssessmentFile.open(
                dir.resolve("center.ccmm"),
                OpenMode.READ_WRITE,
                StorageOptions.defaults().withMaxAttachmentBytes(8));
        StorageException e = assertThrows(
                StorageException.class,
                () -> file.attachEvidence(round, item(0), "big.txt", null, new ByteArrayInputStream(TEXT)));
        assertEquals(Reason.TOO_LARGE_STREAM, e.reason());
        assertEquals(List.of(), file.evidence(round));
        assertEquals(EvidenceLimits.MAX_ATTACHMENT_BYTES, StorageOptions.DEFAULT_MAX_ATTACHMENT_BYTES);
    }

    @Test
    void aReassessmentCopyNamesAndTypesEvidenceAgain() throws Exception {
        file.attachEvidence(round, item(0), "ok.txt", null, new ByteArrayInputStream(TEXT));
        file.close();
        // A file from elsewhere: a name with a path and a bidirectional override, a type that lies.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("center.ccmm"));
                PreparedStatement ps = c.prepareStatement("UPDATE evidence SET name = ?, media_type = ?")) {
            ps.setString(1, "..\\..\\evil\u202Etxt.exe");
            ps.setString(2, "application/pdf");
            ps.executeUpdate();
        }
        file = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_WRITE);
        Round copy = file.copyRound(round, Fixtures.BASELINE);
        Evidence copied = file.evidence(copy.id()).get(0);
        assertEquals(List.of("eviltxt.exe", "text/plain"), List.of(copied.name(), copied.mediaType()));
    }
}
