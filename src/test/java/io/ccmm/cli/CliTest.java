package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.ProductInfo;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void versionPrintsNameAndVersion() {
        Result r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains(ProductInfo.current().version()), r.out());
        assertEquals("", r.err());
    }

    @Test
    void recognisesCommandsButNotFilesToOpen() {
        assertTrue(Cli.isCommand(new String[] {"--version"}));
        assertTrue(Cli.isCommand(new String[] {"catalog", "validate", "x.json"}));
        assertFalse(Cli.isCommand(new String[] {}));
        assertFalse(Cli.isCommand(new String[] {"/home/me/center.ccmm"}));
    }

    @Test
    void validatesTheBundledCatalog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/catalog.json")) {
            Files.write(file, in.readAllBytes());
        }
        Result r = run("catalog", "validate", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("valid catalog cc-cmm-oc-2025"), r.out());
    }

    @Test
    void brokenCatalogExitsTwoNamingTheFirstBrokenItem(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = getClass().getResourceAsStream("/catalogs/small-catalog.json")) {
            root = (ObjectNode) mapper.readTree(in);
        }
        ((ObjectNode) root.withArray("items").get(6).get("title")).put("en", "");
        Path file = dir.resolve("broken.json");
        mapper.writeValue(file.toFile(), root);

        Result r = run("catalog", "validate", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("items[6] (id 7): title.en is missing or blank"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        Result r = run("catalog", "validate", dir.resolve("nope.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        Result r = run("catalog", "validate", "--frobnicate");
        assertEquals(2, r.exit());
    }
}
