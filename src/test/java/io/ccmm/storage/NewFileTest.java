package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new file appears whole or not at all, and nothing of a failed attempt is ever read back into a new one. */
class NewFileTest {

    private static final Organization OTHER = new Organization("国网某供电公司95598", "", "", OptionalInt.empty());

    @TempDir
    Path dir;

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The log of an open file with uncheckpointed ratings, as a failed import leaves it beside a deleted file. */
    private byte[] logWithRatings() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        try (AssessmentFile f = Fixtures.newFile(other)) {
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            for (int i = 0; i < 20; i++) {
                f.saveRating(round, Rating.of(item(i), Rate.FULL, Rate.FULL));
            }
            byte[] log = Files.readAllBytes(other.resolve("center.ccmm-wal"));
            assertTrue(log.length > 32, "the log holds the ratings");
            return log;
        }
    }

    @Test
    void aStrayLogOfAnotherFileIsNeverReplayedIntoANewOne() throws Exception {
        Path target = dir.resolve("t.ccmm");
        Files.write(dir.resolve("t.ccmm-wal"), logWithRatings());
        Files.writeString(dir.resolve("t.ccmm-journal"), "a stale journal");
        try (AssessmentFile f = AssessmentFile.create(target, OTHER)) {
            assertEquals(OTHER, f.organization());
            assertEquals(List.of(), f.rounds(), "nothing of the other file came back");
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            assertEquals(0, f.ratings(round).size());
        }
        assertEquals(List.of("other", "t.ccmm"), listing());
    }

    @Test
    void aStrayLogIsNotReplayedIntoAnImportedFile() throws Exception {
        Path target = dir.resolve("t.ccmm");
        Files.write(dir.resolve("t.ccmm-wal"), logWithRatings());
        AssessmentFile.Imported imported =
                AssessmentFile.importInto(target, StorageChild.sample(OTHER.name()), CatalogSnapshot.bundled());
        assertTrue(imported.created());
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            assertEquals(1, f.rounds().size());
            assertEquals(OTHER.name(), f.organization().name());
            assertEquals(
                    Fixtures.itemIds().size(), f.ratings(imported.round().id()).size());
        }
        assertEquals(List.of("other", "t.ccmm"), listing());
    }

    @Test
    void aFailedCreationLeavesNothing() throws Exception {
        Path target = dir.resolve("t.ccmm");
        StorageException failure = StorageException.of(Reason.DISK_FULL, target);
        StorageException e = assertThrows(
                StorageException.class,
                () -> NewFile.create(target, OTHER, StorageOptions.defaults(), building -> {
                    long round = building.createRound(BASELINE, CatalogSnapshot.bundled())
                            .id();
                    building.saveRating(round, Rating.of(item(0), Rate.FULL, Rate.FULL));
                    throw failure;
                }));
        assertEquals(failure, e);
        assertEquals(List.of(), listing(), "no file, no temporary file, no log");

        // A refused import into a new file: nothing appears either.
        var bad = StorageChild.sample(OTHER.name());
        var refused = new io.ccmm.assessment.Assessment(
                bad.catalog(), bad.organization(), bad.round(), List.of(Rating.of(999_999, Rate.FULL, Rate.FULL)));
        assertThrows(
                StorageException.class, () -> AssessmentFile.importInto(target, refused, CatalogSnapshot.bundled()));
        assertEquals(List.of(), listing());
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("t.ccmm"), "mine");
        StorageException e = assertThrows(StorageException.class, () -> AssessmentFile.create(target, OTHER));
        assertEquals(Reason.ALREADY_EXISTS, e.reason());
        assertEquals("mine", Files.readString(target));
    }

    @Test
    void threadsCreatingTheSameFileAllImportIntoIt() throws Exception {
        Path target = dir.resolve("t.ccmm");
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<AssessmentFile.Imported>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tasks.add(() -> AssessmentFile.importInto(
                        target, StorageChild.sample(OTHER.name()), CatalogSnapshot.bundled()));
            }
            int created = 0;
            for (Future<AssessmentFile.Imported> f : pool.invokeAll(tasks)) {
                created += f.get().created() ? 1 : 0;
            }
            assertEquals(1, created, "one created the file, the others imported into it");
        } finally {
            pool.shutdownNow();
        }
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            assertEquals(n, f.rounds().size());
        }
        assertEquals(List.of("t.ccmm"), listing());
    }

    @Test
    void twoProcessesCreatingTheSameFileBothImport() throws Exception {
        Path target = dir.resolve("t.ccmm");
        try (ChildProcess a = ChildProcess.start("import", target.toString(), OTHER.name());
                ChildProcess b = ChildProcess.start("import", target.toString(), OTHER.name())) {
            a.awaitLine("imported", 60_000);
            b.awaitLine("imported", 60_000);
            List<String> results = new ArrayList<>();
            Stream.concat(a.lines().stream(), b.lines().stream())
                    .filter(l -> l.startsWith("imported"))
                    .forEach(l -> results.add(l.split(" ")[2]));
            assertEquals(
                    List.of("created", "existing"), results.stream().sorted().toList());
        }
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            assertEquals(2, f.rounds().size());
        }
    }

    @Test
    void aKilledImportNeverLeavesAnEmptyFileOrALog() throws Exception {
        Random random = new Random();
        for (int run = 0; run < 6; run++) {
            Path target = dir.resolve("k" + run + ".ccmm");
            try (ChildProcess child = ChildProcess.start("import", target.toString(), OTHER.name())) {
                child.awaitLine("importing", 60_000);
                Thread.sleep(random.nextInt(400));
                child.kill();
            }
            assertFalse(Files.exists(dir.resolve(target.getFileName() + "-journal")), "no journal of run " + run);
            assertFalse(Files.exists(dir.resolve(target.getFileName() + "-wal")), "no log of run " + run);
            if (Files.exists(target)) {
                try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
                    assertEquals(1, f.rounds().size(), "whole: the file of run " + run + " has its round");
                }
            }
        }
        // Only hidden temporary files of the killed attempts may remain; a later import is not disturbed by them.
        assertTrue(
                listing().stream().allMatch(n -> n.startsWith(".") || n.matches("k\\d\\.ccmm")),
                listing().toString());
    }
}
