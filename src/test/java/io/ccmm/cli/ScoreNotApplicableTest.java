package io.ccmm.cli;

import static io.ccmm.cli.ScoreCommandTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.ReasonCode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm score} and {@code ccmm report} with items marked not applicable (SCORING.md §2, §7). */
class ScoreNotApplicableTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every item 10/10 except {@code naCount} L1 items of the core modules, which are N/A. */
    private static Assessment assessment(int naCount) {
        Catalog catalog = CatalogLoader.bundled().catalog();
        List<Rating> ratings = new ArrayList<>();
        int na = 0;
        for (AssessmentItem item : catalog.items()) {
            if (na < naCount && item.level() == 1 && !item.module().equals("5.0")) {
                ratings.add(Rating.notApplicable(item.id(), "不适用于本中心 / not part of this service " + item.id()));
                na++;
            } else {
                ratings.add(Rating.of(item.id(), Rate.FULL, Rate.FULL));
            }
        }
        return new Assessment(
                new CatalogRef(catalog.id(), ""),
                new Organization("某市12345政务服务热线", "主中心", "", OptionalInt.of(12)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.empty()),
                ratings);
    }

    private Path write(String name, Assessment a) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, InterchangeJson.write(a));
        return file;
    }

    private static int allowedAtLevelOne() {
        CatalogBundle bundle = CatalogLoader.bundled();
        ReadinessResult r = ReadinessEngine.of(bundle).score(List.of(), OptionalInt.empty(), OptionalInt.empty());
        return r.level(1).allowedNotApplicable();
    }

    @Test
    void jsonCarriesTheNotApplicableCountsAndTheLimitReason() throws Exception {
        int over = allowedAtLevelOne() + 1;
        Assessment a = assessment(over);
        CliTest.Result r = CliTest.run("score", write("a.json", a).toString(), "--json", "--target", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = MAPPER.readTree(r.out());
        ReadinessResult expected =
                ReadinessEngine.of(CatalogLoader.bundled()).score(a.ratings(), OptionalInt.of(12), OptionalInt.of(2));

        assertEquals(over, root.at("/completion/notApplicable").asInt());
        assertEquals(170 - over, root.at("/completion/rated").asInt());
        for (int n = 1; n <= 5; n++) {
            JsonNode l = root.get("levels").get(n - 1);
            LevelReadiness e = expected.level(n);
            assertEquals(over, l.get("notApplicableItems").asInt(), "L" + n);
            assertEquals(e.requiredItems(), l.get("requiredItems").asInt(), "L" + n);
            assertEquals(20 * (e.requiredItems() - over), l.get("maxPoints").asInt(), "L" + n);
        }
        JsonNode l1 = root.get("levels").get(0);
        assertEquals("NOT_MET", l1.get("status").asText());
        JsonNode reason = l1.get("reasons").get(0);
        assertEquals(List.of("code", "count", "allowed"), fields(reason));
        assertEquals(
                ReasonCode.TOO_MANY_NOT_APPLICABLE.name(), reason.get("code").asText());
        assertEquals(over, reason.get("count").asInt());
        assertEquals(over - 1, reason.get("allowed").asInt());
        assertEquals(0, root.get("readinessLevel").asInt());

        int naInModules = 0;
        for (JsonNode m : root.get("modules")) {
            ModuleScore e = expected.module(m.get("module").asText()).orElseThrow();
            assertEquals(e.notApplicable(), m.get("notApplicable").asInt());
            assertEquals(
                    20 * (e.items() - e.notApplicable()), m.get("maxPoints").asInt());
            assertEquals(0, e.percent().compareTo(m.get("percent").decimalValue()));
            naInModules += m.get("notApplicable").asInt();
        }
        assertEquals(over, naInModules);
        // Every applicable item is at 10/10: nothing to raise, the limit is reported instead.
        assertTrue(root.at("/path/steps").isEmpty(), r.out());
    }

    @Test
    void theReadableTableShowsTheCountsAndTheReasonInBothLanguages() throws Exception {
        int over = allowedAtLevelOne() + 1;
        Path file = write("a.json", assessment(over));
        CliTest.Result en = CliTest.run("score", file.toString(), "--lang", "en", "--target", "1");
        assertEquals(0, en.exit(), en.err());
        assertTrue(
                en.out().contains("Rated    " + (170 - over) + " of 170 items, " + over + " not applicable"), en.out());
        assertTrue(en.out().contains(over + " of its ") && en.out().contains("more than the " + (over - 1)), en.out());
        assertTrue(en.out().contains("Not fixed by ratings: L1 has " + over), en.out());

        CliTest.Result zh = CliTest.run("score", file.toString(), "--lang", "zh");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("不适用 " + over + " 项"), zh.out());
        assertTrue(zh.out().contains("有 " + over + " 个标为不适用，超过规则允许的 " + (over - 1) + " 个"), zh.out());
    }

    @Test
    void rulesThatDoNotAllowNotApplicableMakeItBadInputNamingTheItem() throws Exception {
        String rules;
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/scoring.json")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(rules.contains("\"allowed\": true"));
        Path rulesFile = dir.resolve("strict.json");
        Files.writeString(rulesFile, rules.replace("\"allowed\": true", "\"allowed\": false"));
        Assessment a = assessment(1);
        int item = a.ratings().stream()
                .filter(Rating::notApplicable)
                .findFirst()
                .orElseThrow()
                .item();
        Path file = write("a.json", a);

        CliTest.Result score = CliTest.run("score", file.toString(), "--rules", rulesFile.toString(), "--json");
        assertEquals(2, score.exit(), score.err());
        assertEquals("", score.out());
        assertTrue(score.err().contains("item " + item + " is marked not applicable"), score.err());

        Path out = dir.resolve("report.pdf");
        CliTest.Result report = CliTest.run(
                "report",
                file.toString(),
                "--rules",
                rulesFile.toString(),
                "--format",
                "pdf",
                "--lang",
                "en",
                "-o",
                out.toString());
        assertEquals(2, report.exit(), report.err());
        assertTrue(report.err().contains("item " + item), report.err());
        assertFalse(Files.exists(out));

        // The same rules score an assessment without N/A items as usual.
        CliTest.Result plain = CliTest.run(
                "score", write("b.json", assessment(0)).toString(), "--rules", rulesFile.toString(), "--json");
        assertEquals(0, plain.exit(), plain.err());
    }
}
