package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per file: a second open is told the file is in use, and the lock goes away with its holder. */
class LockingTest {

    private static final String LOCKED_MESSAGE =
            "“center.ccmm” is open in another window or by another program. Close it there, or open a read-only copy.";

    @TempDir
    Path dir;

    @Test
    void aSecondOpenInThisProcessIsRefused() throws Exception {
        try (AssessmentFile first = Fixtures.newFile(dir)) {
            long round = first.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            first.setC(round, item(0), Rate.FULL);
            StorageException e =
                    assertThrows(StorageException.class, () -> AssessmentFile.open(first.path(), OpenMode.READ_WRITE));
            assertEquals(Reason.LOCKED, e.reason());
            assertEquals(LOCKED_MESSAGE, e.getMessage());
            assertEquals(
                    Reason.LOCKED,
                    assertThrows(StorageException.class, () -> AssessmentFile.open(first.path(), OpenMode.READ_ONLY))
                            .reason());

            // The choice the user is offered: a read-only copy, with everything saved so far.
            try (AssessmentFile copy = AssessmentFile.openReadOnlyCopy(first.path())) {
                assertEquals(Access.READ_ONLY_COPY, copy.access());
                assertEquals(Rate.FULL, copy.rating(round, item(0)).c());
                assertEquals(
                        Reason.READ_ONLY,
                        assertThrows(StorageException.class, () -> copy.setC(round, item(0), Rate.NONE))
                                .reason());
                assertTrue(copy.readOnlyNotice().orElseThrow().contains("read-only copy of “center.ccmm”"));
            }
            first.setC(round, item(1), Rate.FULL); // the holder goes on working
            try (AssessmentFile reading = AssessmentFile.openForReading(first.path())) {
                assertEquals(Access.READ_ONLY_COPY, reading.access());
                assertEquals(Rate.FULL, reading.rating(round, item(1)).c());
            }
        }
        try (AssessmentFile reading = AssessmentFile.openForReading(dir.resolve("center.ccmm"))) {
            assertEquals(Access.READ_ONLY_REQUESTED, reading.access());
        }
    }

    @Test
    void anotherProcessIsBlockedWhileTheHolderRunsAndNotAfterItIsKilled() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            f.createRound(BASELINE, CatalogSnapshot.bundled());
        }
        try (ChildProcess holder = ChildProcess.start("hold", file.toString())) {
            holder.awaitLine("holding", 60_000);
            StorageException e =
                    assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_WRITE));
            assertEquals(Reason.LOCKED, e.reason());
            assertEquals(LOCKED_MESSAGE, e.getMessage());
            try (AssessmentFile copy = AssessmentFile.openReadOnlyCopy(file)) {
                assertEquals(1, copy.rounds().size());
            }

            holder.kill(); // SIGKILL: the holder never closes the file
        }
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            long round = f.rounds().get(0).id();
            f.setC(round, item(0), Rate.PARTIAL);
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the read-only copy was removed on close");
        }
    }
}
