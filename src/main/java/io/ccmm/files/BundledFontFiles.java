package io.ccmm.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The bundled Noto Sans SC fonts as files, so JavaFX, Java2D and PDFBox can open them in place. Given a stream, each
 * of them first copies the font into the temporary folder (12 MB per face, on every start, and left behind by a crash)
 * or reads it whole into memory. Instead each face is extracted once into the app's cache folder under a name made of
 * its content's CRC-32 and size (a new version of the font gets a new name), written through a temporary file and
 * moved into place whole. When the app runs from a folder (development, tests) the font file is used where it lies.
 */
public final class BundledFontFiles {

    /** Resource name of the regular face. */
    public static final String REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
    /** Resource name of the bold face. */
    public static final String BOLD = "/fonts/NotoSansSC_700Bold.ttf";

    private static final Map<String, Path> located = new HashMap<>();

    private BundledFontFiles() {}

    /** The file of the regular or bold face, extracting it into the cache folder if it is not there whole. */
    public static Path file(boolean bold) {
        return file(bold ? BOLD : REGULAR, false);
    }

    /**
     * The file of a face again, written anew from the application: for a caller whose font library could not read the
     * file {@link #file(boolean)} gave (a cached copy damaged on disk).
     */
    public static Path replaceDamaged(boolean bold) {
        return file(bold ? BOLD : REGULAR, true);
    }

    private static synchronized Path file(String resource, boolean replace) {
        Path known = located.get(resource);
        if (known != null && !replace) {
            return known;
        }
        URL url = BundledFontFiles.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the bundled font " + resource + " is missing from the application");
        }
        try {
            Path path = locate(cacheFolder().resolve("fonts"), url, replace);
            located.put(resource, path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundled font " + resource + " to the cache folder", e);
        }
    }

    /**
     * Where the font at {@code url} can be opened as a file: the file itself for a {@code file:} URL, else its copy in
     * {@code cacheDir}, written (or, with {@code replace}, rewritten) when missing or of the wrong size.
     */
    static Path locate(Path cacheDir, URL url, boolean replace) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("not a usable file URL: " + url, e);
            }
        }
        String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        String base = file.endsWith(".ttf") ? file.substring(0, file.length() - 4) : file;
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            long crc = entry.getCrc();
            long size = entry.getSize();
            if (crc >= 0 && size >= 0) {
                Path target = cacheDir.resolve(cachedName(base, crc, size));
                if (!replace && Files.isRegularFile(target) && Files.size(target) == size) {
                    return target;
                }
                Files.createDirectories(cacheDir);
                AtomicFileWriter.write(target, out -> copy(url, out));
                return target;
            }
        }
        // Neither a file nor a jar entry with a known checksum: the copy names itself after what was written.
        Files.createDirectories(cacheDir);
        Path temp = AtomicFileWriter.temporarySibling(cacheDir.resolve(file));
        CRC32 crc = new CRC32();
        boolean moved = false;
        try {
            try (OutputStream out = new CheckedOutputStream(Files.newOutputStream(temp), crc)) {
                copy(url, out);
            }
            Path target = cacheDir.resolve(cachedName(base, crc.getValue(), Files.size(temp)));
            if (replace || !Files.isRegularFile(target) || Files.size(target) != Files.size(temp)) {
                AtomicFileWriter.forceToDisk(temp);
                AtomicFileWriter.moveIntoPlace(temp, target);
                moved = true;
            }
            return target;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static String cachedName(String base, long crc, long size) {
        return String.format(Locale.ROOT, "%s-%08x-%d.ttf", base, crc, size);
    }

    private static void copy(URL url, OutputStream out) throws IOException {
        try (InputStream in = url.openStream()) {
            in.transferTo(out);
        }
    }

    /** The app's cache folder on each OS (never the temporary folder): where extracted fonts live. */
    public static Path cacheFolder() {
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
