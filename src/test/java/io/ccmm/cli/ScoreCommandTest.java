package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.testdata.TestCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Rate[] RATES = {Rate.UNRATED, Rate.NONE, Rate.PARTIAL, Rate.FULL, Rate.FULL, Rate.FULL};

    @TempDir
    Path dir;

    Path catalogFile;
    Catalog catalog;

    @BeforeEach
    void writeRealShapeCatalog() throws Exception {
        catalogFile = dir.resolve("catalog-170.json");
        MAPPER.writeValue(catalogFile.toFile(), TestCatalogs.realShape());
        catalog = new CatalogLoader().loadCatalog(catalogFile); // also proves the generated catalog is valid
    }

    /** A seeded assessment of the 170-item catalog: most items rated, some unrated, some half-rated. */
    static Assessment generated(Catalog catalog, OptionalInt years, OptionalInt target) {
        Random random = new Random(170);
        List<Rating> ratings = new ArrayList<>();
        for (var item : catalog.items()) {
            Rate c = RATES[random.nextInt(RATES.length)];
            Rate f = RATES[random.nextInt(RATES.length)];
            ratings.add(Rating.of(item.id(), c, f));
        }
        return new Assessment(
                new CatalogRef(catalog.id(), ""),
                new Organization("某市12345政务服务热线", "主中心", "", years),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), target),
                ratings);
    }

    Path write(String name, Assessment a) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, InterchangeJson.write(a));
        return file;
    }

    Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasExactlyTheStructureOfScoringMd() throws Exception {
        Assessment a = generated(catalog, OptionalInt.of(7), OptionalInt.empty());
        Path file = write("a.json", a);
        CliTest.Result r =
                CliTest.run("score", file.toString(), "--catalog", catalogFile.toString(), "--json", "--target", "5");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode root = MAPPER.readTree(r.out());

        ScoringRules rules = CatalogLoader.bundled().rules();
        ReadinessResult expected =
                new ReadinessEngine(catalog, rules).score(a.ratings(), OptionalInt.of(7), OptionalInt.of(5));
        assertTrue(expected.readinessLevel() < 5, "the generated assessment should not reach L5");

        assertEquals(
                List.of("catalog", "rules", "readinessLevel", "completion", "levels", "modules", "path"), fields(root));
        assertEquals(List.of("id", "sha256"), fields(root.get("catalog")));
        assertEquals(catalog.id(), root.at("/catalog/id").asText());
        assertEquals(
                CatalogLoader.sha256(Files.readAllBytes(catalogFile)),
                root.at("/catalog/sha256").asText());
        assertEquals(rules.id(), root.at("/rules/id").asText());
        assertEquals(rules.sha256(), root.at("/rules/sha256").asText());
        assertEquals(expected.readinessLevel(), root.get("readinessLevel").asInt());
        assertEquals(List.of("rated", "notApplicable", "total"), fields(root.get("completion")));
        assertEquals(expected.completion().rated(), root.at("/completion/rated").asInt());
        assertEquals(170, root.at("/completion/total").asInt());

        assertEquals(5, root.get("levels").size());
        for (int n = 1; n <= 5; n++) {
            JsonNode l = root.get("levels").get(n - 1);
            LevelReadiness e = expected.level(n);
            assertEquals(
                    List.of(
                            "level",
                            "status",
                            "requiredItems",
                            "ratedItems",
                            "notApplicableItems",
                            "points",
                            "bonusPoints",
                            "totalPoints",
                            "maxPoints",
                            "percent",
                            "thresholdPercent",
                            "gapPoints",
                            "modules",
                            "reasons"),
                    fields(l));
            assertEquals(n, l.get("level").asInt());
            assertEquals(e.status().name(), l.get("status").asText());
            assertEquals(e.requiredItems(), l.get("requiredItems").asInt());
            assertEquals(e.ratedItems(), l.get("ratedItems").asInt());
            assertEquals(e.points(), l.get("points").asInt());
            assertEquals(e.bonusPoints(), l.get("bonusPoints").asInt());
            assertEquals(e.totalPoints(), l.get("totalPoints").asInt());
            assertEquals(e.maxPoints(), l.get("maxPoints").asInt());
            assertTrue(l.get("percent").isNumber());
            assertEquals(0, e.percent().compareTo(l.get("percent").decimalValue()));
            assertEquals(e.thresholdPercent(), l.get("thresholdPercent").asInt());
            assertEquals(e.gapPoints(), l.get("gapPoints").asInt());
            assertEquals(e.modules().size(), l.get("modules").size());
            for (JsonNode m : l.get("modules")) {
                assertEquals(List.of("module", "points", "maxPoints", "floorPercent", "floorGap"), fields(m));
            }
            assertEquals(e.reasons().size(), l.get("reasons").size());
            for (int k = 0; k < e.reasons().size(); k++) {
                JsonNode reason = l.get("reasons").get(k);
                assertEquals(
                        e.reasons().get(k).code().name(), reason.get("code").asText());
                switch (e.reasons().get(k).code()) {
                    case UNRATED_ITEMS -> {
                        assertEquals(List.of("code", "count"), fields(reason));
                        assertEquals(
                                e.reasons().get(k).count(), reason.get("count").asInt());
                    }
                    case MODULE_BELOW_FLOOR -> {
                        assertEquals(List.of("code", "module"), fields(reason));
                        assertEquals(
                                e.reasons().get(k).module(),
                                reason.get("module").asText());
                    }
                    default -> assertEquals(List.of("code"), fields(reason));
                }
            }
        }

        assertEquals(5, root.get("modules").size());
        for (JsonNode m : root.get("modules")) {
            assertEquals(
                    List.of("module", "items", "rated", "notApplicable", "points", "maxPoints", "percent"), fields(m));
        }
        assertEquals(30, root.at("/modules/4/items").asInt());

        JsonNode path = root.get("path");
        assertEquals(List.of("targetLevel", "steps"), fields(path));
        assertEquals(5, path.get("targetLevel").asInt());
        List<PathStep> steps = expected.path().orElseThrow().steps();
        assertFalse(steps.isEmpty());
        assertEquals(steps.size(), path.get("steps").size());
        for (int k = 0; k < steps.size(); k++) {
            JsonNode s = path.get("steps").get(k);
            assertEquals(List.of("item", "before", "after", "gain"), fields(s));
            assertEquals(steps.get(k).item(), s.get("item").asInt());
            assertEquals(List.of("c", "f"), fields(s.get("before")));
            // unrated angles count 0, so before + gain is always 20
            assertEquals(
                    20,
                    s.at("/before/c").asInt()
                            + s.at("/before/f").asInt()
                            + s.get("gain").asInt());
            assertEquals(10, s.at("/after/c").asInt());
            assertEquals(10, s.at("/after/f").asInt());
        }
        // percentages keep their one decimal
        assertTrue(r.out().matches("(?s).*\"percent\" : \\d+\\.\\d[,\\s].*"), r.out());
    }

    @Test
    void pathComesFromTheAssessmentsTargetAndOnlyWhenAboveTheReadinessLevel() throws Exception {
        Path withTarget = write("t.json", generated(catalog, OptionalInt.of(7), OptionalInt.of(3)));
        JsonNode root = MAPPER.readTree(
                CliTest.run("score", withTarget.toString(), "--catalog", catalogFile.toString(), "--json")
                        .out());
        assertEquals(3, root.at("/path/targetLevel").asInt());

        Path noTarget = write("n.json", generated(catalog, OptionalInt.of(7), OptionalInt.empty()));
        root = MAPPER.readTree(CliTest.run("score", noTarget.toString(), "--catalog", catalogFile.toString(), "--json")
                .out());
        assertFalse(root.has("path"));

        // everything at 10/10: readiness 5, a target of 3 is reached, so no path
        List<Rating> full = new ArrayList<>();
        catalog.items().forEach(i -> full.add(Rating.of(i.id(), Rate.FULL, Rate.FULL)));
        Path all = write(
                "full.json",
                new Assessment(
                        new CatalogRef(catalog.id(), ""),
                        new Organization("", "", "", OptionalInt.of(12)),
                        new RoundInfo("", "", List.of(), OptionalInt.of(3)),
                        full));
        CliTest.Result r = CliTest.run("score", all.toString(), "--catalog", catalogFile.toString(), "--json");
        root = MAPPER.readTree(r.out());
        assertEquals(5, root.get("readinessLevel").asInt());
        assertFalse(root.has("path"));
        assertEquals(
                new java.math.BigDecimal("100.0"), root.at("/levels/0/percent").decimalValue());
    }

    @Test
    void tableShowsLevelsReasonsModulesAndThePath() throws Exception {
        Path file = write("a.json", generated(catalog, OptionalInt.of(3), OptionalInt.of(3)));
        CliTest.Result r = CliTest.run("score", file.toString(), "--catalog", catalogFile.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("某市12345政务服务热线 · 主中心 · 2026 自评"), out);
        assertTrue(out.contains("Readiness: "), out);
        assertTrue(out.contains("L1 Level 1"), out);
        assertTrue(out.contains("Why a level is not achieved"), out);
        assertTrue(out.contains("needs 5 years of operation, has 3"), out);
        assertTrue(out.contains("Modules (all items, bonus not added)"), out);
        assertTrue(out.contains("5.0 Module 5.0"), out);
        assertTrue(out.contains("Improvement path to L3"), out);
        assertTrue(out.contains("Not fixed by ratings: L3 needs 5 years of operation; the organization has 3."), out);
        assertEquals("", r.err());
    }

    @Test
    void customRulesFileChangesTheResult(@TempDir Path tmp) throws Exception {
        Path file = write("a.json", generated(catalog, OptionalInt.of(12), OptionalInt.empty()));
        ObjectNode rules = (ObjectNode)
                MAPPER.readTree(getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/scoring.json"));
        rules.put("id", "lenient");
        for (JsonNode level : rules.withArray("levels")) {
            ((ObjectNode) level).put("thresholdPercent", 10).put("moduleFloorPercent", 10);
        }
        Path rulesFile = tmp.resolve("lenient.json");
        MAPPER.writeValue(rulesFile.toFile(), rules);
        CliTest.Result r = CliTest.run(
                "score",
                file.toString(),
                "--catalog",
                catalogFile.toString(),
                "--rules",
                rulesFile.toString(),
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = MAPPER.readTree(r.out());
        assertEquals("lenient", root.at("/rules/id").asText());
        assertEquals(10, root.at("/levels/2/thresholdPercent").asInt());
    }

    // --- bad input: exit 2, one message naming the place, nothing on stdout ------------------------------------

    void assertBadInput(String expectedPart, String... args) {
        CliTest.Result r = CliTest.run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(expectedPart), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    String[] score(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("score", file.toString(), "--catalog", catalogFile.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static String assessment(String ratings) {
        return "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,\"ratings\":[" + ratings + "]}";
    }

    @Test
    void notJson() throws Exception {
        assertBadInput("not valid JSON at line 1", score(write("x.json", "{\"format\": ")));
    }

    @Test
    void wrongFormat() throws Exception {
        assertBadInput(
                "format: \"something\" is not \"ccmm-assessment\"",
                score(write("x.json", "{\"format\":\"something\",\"formatVersion\":1}")));
    }

    @Test
    void newerFormatVersion() throws Exception {
        assertBadInput(
                "formatVersion: 2 is newer than this app reads",
                score(write("x.json", "{\"format\":\"ccmm-assessment\",\"formatVersion\":2}")));
    }

    @Test
    void ratingOtherThanTenFiveZero() throws Exception {
        Path file = write("x.json", assessment("{\"item\":1,\"c\":10},{\"item\":2,\"c\":7}"));
        assertBadInput(file + ": ratings[1].c: 7 is not one of 10, 5, 0", score(file));
    }

    @Test
    void unknownItem() throws Exception {
        assertBadInput(
                "ratings[0].item: 171 is not in catalog cc-cmm-oc-2025",
                score(write("x.json", assessment("{\"item\":171,\"c\":10}"))));
    }

    @Test
    void duplicateItem() throws Exception {
        assertBadInput(
                "ratings[1].item: item 4 is rated twice (also ratings[0])",
                score(write("x.json", assessment("{\"item\":4,\"c\":10},{\"item\":4,\"f\":5}"))));
    }

    @Test
    void badTargetLevelInTheFile() throws Exception {
        assertBadInput(
                "assessment.targetLevel: 6 is not a level from 1 to 5",
                score(write(
                        "x.json",
                        "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,\"assessment\":{\"targetLevel\":6}}")));
    }

    @Test
    void badTargetOption() throws Exception {
        Path file = write("x.json", assessment(""));
        assertBadInput("--target: 0 is not a level from 1 to 5", score(file, "--target", "0"));
        assertBadInput("--target: 6 is not a level from 1 to 5", score(file, "--target", "6"));
        CliTest.Result r = CliTest.run(score(file, "--target", "three"));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void invalidRulesFile() throws Exception {
        ObjectNode rules = (ObjectNode)
                MAPPER.readTree(getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/scoring.json"));
        ((ObjectNode) rules.withArray("levels").get(2)).put("thresholdPercent", 120);
        Path rulesFile = dir.resolve("bad-rules.json");
        MAPPER.writeValue(rulesFile.toFile(), rules);
        assertBadInput(
                rulesFile + ": levels[2]: thresholdPercent 120 is not between 0 and 100",
                score(write("x.json", assessment("")), "--rules", rulesFile.toString()));
        assertBadInput(
                "r.json: line 1, column 2: not valid JSON",
                score(
                        write("y.json", assessment("")),
                        "--rules",
                        write("r.json", "{").toString()));
    }

    @Test
    void rulesThatDoNotFitTheCatalog() throws Exception {
        ObjectNode rules = (ObjectNode)
                MAPPER.readTree(getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/scoring.json"));
        ((ObjectNode) rules.get("bonus")).put("module", "9.0");
        Path rulesFile = dir.resolve("rules.json");
        MAPPER.writeValue(rulesFile.toFile(), rules);
        assertBadInput(
                "module 9.0 is not in catalog",
                score(write("x.json", assessment("")), "--rules", rulesFile.toString()));
    }

    @Test
    void missingFiles() throws Exception {
        assertBadInput("no such file: " + dir.resolve("nope.json"), score(dir.resolve("nope.json")));
        assertBadInput(
                "no such file: " + dir.resolve("nope-catalog.json"),
                "score",
                write("x.json", assessment("")).toString(),
                "--catalog",
                dir.resolve("nope-catalog.json").toString());
    }

    @Test
    void ccmmFilesThatAreNotAssessmentFilesAreRefused() throws Exception {
        Path file = write("center.ccmm", "not a database");
        assertBadInput("center.ccmm", score(file));
        Path sqlite = dir.resolve("renamed.json");
        Files.write(sqlite, "SQLite format 3\0 and more".getBytes(StandardCharsets.US_ASCII));
        assertBadInput("renamed.json", score(sqlite));
    }

    @Test
    void roundAppliesOnlyToCcmmFiles() throws Exception {
        assertBadInput("--round:", score(write("x.json", assessment("")), "--round", "2"));
    }

    @Test
    void catalogDigestMismatchIsRefusedUnlessIgnored() throws Exception {
        Path file = write(
                "x.json",
                "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,"
                        + "\"catalog\":{\"id\":\"cc-cmm-oc-2025\",\"sha256\":\"0123456789abcdef\"}}");
        assertBadInput("catalog.sha256: the assessment was rated against another version", score(file));
        CliTest.Result r = CliTest.run(score(file, "--ignore-catalog-digest", "--json"));
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void scoreIsACommandForTheLauncher() {
        assertTrue(Cli.isCommand(new String[] {"score", "a.json"}));
    }
}
