package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentPathsTest {

    @Test
    void aRecentFileThisSessionCannotNameIsLeftOutButKeptInTheSettings() {
        // A NUL stands for any name the file system cannot spell in this session (a Chinese name in the C locale).
        Settings settings = Settings.defaults()
                .withRecent("b.ccmm")
                .withRecent("bad\0name.ccmm")
                .withRecent("a.ccmm");
        assertEquals(List.of(Path.of("a.ccmm"), Path.of("b.ccmm")), settings.recentPaths());
        assertEquals(List.of("a.ccmm", "bad\0name.ccmm", "b.ccmm"), settings.recentFiles());
    }
}
