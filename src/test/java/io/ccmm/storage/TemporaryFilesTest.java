package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file leaves nothing beside it, and no process leaves the native library in the temporary folder. */
class TemporaryFilesTest {

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    /** A file with a log, as a writer killed with SIGKILL leaves it. */
    private Path crashedFile() throws Exception {
        Path file = dir.resolve("crash.ccmm");
        try (ChildProcess writer = ChildProcess.start("write", file.toString(), "0")) {
            writer.awaitLine("saved 20 ", 60_000);
            writer.kill();
        }
        assertTrue(Files.exists(dir.resolve("crash.ccmm-wal")), "the killed writer left its log");
        return file;
    }

    @Test
    void readingAFileWithALogLeavesNoSharedMemoryFile() throws Exception {
        Path file = crashedFile();
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            assertEquals(1, f.rounds().size());
            assertFalse(f.ratings(f.latestRound().orElseThrow().id()).isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("crash.ccmm-shm")), "no -shm left behind");
        assertEquals(before, Fixtures.sha256(file), "reading changed nothing");

        // And in a process of its own, as `ccmm score` runs.
        try (ChildProcess reader = ChildProcess.start("read", file.toString())) {
            reader.awaitLine("read 1 ", 60_000);
        }
        assertFalse(Files.exists(dir.resolve("crash.ccmm-shm")), "no -shm left behind by the reading process");
    }

    @Test
    void theNativeLibraryIsExtractedOncePerVersionIntoTheCache() throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        Path library = NativeLibrary.extract(cache).orElseThrow();
        assertTrue(library.startsWith(cache.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion())));
        FileTime written = Files.getLastModifiedTime(library);
        Files.setLastModifiedTime(library, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime aged = Files.getLastModifiedTime(library);
        assertEquals(library, NativeLibrary.extract(cache).orElseThrow());
        assertEquals(aged, Files.getLastModifiedTime(library), "not written again");
        assertEquals(List.of(cache.relativize(library).toString()), names(cache), "one file, no temporary left");
    }

    @Test
    void aKilledProcessLeavesNothingInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path cache = Files.createDirectory(dir.resolve("cache"));
        Path file = dir.resolve("a.ccmm");
        for (int run = 0; run < 2; run++) {
            try (ChildProcess writer = ChildProcess.start(
                    List.of("-Djava.io.tmpdir=" + tmp, "-Duser.home=" + dir),
                    Map.of("XDG_CACHE_HOME", cache.toString()),
                    "write",
                    file.toString(),
                    String.valueOf(run * 1000))) {
                writer.awaitLine("saved", 60_000);
                writer.kill();
            }
        }
        assertEquals(List.of(), names(tmp), "nothing in the temporary folder");
        assertEquals(1, names(cache).size(), "the library once in the cache: " + names(cache));
    }
}
