package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage is exit 2 with words and the list of commands, in the user's language; never a Java message. */
class CliUsageTest {

    private static String usageError(Locale locale, String... args) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            StringWriter err = new StringWriter();
            assertEquals(Cli.BAD_INPUT, Cli.usageError(args, new PrintWriter(err)));
            return err.toString();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMistypedCommandListsTheCommands() {
        String err = usageError(Locale.US, "scor", "x.json");
        assertTrue(err.startsWith("ccmm: \"scor\" is neither a command nor an existing file"), err);
        assertTrue(err.contains("Commands: score, report, import, catalog"), err);
        err = usageError(Locale.SIMPLIFIED_CHINESE, "fieldcopy", "m.ccmm");
        assertTrue(err.startsWith("ccmm: “fieldcopy” 既不是命令，也不是已有的文件"), err);
        assertTrue(err.contains("命令：score, report, import, catalog"), err);
    }

    private static final List<String> COMMANDS = List.of(
            "score",
            "report",
            "import",
            "catalog",
            "protect",
            "unprotect",
            "portfolio",
            "library",
            "fieldcopy",
            "merge",
            "agreement",
            "explain",
            "plan",
            "template",
            "questionnaire",
            "questionnaire-import");

    @Test
    void helpListsEveryCommand() {
        CliTest.Result r = CliTest.run("--help");
        assertEquals(0, r.exit());
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("  " + command + " "), r.out());
        }
        assertTrue(r.out().contains("2   bad usage or bad input (nothing written)"), r.out());
        assertEquals(COMMANDS, Cli.commands());
    }

    @Test
    void anUnknownOptionOrMissingArgumentIsExitTwoInWords() {
        CliTest.Result r = CliTest.run("score", "--frobnicate", "x.json", "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("ccmm: unknown option or argument: --frobnicate"), r.err());
        r = CliTest.run("import", "a.json", "--lang", "zh");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("ccmm: 缺少：--into"), r.err());
        r = CliTest.run("scor", "x.json");
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void refusalsFollowLang(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(
                dir.resolve("a.json"),
                "{\"format\":\"ccmm-assessment\",\"formatVersion\":1," + "\"ratings\":[{\"item\":1,\"c\":7}]}");
        CliTest.Result zh = CliTest.run("score", json.toString(), "--lang", "zh");
        assertEquals(2, zh.exit());
        assertEquals("ccmm: " + json + "：ratings[0].c：7 不是 10、5、0 之一" + System.lineSeparator(), zh.err());
        CliTest.Result en = CliTest.run("score", json.toString(), "--lang", "en");
        assertEquals("ccmm: " + json + ": ratings[0].c: 7 is not one of 10, 5, 0" + System.lineSeparator(), en.err());
    }
}
