package io.ccmm.ui.common;

import io.ccmm.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings in the OS's app-data folder (never the install folder), written to a temp file and moved into place so a
 * crash never leaves half a settings file. A broken file is ignored: settings are a convenience, not data. Not final, so
 * that a test can count the reads and writes of one start.
 */
public class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The per-user location: {@code ccmm.settings.dir} if set, else the platform's configuration folder. */
    public static SettingsStore forUser() {
        return new SettingsStore(appDataDir().resolve("settings.json"));
    }

    public static Path appDataDir() {
        String override = System.getProperty("ccmm.settings.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "CCMM Readiness");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "CCMM Readiness");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(
                xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".config").toString(), "ccmm");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return SettingsJson.read(in);
        } catch (IOException | RuntimeException e) {
            return Settings.defaults(); // broken or not ours: the defaults, and the next save writes a good one
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] json = SettingsJson.write(settings);
        AtomicFileWriter.write(file, out -> out.write(json));
    }
}
