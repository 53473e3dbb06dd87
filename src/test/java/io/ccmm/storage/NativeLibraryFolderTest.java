package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
