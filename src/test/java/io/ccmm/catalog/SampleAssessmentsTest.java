package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample assessments we ship are coherent: they match the interchange schema and import, rate or scope out every
 * item, explain every rating short of full and every not-applicable item, follow the sector applicability of the
 * catalog, and never rate a practice above the practice it depends on.
 */
class SampleAssessmentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    /**
     * Prerequisite → dependent items: a dependent may be at most one step (5 points) above its prerequisite on either
     * angle. No appraisal scheme (95 at 0) beside appraisal results paid out (99 at 10) is the kind of contradiction
     * this table rules out.
     */
    static final int[][] DEPENDENT_PAIRS = {
        {95, 96},
        {95, 98},
        {95, 99},
        {95, 101},
        {62, 63},
        {62, 64},
        {62, 65},
        {62, 66},
        {62, 68},
        {81, 83},
        {81, 84},
        {81, 85},
        {81, 86},
        {109, 110},
        {110, 111},
        {109, 112},
        {111, 113},
        {76, 77},
        {76, 80},
        {28, 31},
        {31, 108},
        {35, 39},
        {33, 40},
        {124, 125},
        {124, 126},
        {124, 128},
        {124, 132},
        {141, 144},
        {141, 127},
        {133, 134},
        {133, 135},
        {133, 138},
        {133, 139},
        {16, 90},
        {88, 93},
        {88, 106},
        {72, 74},
        {1, 2},
        {2, 17},
        {7, 97},
        {41, 44},
        {44, 46},
        {146, 149},
        {164, 165},
        {26, 27},
        {34, 36},
        {36, 37},
        {55, 58},
        {151, 155},
        {152, 153}
    };

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SampleAssessmentsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            return MAPPER.readTree(in);
        }
    }

    private static Map<Integer, JsonNode> byItem(JsonNode sample) {
        Map<Integer, JsonNode> ratings = new TreeMap<>();
        for (JsonNode r : sample.get("ratings")) {
            assertEquals(null, ratings.put(r.get("item").asInt(), r), "item " + r.get("item") + " appears twice");
        }
        return ratings;
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345-hotline-2026.json", "95598-utility-2026.json", "bank-card-center-2026.json"})
    void theSampleIsCoherent(String name) throws Exception {
        String resource = "/assessment-items/samples/" + name;
        JsonNode sample = read(resource);

        assertEquals(Set.of(), CatalogSchemaTest.validate("/assessment-items/schema/assessment.schema.json", sample));
        byte[] bytes = MAPPER.writeValueAsBytes(sample);
        Assessment imported = InterchangeJson.read(bytes, CATALOG, false);
        assertFalse(imported.organization().name().isBlank());

        JsonNode profile = sample.get("profile");
        for (String field : List.of("seats", "hours", "channels", "outsourcing", "kpis")) {
            assertFalse(profile.path(field).isMissingNode(), name + ": profile." + field);
        }
        assertTrue(profile.path("note").path("zh").asText().length() > 40, name + ": profile note in Chinese");
        assertTrue(profile.path("note").path("en").asText().length() > 40, name + ": profile note in English");
        String sector = sample.get("organization").get("industry").asText();
        assertEquals(sector, profile.get("sector").asText());
        Sector s = Sector.fromId(sector).orElseThrow();

        Map<Integer, JsonNode> ratings = byItem(sample);
        assertEquals(
                CATALOG.items().stream().map(AssessmentItem::id).toList(),
                new ArrayList<>(ratings.keySet()),
                name + " rates or scopes out every item");

        List<String> problems = new ArrayList<>();
        Set<Integer> notApplicable = new TreeSet<>();
        for (Map.Entry<Integer, JsonNode> e : ratings.entrySet()) {
            int id = e.getKey();
            JsonNode r = e.getValue();
            AssessmentItem item = CATALOG.item(id).orElseThrow();
            if (r.path("notApplicable").asBoolean(false)) {
                notApplicable.add(id);
                if (r.path("justification").asText().isBlank()) {
                    problems.add(id + ": not applicable without a justification");
                }
                if (r.has("c") || r.has("f")) {
                    problems.add(id + ": both rated and not applicable");
                }
                boolean outsideSector = !item.appliesTo(s);
                boolean itemAllowsIt = item.requirement().zh().contains("不适用");
                if (!outsideSector && !itemAllowsIt) {
                    problems.add(id + ": marked not applicable though it applies to " + sector);
                }
                continue;
            }
            int c = r.get("c").asInt();
            int f = r.get("f").asInt();
            if ((c != 10 || f != 10) && r.path("note").asText().isBlank()) {
                problems.add(id + ": rated " + c + "/" + f + " without a note");
            }
            if (!item.appliesTo(s)) {
                problems.add(id + ": rated although the catalog limits it to " + item.applicability());
            }
        }
        assertFalse(notApplicable.isEmpty(), name + " shows not-applicable items with their justifications");
        problems.addAll(contradictions(ratings));
        assertEquals(List.of(), problems, name);
    }

    /** Dependents rated more than one step above their prerequisite, in words. */
    static List<String> contradictions(Map<Integer, JsonNode> ratings) {
        List<String> found = new ArrayList<>();
        for (int[] pair : DEPENDENT_PAIRS) {
            JsonNode p = ratings.get(pair[0]);
            JsonNode d = ratings.get(pair[1]);
            if (p == null || d == null || !p.has("c") || !d.has("c")) {
                continue; // a not-applicable or missing item constrains nothing
            }
            for (String angle : List.of("c", "f")) {
                if (d.get(angle).asInt() > p.get(angle).asInt() + 5) {
                    found.add(pair[1] + " (" + angle + "=" + d.get(angle) + ") is rated above what its prerequisite "
                            + pair[0] + " (" + angle + "=" + p.get(angle) + ") allows");
                }
            }
        }
        return found;
    }

    @org.junit.jupiter.api.Test
    void theDependencyTableNamesRealItemsAndCatchesAContradiction() throws Exception {
        for (int[] pair : DEPENDENT_PAIRS) {
            assertTrue(
                    CATALOG.item(pair[0]).isPresent() && CATALOG.item(pair[1]).isPresent(), pair[0] + "/" + pair[1]);
        }
        Map<Integer, JsonNode> ratings = byItem(read("/assessment-items/samples/12345-hotline-2026.json"));
        assertEquals(List.of(), contradictions(ratings));
        // No appraisal scheme at 0 beside appraisal results used at 10.
        ((com.fasterxml.jackson.databind.node.ObjectNode) ratings.get(95))
                .put("c", 0)
                .put("f", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) ratings.get(99))
                .put("c", 10)
                .put("f", 10);
        List<String> found = contradictions(ratings);
        assertTrue(found.contains("99 (c=10) is rated above what its prerequisite 95 (c=0) allows"), found.toString());
        assertTrue(found.contains("99 (f=10) is rated above what its prerequisite 95 (f=0) allows"), found.toString());
    }

    /** The 方法/执行 (method/execution) label a band text may start a part with. */
    private static final java.util.regex.Pattern BAND_LABEL =
            java.util.regex.Pattern.compile("^(方法|执行|[Mm]ethod|[Ee]xecution)[：:]\\s*");

    /** What the comparison ignores: spaces and punctuation, so a copied band with other commas still counts. */
    private static String bare(String s) {
        return s.replaceAll("[\\s，。；：、,.;:“”\"（）()]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The parts of an item's bands a note must not copy: each band whole and each of its method/execution parts, in
     * both languages, without their labels; parts shorter than eight characters are too generic to count.
     */
    static List<String> bandParts(AssessmentItem item) {
        List<String> parts = new ArrayList<>();
        for (LocalizedText band : List.of(
                item.guidance().full(),
                item.guidance().partial(),
                item.guidance().none())) {
            for (Language l : Language.values()) {
                String text = band.get(l);
                List<String> pieces = new ArrayList<>(List.of(text.split("[；;]\\s*")));
                pieces.add(text);
                for (String piece : pieces) {
                    String p = bare(BAND_LABEL.matcher(piece.strip()).replaceFirst(""));
                    if (p.length() >= 8) {
                        parts.add(p);
                    }
                }
            }
        }
        return parts;
    }

    /** Notes that are or contain a band text of their item instead of saying what the assessor saw. */
    static List<String> bandCopiedNotes(JsonNode sample) {
        List<String> copied = new ArrayList<>();
        for (JsonNode r : sample.get("ratings")) {
            String note = r.path("note").asText("");
            if (note.isBlank()) {
                continue;
            }
            AssessmentItem item = CATALOG.item(r.get("item").asInt()).orElseThrow();
            String bareNote = bare(note);
            if (bandParts(item).stream().anyMatch(bareNote::contains)) {
                copied.add(item.id() + ": " + note);
            }
        }
        return copied;
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345-hotline-2026.json", "95598-utility-2026.json", "bank-card-center-2026.json"})
    void notesSayWhatTheAssessorSawInsteadOfCopyingABand(String name) throws Exception {
        assertEquals(List.of(), bandCopiedNotes(read("/assessment-items/samples/" + name)), name);
    }

    @org.junit.jupiter.api.Test
    void aNoteCopyingABandIsCaught() throws Exception {
        JsonNode sample = read("/assessment-items/samples/95598-utility-2026.json");
        AssessmentItem item = CATALOG.item(68).orElseThrow();
        for (JsonNode r : sample.get("ratings")) {
            if (r.get("item").asInt() == 68) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) r)
                        .put("note", "执行部分符合：" + item.guidance().partial().zh().split("；")[1]);
            }
        }
        List<String> copied = bandCopiedNotes(sample);
        assertEquals(1, copied.size(), copied.toString());
        assertTrue(copied.get(0).startsWith("68: "), copied.toString());
    }
}
