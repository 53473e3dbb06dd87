package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Rating;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shape CATALOG.md requires of the working catalog we ship. */
class BundledCatalogTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    @Test
    void fiveModulesWithTheirIdRanges() {
        assertEquals(
                List.of("1.0", "2.0", "3.0", "4.0", "5.0"),
                CATALOG.modules().stream().map(CatalogModule::id).toList());
        assertEquals(170, CATALOG.items().size());
        assertRange("1.0", 1, 25);
        assertRange("2.0", 26, 80);
        assertRange("3.0", 81, 115);
        assertRange("4.0", 116, 150);
        assertRange("5.0", 151, 170);
    }

    private static void assertRange(String module, int first, int last) {
        List<Integer> ids =
                CATALOG.itemsOf(module).stream().map(AssessmentItem::id).toList();
        assertEquals(IntStream.rangeClosed(first, last).boxed().toList(), ids, "ids of module " + module);
    }

    @Test
    void levelSpreadOfModulesOneToFour() {
        Map<Integer, Long> spread = CATALOG.items().stream()
                .filter(i -> !i.module().equals("5.0"))
                .collect(Collectors.groupingBy(AssessmentItem::level, TreeMap::new, Collectors.counting()));
        // CATALOG.md: about 60 / 45 / 30 / 10 / 5, each within ±5, L4 8–14 and L5 3–8; levels follow content.
        assertWithin(spread, 1, 55, 65);
        assertWithin(spread, 2, 40, 50);
        assertWithin(spread, 3, 25, 35);
        assertWithin(spread, 4, 8, 14);
        assertWithin(spread, 5, 3, 8);
        assertEquals(150, spread.values().stream().mapToLong(Long::longValue).sum());
        for (String m : List.of("1.0", "2.0", "3.0", "4.0")) {
            Set<Integer> levels =
                    CATALOG.itemsOf(m).stream().map(AssessmentItem::level).collect(Collectors.toSet());
            assertTrue(levels.containsAll(Set.of(1, 2, 3)), "module " + m + " has L1, L2 and L3 items: " + levels);
        }
    }

    private static void assertWithin(Map<Integer, Long> spread, int level, long low, long high) {
        long n = spread.getOrDefault(level, 0L);
        assertTrue(
                n >= low && n <= high,
                "L" + level + " has " + n + " items in modules 1.0-4.0, expected " + low + "-" + high);
    }

    @Test
    void moduleFiveIsOnlyRequiredFromLevelFour() {
        Map<Integer, Long> spread = CATALOG.itemsOf("5.0").stream()
                .collect(Collectors.groupingBy(AssessmentItem::level, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(4, 12L, 5, 8L), spread);
    }

    @Test
    void theFivePublishedRevisionsAreMarked() {
        assertEquals(
                List.of(151, 155, 159, 161, 166),
                CATALOG.items().stream()
                        .filter(AssessmentItem::revised2025)
                        .map(AssessmentItem::id)
                        .toList());
    }

    @Test
    void everyTextIsPresentAndWithinItsLimits() {
        List<String> problems = new ArrayList<>();
        for (AssessmentItem i : CATALOG.items()) {
            if (i.title().zh().codePointCount(0, i.title().zh().length()) > 30) {
                problems.add(i.id() + ": zh title over 30 characters");
            }
            if (i.title().en().length() > 80) {
                problems.add(i.id() + ": en title over 80 characters");
            }
            if (i.evidence().size() < 2 || i.evidence().size() > 4) {
                problems.add(i.id() + ": " + i.evidence().size() + " evidence examples, expected 2-4");
            }
            List<LocalizedText> texts = new ArrayList<>(List.of(
                    i.title(),
                    i.requirement(),
                    i.guidance().full(),
                    i.guidance().partial(),
                    i.guidance().none()));
            texts.addAll(i.evidence());
            for (LocalizedText t : texts) {
                if (t.zh().isBlank() || t.en().isBlank()) {
                    problems.add(i.id() + ": blank text");
                }
            }
            if (!containsHan(i.title().zh()) || containsHan(i.title().en())) {
                problems.add(i.id() + ": zh/en titles look swapped");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Test
    void theRatingRuleIsStatedAndSectorLimitsCarryAHint() {
        LocalizedText rule = CATALOG.rule().orElseThrow();
        assertTrue(rule.zh().contains("部分符合（5）") && rule.en().contains("partial (5)"), rule.en());
        List<Integer> limited = CATALOG.items().stream()
                .filter(i -> !i.applicability().isEmpty())
                .map(AssessmentItem::id)
                .toList();
        assertEquals(List.of(164, 165, 167, 169), limited);
        for (int id : limited) {
            AssessmentItem i = CATALOG.item(id).orElseThrow();
            assertFalse(i.appliesTo(Sector.GOVERNMENT_HOTLINE), id + " is commercial");
            assertTrue(i.appliesTo(Sector.FINANCE), id + " applies to a bank");
            assertTrue(i.hint().orElseThrow().zh().contains("不适用"), id + " hint");
        }
    }

    @Test
    void noDuplicateTitlesInEitherLanguage() {
        for (Language l : Language.values()) {
            Set<String> seen = new HashSet<>();
            for (AssessmentItem i : CATALOG.items()) {
                assertTrue(
                        seen.add(i.title().get(l).strip().toLowerCase()),
                        "duplicate " + l + " title of item " + i.id());
            }
        }
    }

    @Test
    void everyModuleAreaHasItemsAndEveryItemItsModulesArea() {
        for (CatalogModule m : CATALOG.modules()) {
            for (Area a : m.areas()) {
                long n = CATALOG.itemsOf(m.id()).stream()
                        .filter(i -> i.area().equals(a.id()))
                        .count();
                assertTrue(n >= 3, "area " + a.id() + " has " + n + " items");
            }
        }
    }

    @Test
    void theSampleAssessmentValidatesAndRatesEveryItem() throws Exception {
        byte[] json;
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/samples/12345-hotline-2026.json")) {
            json = in.readAllBytes();
        }
        Assessment a = InterchangeJson.read(json, CATALOG, false);
        assertEquals(7, a.organization().yearsInOperation().orElseThrow());
        // Every item of L1–L3 is rated; the sample's not-applicable items are module 5.0 items only, so its
        // readiness does not depend on how an importer treats them.
        Set<Integer> rated =
                a.ratings().stream().filter(Rating::isRated).map(Rating::item).collect(Collectors.toSet());
        for (AssessmentItem i : CATALOG.items()) {
            assertTrue(i.module().equals("5.0") || rated.contains(i.id()), "item " + i.id() + " is rated");
        }
        assertFalse(a.organization().name().isBlank());

        // The sample's profile: strong operations, weaker data and innovation; L2 reached, L3 not.
        ReadinessResult r = ReadinessEngine.of(CatalogLoader.bundled()).score(a);
        assertEquals(2, r.readinessLevel());
        assertTrue(r.level(1).bonusPoints() > 0);
        assertTrue(r.module("2.0")
                        .orElseThrow()
                        .percent()
                        .compareTo(r.module("5.0").orElseThrow().percent())
                > 0);
        assertEquals(3, r.path().orElseThrow().targetLevel());
    }
}
