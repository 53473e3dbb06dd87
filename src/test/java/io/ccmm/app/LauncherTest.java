package io.ccmm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher starts for given arguments, decided without starting JavaFX or a command. */
class LauncherTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertEquals(Launcher.Start.WINDOW, Launcher.decide(new String[] {}));
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertEquals(Launcher.Start.COMMAND, Launcher.decide(new String[] {"score", "x.json"}));
        assertEquals(Launcher.Start.COMMAND, Launcher.decide(new String[] {"import", "a.json", "--into", "b.ccmm"}));
        assertEquals(Launcher.Start.COMMAND, Launcher.decide(new String[] {"--help"}));
        assertEquals(Launcher.Start.COMMAND, Launcher.decide(new String[] {"--frobnicate"}));
    }

    @Test
    void anExistingFileOpensTheWindow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("center.ccmm"), "");
        assertEquals(Launcher.Start.WINDOW, Launcher.decide(new String[] {file.toString()}));
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotTheWindow(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("x.json"), "{}");
        assertEquals(
                Launcher.Start.USAGE_ERROR,
                Launcher.decide(new String[] {"handout", "master.ccmm", "--assessor", "张三", "-o", "c.ccmm"}));
        assertEquals(Launcher.Start.USAGE_ERROR, Launcher.decide(new String[] {"scor", json.toString()}));
        assertEquals(
                Launcher.Start.USAGE_ERROR,
                Launcher.decide(new String[] {dir.resolve("missing.ccmm").toString()}));
        assertEquals(Launcher.Start.USAGE_ERROR, Launcher.decide(new String[] {dir.toString()}));
        assertEquals(Launcher.Start.USAGE_ERROR, Launcher.decide(new String[] {"bad\0name"}));
    }
}
