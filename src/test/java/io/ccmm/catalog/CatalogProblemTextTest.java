package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem the catalog validator and loader can report has its words in both languages. */
class CatalogProblemTextTest {

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CatalogProblemTextTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheValidatorUsesExistsInBothBundles() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"([a-zA-Z]+\\.[a-zA-Z]+)\"");
        for (String source : new String[] {"CatalogValidator.java", "CatalogLoader.java"}) {
            String code = Files.readString(Path.of("src/main/java/io/ccmm/catalog", source));
            Matcher m = Pattern.compile("(?:problem\\(|CatalogProblem\\.of\\()[^;]*;")
                    .matcher(code);
            while (m.find()) {
                Matcher k = key.matcher(m.group());
                while (k.find()) {
                    used.add("problem." + k.group(1));
                }
            }
        }
        assertTrue(used.size() > 25, used.toString());
        Properties en = bundle("catalog.properties");
        Properties zh = bundle("catalog_zh_CN.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (String k : used) {
            if (k.matches("problem\\.(title|guidance|notApplicableHint|requirement)\\.(zh|en)")) {
                continue; // a field name, not a text key
            }
            assertTrue(en.containsKey(k) || !k.startsWith("problem."), k + " in catalog.properties");
        }
    }

    @Test
    void aBrokenCatalogIsDescribedInEitherLanguage() {
        Catalog good = CatalogLoader.bundled().catalog();
        AssessmentItem first = good.items().get(0);
        AssessmentItem broken = new AssessmentItem(
                1,
                "9.0",
                first.area(),
                7,
                new LocalizedText("", first.title().en()),
                first.requirement(),
                first.guidance(),
                first.evidence(),
                false,
                java.util.List.of("moon"),
                null);
        java.util.List<AssessmentItem> items = new java.util.ArrayList<>(good.items());
        items.set(0, broken);
        Catalog c = new Catalog(
                good.id(), good.version(), good.title(), good.source(), good.modules(), good.levels(), items, null);
        java.util.List<CatalogProblem> problems = CatalogValidator.validateCatalog(c);
        assertEquals(6, problems.size(), problems.toString());
        for (CatalogProblem p : problems) {
            String zh = p.describe(Language.ZH);
            String en = p.describe(Language.EN);
            assertFalse(zh.equals(en), zh);
            assertFalse(zh.matches(".*\\b(is|are|not|missing|between|names)\\b.*"), "English words in " + zh);
            assertTrue(zh.startsWith("items[0] (id 1)："), zh);
        }
        assertEquals(
                "items[0] (id 1): level 7 is not between 1 and 5",
                problems.stream()
                        .filter(p -> p.field().equals("level"))
                        .findFirst()
                        .orElseThrow()
                        .describe(Language.EN));
        assertEquals(
                "items[0] (id 1)：等级 7 不在 1 到 5 之间",
                problems.stream()
                        .filter(p -> p.field().equals("level"))
                        .findFirst()
                        .orElseThrow()
                        .describe(Language.ZH));
    }
}
