package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk during a save, an attachment or an import gives the reason in words, and the refused change leaves the
 * file byte-identical. The fault is SQLite's page limit ({@code max_page_count}), which fails a write exactly as a full
 * disk does ({@code SQLITE_FULL}); {@code src/test/scripts/tmpfs-full-disk.sh} replays the same on a real tiny tmpfs.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Path file;
    private long round;

    @BeforeEach
    void fileWithARound() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.saveRating(round, new Rating(item(0), Rate.FULL, Rate.FULL, "kept"));
        }
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private void refusedAsDiskFull(Fault change) throws Exception {
        String before = Fixtures.sha256(file);
        List<Path> filesBefore = listing();
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.limitGrowthForTest(0);
            StorageException e = assertThrows(StorageException.class, () -> change.apply(f));
            assertEquals(Reason.DISK_FULL, e.reason(), e.getMessage());
            assertEquals(
                    "Cannot save “center.ccmm”: the disk is full. Nothing was changed; free some space and try again.",
                    e.getMessage());
            assertEquals("无法保存“center.ccmm”：磁盘已满。未作任何改动；请释放空间后重试。", StorageText.describe(e, Locale.CHINA));
            // The file is still usable for what fits.
            assertEquals("kept", f.rating(round, item(0)).note());
        }
        assertEquals(before, Fixtures.sha256(file), "the refused change left the file byte-identical");
        assertEquals(filesBefore, listing(), "and nothing beside it");
    }

    @FunctionalInterface
    interface Fault {
        void apply(AssessmentFile f) throws StorageException;
    }

    @Test
    void aRefusedImportChangesNoByte() throws Exception {
        refusedAsDiskFull(f -> f.importRound(StorageChild.sample(Fixtures.ORG.name()), CatalogSnapshot.bundled()));
    }

    @Test
    void aRefusedSaveChangesNoByte() throws Exception {
        refusedAsDiskFull(f -> f.saveRating(round, new Rating(item(1), Rate.FULL, Rate.NONE, "长".repeat(19_000))));
    }

    @Test
    void aRefusedAttachmentChangesNoByte() throws Exception {
        refusedAsDiskFull(f -> f.attachEvidence(
                round, item(0), "scan.pdf", "application/pdf", new ByteArrayInputStream(new byte[200_000])));
    }
}
