package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CatalogLoader loader = new CatalogLoader();

    static byte[] smallCatalog() throws IOException {
        try (InputStream in = CatalogLoaderTest.class.getResourceAsStream("/catalogs/small-catalog.json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] mutate(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(smallCatalog());
        change.accept(root);
        return MAPPER.writeValueAsBytes(root);
    }

    private static ObjectNode item(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("items").get(index);
    }

    private String problemOf(byte[] json) {
        InvalidCatalogException e =
                assertThrows(InvalidCatalogException.class, () -> loader.readCatalog(json, "test.json"));
        return e.getMessage();
    }

    @Test
    void readsAValidCatalogIntoRecordsWithItsDigest() throws Exception {
        byte[] json = smallCatalog();
        Catalog c = loader.readCatalog(json, "small");
        assertEquals("test-small", c.id());
        assertEquals(5, c.modules().size());
        assertEquals(10, c.items().size());
        assertEquals("Design & Planning", c.modules().get(0).name().en());
        assertEquals(CatalogLoader.sha256(json), c.sha256());
        assertEquals(64, c.sha256().length());
        assertEquals(4, c.item(9).orElseThrow().level());
    }

    @Test
    void bundledCatalogAndRulesLoadAndFitTogether() {
        CatalogBundle b = CatalogLoader.bundled();
        assertEquals("cc-cmm-oc-2025", b.catalog().id());
        assertEquals("cc-cmm-oc-2025-default", b.rules().id());
        assertEquals(60, b.rules().level(1).thresholdPercent());
        assertEquals(10, b.rules().level(5).minOperatingYears());
        assertEquals("5.0", b.rules().bonus().module());
        assertTrue(b.rules().bonus().appliesTo(3));
    }

    @Test
    void refusesDuplicateOrGappedIdsNamingTheItem() throws Exception {
        String msg = problemOf(mutate(r -> item(r, 3).put("id", 3)));
        assertTrue(msg.contains("items[3] (id 3)"), msg);
        assertTrue(msg.contains("unique and contiguous"), msg);
    }

    @Test
    void refusesBlankEnglishText() throws Exception {
        String msg = problemOf(mutate(r -> ((ObjectNode) item(r, 4).get("requirement")).put("en", "  ")));
        assertTrue(msg.contains("items[4] (id 5): requirement.en is missing or blank"), msg);
    }

    @Test
    void refusesMissingChineseGuidance() throws Exception {
        String msg =
                problemOf(mutate(r -> ((ObjectNode) item(r, 0).get("guidance").get("partial")).remove("zh")));
        assertTrue(msg.contains("items[0] (id 1): guidance.partial.zh"), msg);
    }

    @Test
    void refusesUnknownModuleAndAreaOfAnotherModule() throws Exception {
        assertTrue(problemOf(mutate(r -> item(r, 1).put("module", "9.0"))).contains("module 9.0 is not declared"));
        String msg = problemOf(mutate(r -> item(r, 1).put("area", "3.1")));
        assertTrue(msg.contains("area 3.1 belongs to module 3.0, not 1.0"), msg);
    }

    @Test
    void refusesLevelOutOfRange() throws Exception {
        String msg = problemOf(mutate(r -> item(r, 2).put("level", 6)));
        assertTrue(msg.contains("items[2] (id 3): level 6 is not between 1 and 5"), msg);
    }

    @Test
    void refusesDuplicateTitleWithinALanguage() throws Exception {
        String msg = problemOf(mutate(r -> ((ObjectNode) item(r, 5).get("title")).put("zh", "测试条目1")));
        assertTrue(msg.contains("items[5] (id 6): title.zh \"测试条目1\" duplicates item 1"), msg);
    }

    @Test
    void refusesMissingLevelDefinition() throws Exception {
        String msg = problemOf(mutate(r -> ((ArrayNode) r.get("levels")).remove(4)));
        assertTrue(msg.contains("level 5 is not defined"), msg);
    }

    @Test
    void refusesWrongTypesNamingThePath() throws Exception {
        String msg = problemOf(mutate(r -> item(r, 2).put("level", "high")));
        assertTrue(msg.contains("items[2].level"), msg);
    }

    @Test
    void refusesTextThatIsNotJsonWithLineAndColumn() {
        String msg = problemOf("{\n  \"id\": \"x\",\n  oops\n}".getBytes());
        assertTrue(msg.contains("line 3, column"), msg);
        assertTrue(msg.contains("not valid JSON"), msg);
    }

    @Test
    void bonusModuleItemsMustSitAboveTheBonusLevels() throws Exception {
        Catalog c = loader.readCatalog(mutate(r -> item(r, 8).put("level", 3)), "t");
        InvalidCatalogException e = assertThrows(
                InvalidCatalogException.class,
                () -> loader.bundle(c, CatalogLoader.bundled().rules()));
        assertTrue(e.getMessage().contains("items[8] (id 9)"), e.getMessage());
        assertTrue(e.getMessage().contains("level must be at least 4, not 3"), e.getMessage());
    }

    @Test
    void refusesRulesWithAThresholdOverAHundred() throws Exception {
        ObjectNode rules = (ObjectNode) MAPPER.readTree(CatalogLoaderTest.class
                .getResourceAsStream(CatalogLoader.BUNDLED_RULES)
                .readAllBytes());
        ((ObjectNode) rules.withArray("levels").get(2)).put("thresholdPercent", 120);
        InvalidCatalogException e = assertThrows(
                InvalidCatalogException.class, () -> loader.readRules(MAPPER.writeValueAsBytes(rules), "r.json"));
        assertTrue(e.getMessage().contains("levels[2]: thresholdPercent 120 is not between 0 and 100"), e.getMessage());
    }

    private static ObjectNode text(String zh, String en) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("zh", zh);
        t.put("en", en);
        return t;
    }

    @Test
    void readsTheRatingRuleApplicabilityAndHint() throws Exception {
        Catalog c = loader.readCatalog(
                mutate(r -> {
                    r.set("ratingRule", text("完全符合须满足全部标准。", "Full means every criterion is met."));
                    item(r, 2).putArray("applicability").add("finance").add("enterprise");
                    item(r, 2).set("notApplicableHint", text("政务热线不开展销售。", "A public hotline does not sell."));
                }),
                "t");
        assertEquals(
                "Full means every criterion is met.", c.rule().orElseThrow().en());
        AssessmentItem three = c.item(3).orElseThrow();
        assertEquals(java.util.List.of("finance", "enterprise"), three.applicability());
        assertTrue(three.appliesTo(Sector.FINANCE));
        assertFalse(three.appliesTo(Sector.GOVERNMENT_HOTLINE));
        assertEquals("政务热线不开展销售。", three.hint().orElseThrow().zh());
        AssessmentItem one = c.item(1).orElseThrow();
        assertTrue(one.appliesTo(Sector.GOVERNMENT_HOTLINE), "no applicability means every sector");
        assertTrue(one.hint().isEmpty());
    }

    @Test
    void aCatalogWithoutARatingRuleIsStillValid() throws Exception {
        assertTrue(loader.readCatalog(smallCatalog(), "small").rule().isEmpty());
    }

    @Test
    void refusesARatingRuleMissingALanguage() throws Exception {
        String msg = problemOf(mutate(r -> r.set("ratingRule", text("规则", " "))));
        assertTrue(msg.contains("ratingRule.en is missing or blank"), msg);
    }

    @Test
    void refusesAnUnknownSectorNamingTheItemAndTheKnownOnes() throws Exception {
        String msg = problemOf(mutate(r -> {
            item(r, 4).putArray("applicability").add("banking");
            item(r, 4).set("notApplicableHint", text("不适用", "Does not apply"));
        }));
        assertTrue(msg.contains("items[4] (id 5): applicability names the unknown sector \"banking\""), msg);
        assertTrue(msg.contains("government-hotline, utility, telecom, finance, enterprise, outsourcer"), msg);
    }

    @Test
    void refusesApplicabilityWithoutAHint() throws Exception {
        String msg = problemOf(mutate(r -> item(r, 1).putArray("applicability").add("telecom")));
        assertTrue(msg.contains("items[1] (id 2): notApplicableHint is required when applicability is given"), msg);
    }

    @Test
    void refusesAHintWithoutEnglish() throws Exception {
        String msg = problemOf(mutate(r -> {
            item(r, 1).putArray("applicability").add("utility");
            item(r, 1).set("notApplicableHint", text("不适用", ""));
        }));
        assertTrue(msg.contains("items[1] (id 2): notApplicableHint.en is missing or blank"), msg);
    }

    @Test
    void refusesAHintOnAnItemThatAppliesEverywhere() throws Exception {
        String msg = problemOf(mutate(r -> item(r, 1).set("notApplicableHint", text("不适用", "n/a"))));
        assertTrue(msg.contains("items[1] (id 2): notApplicableHint is given but applicability is not"), msg);
    }
}
