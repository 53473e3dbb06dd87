package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.storage.StorageException.Reason;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not ours, too new or damaged are refused with a clear message, and left exactly as they were. */
class RefusalTest {

    @TempDir
    Path dir;

    private StorageException refused(Path file) throws Exception {
        String before = Fixtures.sha256(file);
        List<Path> filesBefore = listing();
        StorageException e = assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_WRITE));
        assertEquals(before, Fixtures.sha256(file), "the refused file is unchanged");
        assertEquals(filesBefore, listing(), "nothing was created beside it");
        return e;
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void notASqliteFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.ccmm"), "just some text, not a database");
        StorageException e = refused(file);
        assertEquals(Reason.NOT_SQLITE, e.reason());
        assertEquals("“notes.ccmm” is not an assessment file (it is not a SQLite database).", e.getMessage());

        Path empty = Files.createFile(dir.resolve("empty.ccmm"));
        assertEquals(Reason.NOT_SQLITE, refused(empty).reason());
    }

    @Test
    void sqliteOfAnotherApplication() throws Exception {
        Path file = dir.resolve("browser-history.ccmm");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1234");
            s.execute("CREATE TABLE visits (url TEXT)");
        }
        StorageException e = refused(file);
        assertEquals(Reason.NOT_OURS, e.reason());
        assertEquals(
                "“browser-history.ccmm” is a database of another application (application id 0x000004D2), not an"
                        + " assessment file.",
                e.getMessage());
    }

    @Test
    void newerSchemaNamesBothVersions() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        StorageException e = refused(file);
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertEquals(
                "“center.ccmm” was saved by a newer version of the app (file format 7; this version reads up to"
                        + " format " + Schema.CURRENT_VERSION + "). Update the app to open it.",
                e.getMessage());
        assertEquals(
                Reason.NEWER_VERSION,
                assertThrows(StorageException.class, () -> AssessmentFile.open(file, OpenMode.READ_ONLY))
                        .reason());
    }

    @Test
    void damagedFile() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            long round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            for (int i = 0; i < Fixtures.itemIds().size(); i++) {
                f.setC(round, item(i), Rate.FULL);
                f.setNote(round, item(i), "note " + i + " ".repeat(200));
            }
        }
        // Overwrite the second page (a table's root) with garbage; the header on page 1 stays valid.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096);
            raf.write("garbage ".repeat(512).getBytes(StandardCharsets.US_ASCII));
        }
        StorageException e = refused(file);
        assertEquals(Reason.DAMAGED, e.reason());
        assertTrue(e.getMessage().startsWith("“center.ccmm” is damaged and cannot be opened"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Open a backup copy instead."), e.getMessage());
    }

    @Test
    void missingFile() {
        StorageException e = assertThrows(
                StorageException.class, () -> AssessmentFile.open(dir.resolve("nope.ccmm"), OpenMode.READ_WRITE));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals("“nope.ccmm” does not exist.", e.getMessage());
    }

    @Test
    void readOnlyLocationOpensReadOnlyAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("share"));
        Path file;
        long round;
        try (AssessmentFile f = AssessmentFile.create(folder.resolve("center.ccmm"), Fixtures.ORG)) {
            file = f.path();
            round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
            f.setC(round, item(0), Rate.FULL);
        }
        String before = Fixtures.sha256(file);
        assumeTrue(makeReadOnly(folder, file), "cannot make a folder read-only here");
        try {
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                assertEquals(Access.READ_ONLY_LOCATION, f.access());
                assertTrue(f.isReadOnly());
                assertEquals(
                        "“center.ccmm” is in a location that cannot be written, so it is open read-only. Save a copy"
                                + " elsewhere to make changes.",
                        f.readOnlyNotice().orElseThrow());
                assertEquals(Rate.FULL, f.rating(round, item(0)).c());
                StorageException e = assertThrows(StorageException.class, () -> f.setC(round, item(0), Rate.NONE));
                assertEquals(Reason.READ_ONLY, e.reason());
                f.saveCopy(dir.resolve("editable.ccmm"));
            }
        } finally {
            makeWritable(folder, file);
        }
        assertEquals(before, Fixtures.sha256(file));
        try (AssessmentFile copy = AssessmentFile.open(dir.resolve("editable.ccmm"), OpenMode.READ_WRITE)) {
            assertEquals(Access.READ_WRITE, copy.access());
            copy.setC(round, item(0), Rate.NONE);
        }
    }

    /** Permissions for a normal user; as root (CI containers) the immutable attribute, where allowed. */
    private static boolean makeReadOnly(Path folder, Path file) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            return !Files.isWritable(folder);
        }
        return run("chattr", "+i", file.toString()) && run("chattr", "+i", folder.toString());
    }

    private static void makeWritable(Path folder, Path file) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        run("chattr", "-i", folder.toString());
        run("chattr", "-i", file.toString());
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
