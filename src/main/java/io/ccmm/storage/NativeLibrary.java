package io.ccmm.storage;

import io.ccmm.files.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver's native library comes from. Left to itself the driver copies it (about 1 MB, with a
 * {@code .lck} file) into the temporary folder under a new name in every process, and a killed process leaves both
 * behind. Instead it is extracted once per driver version into the app's cache folder and loaded from there ({@code
 * org.sqlite.lib.path}); a property set by whoever starts the app wins. Runs before the first connection.
 */
final class NativeLibrary {

    private static boolean prepared;

    private NativeLibrary() {}

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        try {
            extract(cacheFolder()).map(NativeLibrary::driverProperties).ifPresent(p -> p.forEach(System::setProperty));
        } catch (IOException | RuntimeException e) {
            // The driver falls back to its own copy in the temporary folder.
        }
    }

    /**
     * Prepares the library's place, then has the driver load it. Never throws: a failure is met again, and reported, by
     * the first connection (the window's start calls this on the thread it waits for).
     */
    static void load() {
        try {
            prepare();
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // The first connection loads it again, and reports what fails.
        }
    }

    /**
     * The driver's library for this system under {@code cacheRoot/sqlite-VERSION/OS/ARCH/}, written there whole (through
     * a temporary file) unless it is there already; empty when the driver has none for this system.
     */
    static Optional<Path> extract(Path cacheRoot) throws IOException {
        String folder = nativeFolder(System.getProperty("os.name", ""), System.getenv());
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        Path dir = cacheRoot.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
        Path library = dir.resolve(name);
        long size = resource.openConnection().getContentLengthLong();
        if (Files.isRegularFile(library) && (size < 0 || Files.size(library) == size)) {
            return Optional.of(library);
        }
        Files.createDirectories(dir);
        AtomicFileWriter.write(library, out -> {
            try (InputStream in = resource.openStream()) {
                in.transferTo(out);
            }
        });
        return Optional.of(library);
    }

    /**
     * What tells the driver to load {@code library}: its folder and name, and that folder as the driver's own temporary
     * folder. The driver lists its temporary folder at every start to delete copies that earlier processes left there;
     * left to {@code java.io.tmpdir} that is the whole temporary folder (thousands of entries on many machines), here
     * it is the library's own folder, where nothing matches.
     */
    static Map<String, String> driverProperties(Path library) {
        String folder = library.getParent().toString();
        return Map.of(
                "org.sqlite.lib.path", folder,
                "org.sqlite.lib.name", library.getFileName().toString(),
                "org.sqlite.tmpdir", folder);
    }

    /**
     * The driver's folder for this system ({@code Linux/x86_64}, {@code Windows/x86_64}, {@code Mac/aarch64}, …), the
     * same as {@link OSInfo#getNativeLibFolderPathForCurrentOS()}. On Linux the driver asks {@code uname -o} whether it
     * runs under Android (Termux), a process at every start of the app; here that is asked only where Android's marks
     * are present (its runtime, or {@code ANDROID_ROOT}, {@code ANDROID_DATA}, {@code TERMUX_VERSION} in the
     * environment), and the C library (musl or not) is checked as the driver checks it, without a process.
     */
    static String nativeFolder(String osName, Map<String, String> environment) {
        boolean mayBeAndroid = OSInfo.isAndroidRuntime()
                || environment.containsKey("ANDROID_ROOT")
                || environment.containsKey("ANDROID_DATA")
                || environment.containsKey("TERMUX_VERSION");
        if (!osName.contains("Linux") || mayBeAndroid) {
            return OSInfo.getNativeLibFolderPathForCurrentOS(); // Windows, macOS: decided from os.name alone
        }
        return (OSInfo.isMusl() ? "Linux-Musl" : "Linux") + "/" + OSInfo.getArchName();
    }

    /** The app's cache folder: beside the settings on each OS, never the temporary folder. */
    static Path cacheFolder() {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("CCMM Readiness")
                    .resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "CCMM Readiness");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".cache") : Path.of(xdg)).resolve("ccmm");
    }
}
