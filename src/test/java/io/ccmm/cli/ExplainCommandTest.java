package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ccmm explain}: the arithmetic of each level in both languages, with the figures of {@code score --json}. */
class ExplainCommandTest {

    private static final String BANK =
            Path.of("assessment-items/samples/bank-card-center-2026.json").toString();
    private static final String HOTLINE =
            Path.of("assessment-items/samples/12345-hotline-2026.json").toString();

    private static JsonNode score(String file) throws Exception {
        CliTest.Result r = CliTest.run("score", file, "--json");
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void englishFiguresAreThoseOfScoreJson() throws Exception {
        for (String file : new String[] {BANK, HOTLINE}) {
            JsonNode json = score(file);
            CliTest.Result r = CliTest.run("explain", file, "--lang", "en");
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.err());
            for (JsonNode level : json.get("levels")) {
                String total = "Total: %d + %d bonus = %d of %d = %s %%."
                        .formatted(
                                level.get("points").asInt(),
                                level.get("bonusPoints").asInt(),
                                level.get("totalPoints").asInt(),
                                level.get("maxPoints").asInt(),
                                level.get("percent").decimalValue().toPlainString());
                assertTrue(r.out().contains(total), file + " L" + level.get("level") + ": " + total + "\n" + r.out());
                assertTrue(
                        r.out()
                                .contains("Required items: "
                                        + level.get("requiredItems").asInt() + " "),
                        r.out());
            }
        }
    }

    @Test
    void chineseLevelThreeOfTheBankSample() throws Exception {
        JsonNode l3 = score(BANK).get("levels").get(2);
        CliTest.Result r = CliTest.run("explain", BANK, "--level", "3", "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("L3 标杆级 — "), out);
        assertFalse(out.contains("L2 "), "only level 3: " + out);
        assertTrue(out.contains("必评条目：" + l3.get("requiredItems").asInt() + " 项"), out);
        assertTrue(out.contains("不适用：" + l3.get("notApplicableItems").asInt() + " 项"), out);
        assertTrue(
                out.contains("总分：%d + 加分 %d = %d，满分 %d"
                        .formatted(
                                l3.get("points").asInt(),
                                l3.get("bonusPoints").asInt(),
                                l3.get("totalPoints").asInt(),
                                l3.get("maxPoints").asInt())),
                out);
        assertTrue(out.contains("运营年限："), out);
        assertFalse(out.contains("Required"), "no English in a Chinese explanation: " + out);
    }

    @Test
    void aModuleUnderItsFloorListsItsItemsWithTheirRatings() {
        CliTest.Result r = CliTest.run("explain", HOTLINE, "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        // Every module line that is under its floor names the items below 10/10, each with both angles.
        for (String line :
                r.out().lines().filter(l -> l.contains("points under its")).toList()) {
            assertTrue(line.matches(".*items below 10/10 \\(\\d+\\): \\d+ \\(C [–\\d]+, F [–\\d]+\\).*"), line);
        }
    }

    @Test
    void aLevelOutsideOneToFiveIsBadInputInTheUsersLanguage() {
        CliTest.Result zh = CliTest.run("explain", BANK, "--level", "7", "--lang", "zh");
        assertEquals(Cli.BAD_INPUT, zh.exit());
        assertEquals("", zh.out());
        assertTrue(zh.err().contains("--level：7 不是 1 到 5 的等级"), zh.err());
        CliTest.Result en = CliTest.run("explain", BANK, "--level", "0", "--lang", "en");
        assertEquals(Cli.BAD_INPUT, en.exit());
        assertTrue(en.err().contains("--level: 0 is not a level from 1 to 5"), en.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        CliTest.Result r = CliTest.run("explain", "no-such-center.json", "--lang", "en");
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no-such-center.json"), r.err());
        assertEquals("", r.out());
    }
}
