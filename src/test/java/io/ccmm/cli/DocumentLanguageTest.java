package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.portfolio.PortfolioFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} and {@code template} share one {@code --lang}: English unless asked, checked, and helped alike. */
class DocumentLanguageTest {

    private final Locale before = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void templateAndPlanWriteEnglishUnlessAskedAndRefuseAnUnknownLanguage() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Path template = dir.resolve("template.docx");
        CliTest.Result english = CliTest.run("template", "--format", "docx", "-o", template.toString());
        assertEquals(0, english.exit(), english.err());
        assertTrue(english.out().startsWith("wrote "), "English by default, whatever the system: " + english.out());
        CliTest.Result chinese = CliTest.run("template", "--format", "docx", "--lang", "zh", "-o", template.toString());
        assertEquals(0, chinese.exit(), chinese.err());
        assertTrue(chinese.out().startsWith("已写入 "), chinese.out());

        Path file = PortfolioFixtures.sampleFile(dir, PortfolioFixtures.SAMPLES.get(0));
        Path plan = dir.resolve("plan.csv");
        CliTest.Result planEnglish = CliTest.run("plan", file.toString(), "--format", "csv", "-o", plan.toString());
        assertEquals(0, planEnglish.exit(), planEnglish.err());
        assertTrue(planEnglish.out().startsWith("wrote "), planEnglish.out());
        CliTest.Result planChinese =
                CliTest.run("plan", file.toString(), "--format", "csv", "--lang", "zh", "-o", plan.toString());
        assertEquals(0, planChinese.exit(), planChinese.err());
        assertTrue(planChinese.out().startsWith("已写入 "), planChinese.out());

        Path refused = dir.resolve("refused.docx");
        for (String[] args : new String[][] {
            {"template", "--format", "docx", "--lang", "fr", "-o", refused.toString()},
            {"plan", file.toString(), "--format", "csv", "--lang", "fr", "-o", refused.toString()}
        }) {
            CliTest.Result bad = CliTest.run(args);
            assertEquals(2, bad.exit(), args[0]);
            assertTrue(bad.err().contains("\"fr\"") || bad.err().contains("“fr”"), bad.err());
            assertFalse(Files.exists(refused), "nothing written by " + args[0]);
        }
    }

    @Test
    void theSharedOptionIsHelpedInBothLanguages() {
        for (String command : new String[] {"plan", "template"}) {
            CliTest.Result zh = CliTest.run(command, "--help", "--lang", "zh");
            assertEquals(0, zh.exit(), zh.err());
            assertTrue(zh.out().contains("--lang=LANG") && zh.out().contains("zh 或 en（默认：en）"), zh.out());
            CliTest.Result en = CliTest.run(command, "--help", "--lang", "en");
            assertTrue(en.out().contains("zh or en (default: en)"), en.out());
        }
    }
}
