package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several planned ratings written together (the what-if kept in the plan) are one transaction: all of them are in the
 * file afterwards, or, when any of them is refused or the file cannot take them, none, and the file is byte-identical.
 */
class PlannedRatingsBatchTest {

    @TempDir
    Path dir;

    private Path file;
    private long round;

    @BeforeEach
    void fileWithAPlannedRating() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.setPlannedRating(round, item(0), Rate.PARTIAL, Rate.PARTIAL);
        }
    }

    private Map<Integer, PlannedRating> plannedInFile() throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            return f.plannedRatings(round);
        }
    }

    @Test
    void severalPlannedRatingsAreWrittenTogetherAndEachIsAudited() throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.setPlannedRatings(
                    round,
                    List.of(
                            new PlannedRating(item(0), Rate.FULL, Rate.FULL),
                            new PlannedRating(item(1), Rate.FULL, Rate.PARTIAL),
                            new PlannedRating(item(2), Rate.NONE, Rate.FULL)));
            long audited = f.auditTrail(round).stream()
                    .filter(e -> e.field().equals("planned"))
                    .count();
            assertEquals(1 + 3, audited, "one audit line per planned rating, as when set one by one");
        }
        assertEquals(
                Map.of(
                        item(0), new PlannedRating(item(0), Rate.FULL, Rate.FULL),
                        item(1), new PlannedRating(item(1), Rate.FULL, Rate.PARTIAL),
                        item(2), new PlannedRating(item(2), Rate.NONE, Rate.FULL)),
                plannedInFile());
    }

    @Test
    void anItemTheFileRefusesThirdInTheBatchLeavesNoneOfTheBatchAndTheFileByteIdentical() throws Exception {
        Map<Integer, PlannedRating> before = plannedInFile();
        String bytes = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            StorageException e = assertThrows(
                    StorageException.class,
                    () -> f.setPlannedRatings(
                            round,
                            List.of(
                                    new PlannedRating(item(0), Rate.FULL, Rate.FULL),
                                    new PlannedRating(item(1), Rate.FULL, Rate.FULL),
                                    new PlannedRating(99_999, Rate.FULL, Rate.FULL),
                                    new PlannedRating(item(2), Rate.FULL, Rate.FULL))));
            assertEquals(Reason.UNKNOWN_ITEM, e.reason());
            assertTrue(e.getMessage().contains("99999"), e.getMessage());
            assertEquals(before, f.plannedRatings(round), "the open file sees none of the batch");
        }
        assertEquals(before, plannedInFile(), "none of the batch is in the file");
        assertEquals(bytes, Fixtures.sha256(file), "the refused batch left the file byte-identical");
    }

    @Test
    void aFullDiskKeepsNoneOfTheBatch() throws Exception {
        Map<Integer, PlannedRating> before = plannedInFile();
        String bytes = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.limitGrowthForTest(0);
            List<PlannedRating> many = Fixtures.itemIds().stream()
                    .map(id -> new PlannedRating(id, Rate.FULL, Rate.FULL))
                    .toList();
            StorageException e = assertThrows(StorageException.class, () -> f.setPlannedRatings(round, many));
            assertEquals(Reason.DISK_FULL, e.reason(), e.getMessage());
            assertEquals(before, f.plannedRatings(round));
        }
        assertEquals(before, plannedInFile());
        assertEquals(bytes, Fixtures.sha256(file));
    }

    @Test
    void aReadOnlyFileRefusesTheBatch() throws Exception {
        Map<Integer, PlannedRating> before = plannedInFile();
        String bytes = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            StorageException e = assertThrows(
                    StorageException.class,
                    () -> f.setPlannedRatings(round, List.of(new PlannedRating(item(1), Rate.FULL, Rate.FULL))));
            assertEquals(Reason.READ_ONLY, e.reason());
        }
        assertEquals(before, plannedInFile());
        assertEquals(bytes, Fixtures.sha256(file));
    }

    @Test
    void anEmptyBatchChangesNothing() throws Exception {
        String bytes = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.setPlannedRatings(round, List.of());
        }
        assertEquals(bytes, Fixtures.sha256(file));
    }
}
