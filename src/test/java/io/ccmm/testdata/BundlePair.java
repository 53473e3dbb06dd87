package io.ccmm.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** An English bundle under {@code /i18n/} and its Chinese twin, with the checks every such pair must pass. */
public record BundlePair(String name, Properties en, Properties zh) {

    /** Loads {@code /i18n/NAME.properties} and {@code /i18n/NAME_zh_CN.properties} as UTF-8. */
    public static BundlePair load(String name) throws IOException {
        return new BundlePair(name, read(name + ".properties"), read(name + "_zh_CN.properties"));
    }

    private static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlePair.class.getResourceAsStream("/i18n/" + file)) {
            assertNotNull(in, "bundle missing: /i18n/" + file);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Both languages have the same keys, no blank value, and no apostrophe (MessageFormat would read it as a quote). */
    public void assertComplete() {
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "missing in " + name + "_zh_CN.properties");
        assertEquals(Set.of(), onlyZh, "missing in " + name + ".properties");
        List<String> blank = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Properties p : List.of(en, zh)) {
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).isBlank()) {
                    blank.add(key);
                }
                if (p.getProperty(key).contains("'")) {
                    quotes.add(key);
                }
            }
        }
        assertEquals(List.of(), blank, "blank texts in " + name);
        assertEquals(List.of(), quotes, "apostrophes in " + name);
    }

    public Set<String> keys() {
        return en.stringPropertyNames();
    }
}
