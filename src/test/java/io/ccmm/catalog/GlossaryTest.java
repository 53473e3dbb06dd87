package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog, the screen and command-line bundles and the report texts use the glossary's terms
 * ({@code assessment-items/glossary.json}): no variant it lists, "AI agent" only where the Chinese says 智能体, US
 * spelling.
 */
class GlossaryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** A text in both languages and where it comes from. */
    record Text(String where, String zh, String en) {}

    /** One variant not to use, with the phrases it may appear inside (the preferred term among them). */
    record Variant(String term, String variant, boolean english, List<String> allowedAround) {}

    /** The rules read from glossary.json. */
    record Glossary(List<Variant> variants, Map<String, String> pairedOnly) {

        static Glossary read(JsonNode root) {
            List<Variant> variants = new ArrayList<>();
            Map<String, String> paired = new java.util.LinkedHashMap<>();
            for (JsonNode term : root.get("terms")) {
                String id = term.get("id").asText();
                if (term.path("pairedOnly").asBoolean(false)) {
                    paired.put(term.get("en").asText(), term.get("zh").asText());
                }
                for (String lang : List.of("zh", "en")) {
                    List<String> allowed = new ArrayList<>();
                    String preferred = term.get(lang).asText();
                    allowed.add(preferred);
                    int paren = preferred.indexOf(" (");
                    if (paren > 0) {
                        allowed.add(preferred.substring(0, paren));
                    }
                    term.path("allow").path(lang).forEach(a -> allowed.add(a.asText()));
                    for (JsonNode v : term.path("avoid").path(lang)) {
                        variants.add(new Variant(id, v.asText(), lang.equals("en"), List.copyOf(allowed)));
                    }
                }
            }
            for (JsonNode rule : root.path("spelling").path("en-US")) {
                String use = rule.get("use").asText();
                for (JsonNode v : rule.get("avoid")) {
                    variants.add(new Variant("US spelling: " + use, v.asText(), true, List.of(use)));
                }
            }
            return new Glossary(List.copyOf(variants), Map.copyOf(paired));
        }

        /** Every use of a listed variant in the texts, as "where: [term] found 'variant' in: …". */
        List<String> violations(List<Text> texts) {
            List<String> found = new ArrayList<>();
            for (Text t : texts) {
                for (Variant v : variants) {
                    String s = v.english() ? t.en() : t.zh();
                    if (s != null && uses(s, v)) {
                        found.add(t.where() + ": [" + v.term() + "] uses \"" + v.variant() + "\" in: " + shorten(s));
                    }
                }
                for (Map.Entry<String, String> p : pairedOnly.entrySet()) {
                    if (t.en() != null
                            && wordStarts(t.en(), p.getKey())
                            && (t.zh() == null || !t.zh().contains(p.getValue()))) {
                        found.add(t.where() + ": \"" + p.getKey() + "\" is reserved for " + p.getValue()
                                + ", which the Chinese text does not say: " + shorten(t.en()));
                    }
                }
            }
            return found;
        }

        private static boolean uses(String text, Variant v) {
            String hay = v.english() ? text.toLowerCase(Locale.ROOT) : text;
            String needle = v.english() ? v.variant().toLowerCase(Locale.ROOT) : v.variant();
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                int end = i + needle.length();
                if (v.english()
                        && ((i > 0 && Character.isLetter(hay.charAt(i - 1)))
                                || (end < hay.length() && Character.isLetter(hay.charAt(end))))) {
                    continue; // English variants count as whole words only
                }
                if (!insideAllowed(hay, i, needle, v)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean insideAllowed(String hay, int at, String needle, Variant v) {
            for (String allowed : v.allowedAround()) {
                String a = v.english() ? allowed.toLowerCase(Locale.ROOT) : allowed;
                for (int k = a.indexOf(needle); k >= 0; k = a.indexOf(needle, k + 1)) {
                    int start = at - k;
                    if (start >= 0 && hay.startsWith(a, start)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean wordStarts(String text, String term) {
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                    return true;
                }
            }
            return false;
        }

        private static String shorten(String s) {
            return s.length() <= 120 ? s : s.substring(0, 117) + "...";
        }
    }

    static Glossary glossary() throws IOException {
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/assessment-items/glossary.json")) {
            assertNotNull(in, "the glossary ships with the catalog");
            return Glossary.read(MAPPER.readTree(in));
        }
    }

    /** Every {zh, en} pair of the bundled catalog file, named by its JSON path. */
    static List<Text> catalogTexts() throws IOException {
        try (InputStream in = GlossaryTest.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            List<Text> texts = new ArrayList<>();
            collect(MAPPER.readTree(in), "catalog", texts);
            return texts;
        }
    }

    private static void collect(JsonNode node, String where, List<Text> out) {
        if (node.isObject() && node.path("zh").isTextual() && node.path("en").isTextual()) {
            out.add(new Text(where, node.get("zh").asText(), node.get("en").asText()));
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = node.has("id") ? "(" + node.get("id").asText() + ")" : "";
                collect(e.getValue(), where + id + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]", out);
            }
        }
    }

    /** Every message of every bundle pair under src/main/resources/i18n (screens, command line, reports), by key. */
    static List<Text> bundleTexts() throws IOException {
        List<Text> texts = new ArrayList<>();
        List<Path> english;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            english = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_zh"))
                    .sorted()
                    .toList();
        }
        assertFalse(english.isEmpty(), "no bundles under " + BUNDLES.toAbsolutePath());
        for (Path en : english) {
            String base = en.getFileName().toString().replace(".properties", "");
            Properties enText = load(en);
            Properties zhText = load(BUNDLES.resolve(base + "_zh_CN.properties"));
            TreeSet<String> keys = new TreeSet<>(enText.stringPropertyNames());
            keys.addAll(zhText.stringPropertyNames());
            for (String key : keys) {
                texts.add(new Text(base + ":" + key, zhText.getProperty(key), enText.getProperty(key)));
            }
        }
        return texts;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void theBundledCatalogUsesTheGlossaryTerms() throws IOException {
        List<Text> texts = catalogTexts();
        assertTrue(texts.size() > 170 * 8, "read " + texts.size() + " catalog texts");
        assertEquals(List.of(), glossary().violations(texts));
    }

    @Test
    void theScreenCommandLineAndReportBundlesUseTheGlossaryTerms() throws IOException {
        List<Text> texts = bundleTexts();
        assertTrue(texts.stream().anyMatch(t -> t.where().startsWith("report:")), "the report texts are checked");
        assertEquals(List.of(), glossary().violations(texts));
    }

    @Test
    void theCheckFindsVariantsAndLeavesThePreferredTermsAlone() throws IOException {
        Glossary g = glossary();
        List<String> found = g.violations(List.of(
                new Text("a", "组长接听后转交", "The team lead took the call"),
                new Text("b", "班组长与座席", "The team leader and the agent"),
                new Text("c", "智能客服", "AI agents answer first"),
                new Text("d", "智能体先行办理", "AI agents act first"),
                new Text("e", "单次接触成本", "cost per contact in the contact centre"),
                new Text("f", "话后处理", "Interactive voice response and after-call work")));
        assertEquals(
                List.of(
                        "a:team-leader:组长",
                        "a:team-leader:team lead",
                        "c:AI agent",
                        "e:contact:接触",
                        "e:contact-center:contact centre",
                        "e:centre"),
                found.stream().map(GlossaryTest::summary).toList(),
                String.join("\n", found));
    }

    private static String summary(String violation) {
        String where = violation.substring(0, violation.indexOf(':'));
        if (violation.contains("is reserved for")) {
            return where + ":AI agent";
        }
        String term = violation.substring(violation.indexOf('[') + 1, violation.indexOf(']'));
        String variant = violation.substring(violation.indexOf("uses \"") + 6, violation.indexOf("\" in:"));
        return term.startsWith("US spelling") ? where + ":" + variant : where + ":" + term + ":" + variant;
    }
}
