package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm --help}, each command's help and {@code catalog validate} speak the user's language. */
class HelpLanguageTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void helpFollowsTheSystemLanguage() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        CliTest.Result zh = CliTest.run("--help");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().startsWith("用法： ccmm"), zh.out());
        assertTrue(zh.out().contains("显示本帮助并退出。"), zh.out());
        assertTrue(zh.out().contains("命令："), zh.out());
        assertTrue(zh.out().contains("说明每个等级的就绪度"), zh.out());
        assertTrue(zh.out().contains("退出码："), zh.out());
        assertTrue(zh.out().contains("用法或输入有误（未写入任何内容）"), zh.out());
        assertFalse(zh.out().contains("Show this help"), zh.out());

        Locale.setDefault(Locale.ENGLISH);
        CliTest.Result en = CliTest.run("--help");
        assertTrue(en.out().startsWith("Usage: ccmm"), en.out());
        assertTrue(en.out().contains("Show this help message and exit."), en.out());
        assertFalse(en.out().contains("用法"), "no Chinese left over from the run before: " + en.out());
    }

    @Test
    void aCommandsHelpFollowsLang() {
        Locale.setDefault(Locale.ENGLISH);
        CliTest.Result zh = CliTest.run("explain", "--help", "--lang", "zh");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("只说明第 N 级"), zh.out());
        assertTrue(zh.out().contains("交换格式 JSON（.json）或评估文件（.ccmm）"), zh.out());
        CliTest.Result en = CliTest.run("score", "--help", "--lang", "en");
        assertTrue(en.out().contains("print the machine-readable result"), en.out());
    }

    @Test
    void catalogValidateSpeaksBothLanguages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/catalog.json")) {
            Files.write(file, in.readAllBytes());
        }
        CliTest.Result zh = CliTest.run("catalog", "validate", file.toString(), "--lang", "zh");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("：有效的条目库 cc-cmm-oc-2025"), zh.out());
        CliTest.Result en = CliTest.run("catalog", "validate", file.toString(), "--lang", "en");
        assertTrue(en.out().contains(": valid catalog cc-cmm-oc-2025"), en.out());

        Files.writeString(file, "{\"id\": \"x\"}");
        CliTest.Result bad = CliTest.run("catalog", "validate", file.toString(), "--lang", "zh");
        assertEquals(Cli.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("不是有效的条目库"), bad.err());
    }

    @Test
    void catalogWorkbookCommandsHaveHelpInBothLanguages() {
        CliTest.Result zh = CliTest.run("catalog", "import", "--help", "--lang", "zh");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("把填好的条目库工作簿（.xlsx）转换为条目库文件"), zh.out());
        assertTrue(zh.out().contains("要写出的条目库文件"), zh.out());
        CliTest.Result en = CliTest.run("catalog", "template", "--help", "--lang", "en");
        assertTrue(en.out().contains("Write a catalog workbook (.xlsx)"), en.out());
        CliTest.Result list = CliTest.run("catalog", "--help", "--lang", "zh");
        assertTrue(list.out().contains("  template "), list.out());
        assertTrue(list.out().contains("  import "), list.out());
    }

    @Test
    void catalogProblemsSpeakTheUsersLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        try (InputStream in = getClass().getResourceAsStream("/catalogs/small-catalog.json")) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
            ((com.fasterxml.jackson.databind.node.ObjectNode)
                            root.withArray("items").get(6).get("title"))
                    .put("en", "");
            ((com.fasterxml.jackson.databind.node.ObjectNode)
                            root.withArray("items").get(2))
                    .put("level", 9);
            mapper.writeValue(file.toFile(), root);
        }
        CliTest.Result zh = CliTest.run("catalog", "validate", file.toString(), "--lang", "zh");
        assertEquals(Cli.BAD_INPUT, zh.exit());
        assertTrue(zh.err().contains("items[6] (id 7)：title.en 缺失或为空"), zh.err());
        assertTrue(zh.err().contains("items[2] (id 3)：等级 9 不在 1 到 5 之间"), zh.err());
        assertFalse(zh.err().contains("is missing"), zh.err());
        CliTest.Result en = CliTest.run("catalog", "validate", file.toString(), "--lang", "en");
        assertTrue(en.err().contains("items[6] (id 7): title.en is missing or blank"), en.err());
        assertTrue(en.err().contains("items[2] (id 3): level 9 is not between 1 and 5"), en.err());

        CliTest.Result score = CliTest.run(
                "score",
                "--catalog",
                file.toString(),
                "--lang",
                "zh",
                dir.resolve("any.json").toString());
        assertEquals(Cli.BAD_INPUT, score.exit());
        assertTrue(score.err().contains("等级 9 不在 1 到 5 之间") || score.err().contains("any.json"), score.err());
    }

    /** The scope options, shared by fieldcopy and questionnaire, each with its own words in both languages. */
    @Test
    void theScopeOptionsSpeakEachCommandsWordsInBothLanguages() {
        CliTest.Result fieldZh = CliTest.run("fieldcopy", "--help", "--lang", "zh");
        assertEquals(0, fieldZh.exit(), fieldZh.err());
        assertTrue(fieldZh.out().contains("负责范围内的模块"), fieldZh.out());
        assertTrue(fieldZh.out().contains("负责范围内的条目"), fieldZh.out());
        assertTrue(fieldZh.out().contains("评估员姓名"), fieldZh.out());
        assertFalse(fieldZh.out().contains("the modules of the scope"), fieldZh.out());
        CliTest.Result fieldEn = CliTest.run("fieldcopy", "--help", "--lang", "en");
        assertTrue(fieldEn.out().contains("the modules of the scope"), fieldEn.out());
        assertTrue(fieldEn.out().contains("the items of the scope"), fieldEn.out());

        CliTest.Result questionnaireZh = CliTest.run("questionnaire", "--help", "--lang", "zh");
        assertTrue(questionnaireZh.out().contains("包含的模块（默认：全部）"), questionnaireZh.out());
        assertTrue(questionnaireZh.out().contains("包含的条目（默认：全部）"), questionnaireZh.out());
        CliTest.Result questionnaireEn = CliTest.run("questionnaire", "--help", "--lang", "en");
        assertTrue(questionnaireEn.out().contains("the modules to include (default: all)"), questionnaireEn.out());
        assertTrue(questionnaireEn.out().contains("the items to include (default: all)"), questionnaireEn.out());
    }
}
