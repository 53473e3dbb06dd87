package io.ccmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InterchangeJsonTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    private static Assessment read(String json) throws InvalidAssessmentException {
        return InterchangeJson.read(json.getBytes(StandardCharsets.UTF_8), CATALOG, false);
    }

    private static String error(String json) {
        return assertThrows(InvalidAssessmentException.class, () -> read(json)).getMessage();
    }

    private static String withRatings(String ratings) {
        return "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,\"ratings\":[" + ratings + "]}";
    }

    @Test
    void readsTheExampleOfFormatsMd() throws Exception {
        Assessment a = read(
                """
                {
                  "format": "ccmm-assessment",
                  "formatVersion": 1,
                  "catalog": {"id": "cc-cmm-oc-2025"},
                  "organization": {"name": "某市12345政务服务热线", "site": "主中心", "yearsInOperation": 7},
                  "assessment": {"title": "2026 自评", "date": "2026-03-01", "assessors": ["张三"], "targetLevel": 3},
                  "ratings": [
                    {"item": 1, "c": 10, "f": 5, "note": "制度齐全,执行记录不完整"},
                    {"item": 2, "c": 5},
                    {"item": 3, "c": null, "f": 0, "extra": "ignored"}
                  ],
                  "unknownTopLevel": true
                }
                """);
        assertEquals("某市12345政务服务热线", a.organization().name());
        assertEquals(OptionalInt.of(7), a.organization().yearsInOperation());
        assertEquals(OptionalInt.of(3), a.round().targetLevel());
        assertEquals(List.of("张三"), a.round().assessors());
        assertEquals(
                new Rating(1, Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"),
                a.ratings().get(0));
        assertEquals(Rate.UNRATED, a.ratings().get(1).f());
        assertEquals(Rate.UNRATED, a.ratings().get(2).c());
        assertEquals(Rate.NONE, a.ratings().get(2).f());
        assertEquals(15, a.ratings().get(0).points());
    }

    @Test
    void writeThenReadGivesTheSameAssessment() throws Exception {
        Assessment a = new Assessment(
                new CatalogRef(CATALOG.id(), ""),
                new Organization("国网某供电公司95598", "华东分中心", "utility", OptionalInt.of(12)),
                new RoundInfo("复评", "2026-10-01", List.of("李四", "王五"), OptionalInt.of(4)),
                List.of(Rating.of(2, Rate.FULL, Rate.FULL), new Rating(1, Rate.NONE, Rate.UNRATED, "\"引号\"<b>")));
        Assessment back = InterchangeJson.read(InterchangeJson.write(a), CATALOG, false);
        assertEquals(a, back);
    }

    @Test
    void namesTheBadRate() {
        assertEquals(
                "ratings[1].c: 7 is not one of 10, 5, 0",
                error(withRatings("{\"item\":1,\"c\":10},{\"item\":2,\"c\":7}")));
        assertEquals("ratings[0].f: \"10\" is not one of 10, 5, 0", error(withRatings("{\"item\":1,\"f\":\"10\"}")));
    }

    @Test
    void namesAnItemNotInTheCatalog() {
        int beyond = CATALOG.items().size() + 1;
        String message = error(withRatings("{\"item\":" + beyond + ",\"c\":10}"));
        assertEquals("ratings[0].item: " + beyond + " is not in catalog cc-cmm-oc-2025: out of range 1–170", message);
    }

    @Test
    void namesADuplicateItem() {
        assertEquals(
                "ratings[2].item: item 1 is rated twice (also ratings[0])",
                error(withRatings("{\"item\":1},{\"item\":2},{\"item\":1}")));
    }

    @Test
    void refusesANewerFormatVersionAndAnotherFormat() {
        assertTrue(
                error("{\"format\":\"ccmm-assessment\",\"formatVersion\":2}").startsWith("formatVersion: 2 is newer"));
        assertTrue(error("{\"format\":\"other\",\"formatVersion\":1}").startsWith("format: \"other\""));
        assertTrue(error("{\"formatVersion\":1}").startsWith("format: missing"));
    }

    @Test
    void notJsonNamesLineAndColumn() {
        assertTrue(
                error("{\n \"format\": \"ccmm-assessment\",\n oops }").startsWith("not valid JSON at line 3, column"));
    }

    @Test
    void refusesBadTargetLevelYearsAndDate() {
        String base = "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,";
        assertEquals(
                "assessment.targetLevel: 6 is not a level from 1 to 5",
                error(base + "\"assessment\":{\"targetLevel\":6}}"));
        assertTrue(error(base + "\"organization\":{\"yearsInOperation\":-1}}")
                .startsWith("organization.yearsInOperation: -1"));
        assertTrue(error(base + "\"assessment\":{\"date\":\"2026-13-01\"}}").startsWith("assessment.date"));
    }

    @Test
    void catalogDigestMismatchIsRefusedUnlessTold() throws Exception {
        String json = "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,"
                + "\"catalog\":{\"id\":\"cc-cmm-oc-2025\",\"sha256\":\"0000\"}}";
        assertTrue(error(json).startsWith("catalog.sha256"));
        InterchangeJson.read(json.getBytes(StandardCharsets.UTF_8), CATALOG, true);
        assertTrue(error("{\"format\":\"ccmm-assessment\",\"formatVersion\":1,\"catalog\":{\"id\":\"x\"}}")
                .startsWith("catalog.id: \"x\""));
    }
}
