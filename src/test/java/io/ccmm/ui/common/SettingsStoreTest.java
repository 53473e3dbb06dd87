package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void savesAndLoadsWithNoTempFileLeft(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        assertEquals(Settings.defaults(), store.load());
        Settings s = Settings.defaults()
                .withLanguage("zh")
                .withTheme(Theme.DARK)
                .withWindow(10, 20, 1200, 800, true)
                .withRecent("/a.ccmm")
                .withRecent("/b.ccmm")
                .withRecent("/a.ccmm");
        store.save(s);
        assertEquals(s, store.load());
        assertEquals(List.of("/a.ccmm", "/b.ccmm"), store.load().recentFiles());
        try (var files = Files.list(dir.resolve("sub"))) {
            assertEquals(
                    List.of("settings.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aBrokenFileFallsBackToDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{ not json");
        assertEquals(Settings.defaults(), new SettingsStore(f).load());
    }

    @Test
    void recentListIsCapped() {
        Settings s = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withRecent("/f" + i + ".ccmm");
        }
        assertEquals(Settings.MAX_RECENT, s.recentFiles().size());
        assertTrue(s.recentFiles().get(0).equals("/f14.ccmm"));
    }
}
