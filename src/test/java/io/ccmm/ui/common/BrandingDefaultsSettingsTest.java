package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default report branding in the settings file: kept through every other change, read back whole. */
class BrandingDefaultsSettingsTest {

    static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF};

    @Test
    void theDefaultsAreSavedAndLoadedAndSurviveOtherChanges(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        BrandingDefaults kept = new BrandingDefaults("Acme 咨询", LOGO, "image/png", "#112233");
        Settings s = Settings.defaults()
                .withBrandingDefaults(kept)
                .withLanguage("zh")
                .withTheme(Theme.DARK)
                .withWindow(1, 2, 1200, 800, false)
                .withRecent("/a.ccmm");
        assertEquals(kept, s.brandingDefaults(), "other changes keep the defaults");
        store.save(s);
        Settings back = store.load();
        assertEquals(s, back);
        assertArrayEquals(LOGO, back.brandingDefaults().logo());
        assertEquals("Acme 咨询", back.brandingDefaults().consultancy());
    }

    @Test
    void settingsWrittenBeforeDefaultsExistedLoadWithNone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(
                f,
                "{\"language\":\"en\",\"theme\":\"LIGHT\",\"windowX\":1,\"windowY\":2,\"windowWidth\":900,"
                        + "\"windowHeight\":700,\"maximized\":false,\"recentFiles\":[\"/x.ccmm\"]}");
        Settings s = new SettingsStore(f).load();
        assertEquals("en", s.language());
        assertEquals(BrandingDefaults.NONE, s.brandingDefaults());
        assertTrue(s.brandingDefaults().isEmpty());
    }
}
