package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The driver's folder is found without asking {@code uname} on Linux, and it is the folder the driver itself would
 * choose, one that its jar has.
 */
class NativeLibraryFolderTest {

    private static final String OS = System.getProperty("os.name");

    @Test
    void theFolderIsTheDriversOwnChoice() {
        assertEquals(OSInfo.getNativeLibFolderPathForCurrentOS(), NativeLibrary.nativeFolder(OS, System.getenv()));
        assertEquals(
                OSInfo.getNativeLibFolderPathForCurrentOS(),
                NativeLibrary.nativeFolder(OS, Map.of("ANDROID_ROOT", "/system")),
                "where Android's marks are, the driver decides (and asks uname)");
    }

    @Test
    void theDriverHasALibraryInThatFolder() {
        String folder = NativeLibrary.nativeFolder(OS, System.getenv());
        assertNotNull(
                SQLiteJDBCLoader.class.getResource(
                        "/org/sqlite/native/" + folder + "/" + System.mapLibraryName("sqlitejdbc")),
                folder);
    }

    @Test
    void theDriverLooksForLeftoversOnlyInTheLibrarysOwnFolder(@TempDir Path cache) throws IOException {
        Path library = NativeLibrary.extract(cache).orElseThrow();
        Map<String, String> properties = NativeLibrary.driverProperties(library);

        assertEquals(library.getParent().toString(), properties.get("org.sqlite.lib.path"));
        assertEquals(library.getFileName().toString(), properties.get("org.sqlite.lib.name"));
        Path driverTemp = Path.of(properties.get("org.sqlite.tmpdir"));
        assertEquals(library.getParent(), driverTemp, "not the computer's temporary folder, which it lists at start");
        try (Stream<Path> entries = Files.list(driverTemp)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of(library.getFileName().toString()), names);
            assertTrue(
                    names.stream().noneMatch(n -> n.startsWith("sqlite-" + SQLiteJDBCLoader.getVersion())),
                    "the driver deletes what starts so: " + names);
        }
    }
}
