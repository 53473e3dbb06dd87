package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.testdata.BundlePair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readable {@code ccmm score} table on the bundled sample, in both languages. */
class ScoreTableTest {

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path file = dir.resolve("sample.json");
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/samples/12345-hotline-2026.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> block(String out, String firstLineStart) {
        List<String> lines = out.lines().toList();
        int start = 0;
        while (!lines.get(start).startsWith(firstLineStart)) {
            start++;
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void chineseTableUsesChineseWordsAndCatalogNames() throws IOException {
        CliTest.Result r = CliTest.run("score", sample().toString(), "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("就绪等级：L2"), out);
        assertTrue(out.contains("L3 标杆级"), out);
        assertTrue(out.contains("距 80% 的阈值差 93 分"), out);
        assertTrue(out.contains("要求运营满 8 年，实际运营 7 年"), out);
        assertTrue(out.contains("5.0 创新与提高"), out);
        assertTrue(out.contains("提升至 L3 的路径：将 6 个条目提高到 10/10（+95 分）"), out);
        assertTrue(out.contains("方向明确的运营指标外部对标并达到行业领先"), "path rows name the item: " + out);
        assertFalse(out.contains("threshold"), out);
    }

    @Test
    void chineseColumnsLineUpInTerminalColumns() throws IOException {
        String out = CliTest.run("score", sample().toString(), "--lang", "zh").out();
        // Every row of the level and module tables ends in a right-aligned column, so all rows are equally wide.
        for (String head : List.of("等级 ", "模块 ")) {
            List<String> rows = block(out, head);
            assertEquals(
                    1,
                    rows.stream().mapToInt(TextColumns::width).distinct().count(),
                    "rows of equal width:\n" + String.join("\n", rows));
        }
    }

    @Test
    void englishTableNamesLevelsModulesAndPathItemsInEnglish() throws IOException {
        CliTest.Result r = CliTest.run("score", sample().toString(), "--lang", "en");
        String out = r.out();
        assertTrue(out.contains("Readiness: L2"), out);
        assertTrue(out.contains("93 points below the 80 % threshold"), out);
        assertTrue(out.contains("5.0 Innovation & Improvement"), out);
        assertTrue(out.contains("Improvement path to L3: raise 6 items to 10/10 (+95 points)"), out);
        assertFalse(out.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF && !isInHeaderLine(out, c)), out);
    }

    /** The first line is the organization as the user typed it, so it may be Chinese in an English table. */
    private static boolean isInHeaderLine(String out, int c) {
        return out.lines().findFirst().orElse("").indexOf(c) >= 0;
    }

    @Test
    void defaultLanguageFollowsTheSystemLocale() throws IOException {
        Path file = sample();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertTrue(CliTest.run("score", file.toString()).out().contains("就绪等级"));
            Locale.setDefault(Locale.US);
            assertTrue(CliTest.run("score", file.toString()).out().contains("Readiness: "));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unknownLanguageIsBadInput() throws IOException {
        CliTest.Result r = CliTest.run("score", sample().toString(), "--lang", "fr");
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--lang: \"fr\" is not one of zh, en"), r.err());
    }

    @Test
    void textColumnsCountChineseAsTwoColumns() {
        assertEquals(4, TextColumns.width("模块"));
        assertEquals(7, TextColumns.width("L3 阈值"));
        assertEquals("模块  |", TextColumns.left("模块", 6) + "|");
        assertEquals("  模块", TextColumns.right("模块", 6));
        assertEquals("客户…", TextColumns.cut("客户体验管理", 6));
        assertEquals("abc", TextColumns.cut("abc", 3));
        assertEquals("ab…", TextColumns.cut("abcd", 3));
    }

    @Test
    void bothLanguagesHaveTheSameWords() throws IOException {
        BundlePair words = BundlePair.load("cli");
        words.assertComplete();
        for (var language : io.ccmm.catalog.Language.values()) {
            CliText text = new CliText(language);
            for (String key : words.keys()) {
                String s = text.format(key, 1, 2, 3, 4);
                assertFalse(s.contains("{"), language + " " + key + ": " + s);
            }
        }
    }
}
