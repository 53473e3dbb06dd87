package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Not applicable items and their justifications through every path of the file: save, read, audit, undo, limits. */
class NotApplicableStorageTest {

    static final String WHY = "政务热线不按客户价值分层服务";

    @TempDir
    Path dir;

    AssessmentFile file;
    long round;
    int item;

    @BeforeEach
    void open() throws Exception {
        file = Fixtures.newFile(dir);
        file.actAs("张三");
        round = file.createRound(Fixtures.BASELINE).id();
        item = item(5);
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        file.close();
    }

    @Test
    void anItemMarkedNotApplicableIsReadBackAfterReopening() throws Exception {
        file.saveRating(round, new Rating(item, Rate.FULL, Rate.PARTIAL, "旧备注"));
        file.saveRating(round, file.rating(round, item).withNotApplicable(WHY));
        file.close();
        file = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_WRITE);
        Rating expected = new Rating(item, Rate.UNRATED, Rate.UNRATED, "旧备注", true, WHY);
        assertEquals(expected, file.rating(round, item));
        assertEquals(Map.of(item, expected), file.ratings(round));
        // Rated again: the justification stays, as the record keeps it.
        file.setC(round, item, Rate.FULL);
        assertEquals(new Rating(item, Rate.FULL, Rate.UNRATED, "旧备注", false, WHY), file.rating(round, item));
    }

    @Test
    void eachChangedFieldIsAuditedOnce() throws Exception {
        file.saveRating(round, Rating.of(item, Rate.FULL, Rate.PARTIAL));
        int before = file.auditTrail(round, item).size();
        file.saveRating(round, file.rating(round, item).withNotApplicable(WHY));
        List<AuditEntry> trail = file.auditTrail(round, item);
        List<AuditEntry> added = trail.subList(before, trail.size());
        assertEquals(
                List.of("c: 10 → ", "f: 5 → ", "notApplicable: false → true", "justification:  → " + WHY),
                added.stream()
                        .map(e -> e.field() + ": " + e.oldValue() + " → " + e.newValue())
                        .toList());
        assertTrue(added.stream().allMatch(e -> e.who().equals("张三")));

        file.saveRating(round, file.rating(round, item).withJustification("另一条理由"));
        AuditEntry last =
                file.auditTrail(round, item).get(file.auditTrail(round, item).size() - 1);
        assertEquals(List.of("justification", WHY, "另一条理由"), List.of(last.field(), last.oldValue(), last.newValue()));
        assertEquals(before + 5, file.auditTrail(round, item).size());
    }

    @Test
    void aJustificationOverTheLimitIsRefusedAndChangesNothing() throws Exception {
        Rating tooLong = Rating.notApplicable(item, "理".repeat(Rating.MAX_TEXT_LENGTH + 1));
        StorageException e = assertThrows(StorageException.class, () -> file.saveRating(round, tooLong));
        assertEquals(Reason.TEXT_TOO_LONG, e.reason());
        assertEquals(Rating.unrated(item), file.rating(round, item));
        file.saveRating(round, Rating.notApplicable(item, "理".repeat(Rating.MAX_TEXT_LENGTH)));
        assertEquals(
                Rating.MAX_TEXT_LENGTH, file.rating(round, item).justification().length());
    }

    @Test
    void notApplicableWithoutAJustificationIsRefused() throws Exception {
        StorageException e =
                assertThrows(StorageException.class, () -> file.saveRating(round, Rating.notApplicable(item, " ")));
        assertEquals(Reason.JUSTIFICATION_MISSING, e.reason());
        assertEquals(Rating.unrated(item), file.rating(round, item));
    }

    @Test
    void theTableRefusesRatesOnANotApplicableRow() throws Exception {
        file.saveRating(round, Rating.notApplicable(item, WHY));
        file.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("center.ccmm"));
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("UPDATE rating SET c = 10"));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertThrows(SQLException.class, () -> s.execute("UPDATE rating SET not_applicable = 2"));
            assertThrows(SQLException.class, () -> s.execute("UPDATE round SET uid = NULL"));
        }
        file = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_WRITE);
    }

    @Test
    void aCopyOfTheRoundKeepsNotApplicableAndItsJustification() throws Exception {
        file.saveRating(round, Rating.notApplicable(item, WHY));
        file.saveRating(round, Rating.of(item(6), Rate.FULL, Rate.FULL));
        Round copy = file.copyRound(round, Fixtures.BASELINE);
        assertEquals(file.ratings(round), file.ratings(copy.id()));
    }
}
