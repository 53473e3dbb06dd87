package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** score reads .ccmm files: the latest round or --round, scored by the round's own catalog snapshot. */
class ScoreCcmmFileTest {

    @Test
    void aCcmmFileScoresExactlyAsTheJsonItWasImportedFrom(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sample.json");
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/samples/12345-hotline-2026.json")) {
            Files.write(json, in.readAllBytes());
        }
        Path ccmm = dir.resolve("center.ccmm");
        assertEquals(
                0,
                CliTest.run("import", json.toString(), "--into", ccmm.toString())
                        .exit());

        CliTest.Result fromJson = CliTest.run("score", json.toString(), "--json");
        CliTest.Result fromFile = CliTest.run("score", ccmm.toString(), "--json");
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertEquals(fromJson.out(), fromFile.out());
        assertTrue(fromFile.out().contains("\"readinessLevel\" : 2"), fromFile.out());

        CliTest.Result round1 = CliTest.run("score", ccmm.toString(), "--round", "1", "--json");
        assertEquals(fromJson.out(), round1.out());

        CliTest.Result missing = CliTest.run("score", ccmm.toString(), "--round", "7");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("has no round 7"), missing.err());
        assertEquals("", missing.out());
    }

    @Test
    void aFileThatIsNotOursIsRefused(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve("notes.ccmm");
        Files.writeString(bogus, "hello");
        CliTest.Result r = CliTest.run("score", bogus.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ccmm: "), r.err());
    }
}
