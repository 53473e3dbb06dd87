package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save a copy" never holds the file: a save from another thread completes while the copy is under way. */
class CopyWhileSavingTest {

    @TempDir
    Path dir;

    @Test
    void aSaveCompletesWhileACopyOfALargeFileIsUnderWay() throws Exception {
        Path copy = dir.resolve("copy.ccmm");
        ExecutorService copier = Executors.newSingleThreadExecutor();
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            Random random = new Random(1);
            for (int i = 0; i < 10; i++) {
                byte[] scan = new byte[1 << 20];
                random.nextBytes(scan);
                f.attachEvidence(
                        round, item(i), "scan-" + i + ".pdf", "application/pdf", new ByteArrayInputStream(scan));
            }
            f.saveRating(round, Rating.of(item(0), Rate.FULL, Rate.FULL));

            CountDownLatch copying = new CountDownLatch(1);
            CountDownLatch saved = new CountDownLatch(1);
            AtomicBoolean savedWhileCopying = new AtomicBoolean();
            f.pauseCopiesForTest(() -> {
                copying.countDown();
                try {
                    // Released by the save below; a copy that held the file would wait here in vain.
                    savedWhileCopying.set(saved.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Future<?> copied = copier.submit(() -> {
                f.saveCopy(copy);
                return null;
            });
            assertTrue(copying.await(60, TimeUnit.SECONDS), "the copy took its snapshot");
            f.saveRating(round, Rating.of(item(1), Rate.PARTIAL, Rate.NONE));
            saved.countDown();
            copied.get(120, TimeUnit.SECONDS);
            assertTrue(savedWhileCopying.get(), "the save completed while the copy was under way");

            assertEquals(Rate.PARTIAL, f.rating(round, item(1)).c());
            try (AssessmentFile c = AssessmentFile.open(copy, OpenMode.READ_ONLY)) {
                // The copy is the file as it was when the copy began, whole and checked.
                c.checkIntegrity();
                assertEquals(Rate.FULL, c.rating(round, item(0)).c());
                assertEquals(Rating.unrated(item(1)), c.rating(round, item(1)));
                assertEquals(10, c.evidence(round).size());
            }
        } finally {
            copier.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("center.ccmm", "copy.ccmm"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no snapshot or temporary file left beside the copy");
        }
    }

    @Test
    void aSnapshotForAReportHasItsOwnConnectionAndSavesGoOn() throws Exception {
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.saveRating(round, Rating.of(item(0), Rate.FULL, Rate.FULL));
            try (AssessmentFile snapshot = f.openSnapshot()) {
                assertEquals(1, snapshotFolders(), "the snapshot is in a temporary folder of its own");
                assertEquals(Access.READ_ONLY_COPY, snapshot.access());
                // Saves go on while the snapshot is open; the snapshot keeps the state it was taken in.
                f.saveRating(round, Rating.of(item(0), Rate.NONE, Rate.NONE));
                f.saveRating(round, Rating.of(item(1), Rate.PARTIAL, Rate.NONE));
                assertEquals(
                        Rate.FULL, snapshot.exportRound(round).ratings().get(0).c());
                assertEquals(1, snapshot.ratings(round).size());
                assertEquals(f.path(), snapshot.path(), "the snapshot names the file it was taken of");
            }
            assertEquals(0, snapshotFolders(), "closing the snapshot deletes its folder");
            assertEquals(Rate.NONE, f.rating(round, item(0)).c());
            assertEquals(2, f.ratings(round).size());
        }
    }

    private static long snapshotFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("ccmm-snapshot-"))
                    .count();
        }
    }
}
