package io.ccmm.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.report.LevelStatus;
import io.ccmm.report.ReportText;
import io.ccmm.scoring.ReadinessStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every readiness status word comes from one place: {@code i18n/readiness*.properties}. */
class ReadinessVocabularyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void oneWordPerStatusAndLanguage() {
        for (Language language : Language.values()) {
            Set<String> words = new HashSet<>();
            for (ReadinessStatus s : ReadinessStatus.values()) {
                words.add(ReadinessVocabulary.status(s, language));
            }
            words.add(ReadinessVocabulary.belowLevelOne(language));
            assertEquals(ReadinessStatus.values().length + 1, words.size(), "distinct words in " + language);
        }
        assertEquals("未达 L1", ReadinessVocabulary.belowLevelOne(Language.ZH));
        assertEquals("Below L1", ReadinessVocabulary.belowLevelOne(Language.EN));
        assertNotEquals(
                ReadinessVocabulary.status(ReadinessStatus.NOT_MET, Language.ZH),
                ReadinessVocabulary.status(ReadinessStatus.NOT_MET, Language.EN));
    }

    @Test
    void reportsUseTheSameWords() {
        for (Language language : Language.values()) {
            ReportText report = ReportText.of(language);
            for (LevelStatus s : LevelStatus.values()) {
                assertEquals(ReadinessVocabulary.status(s.name(), language), report.status(s));
            }
            assertEquals(ReadinessVocabulary.belowLevelOne(language), report.belowLevelOne());
        }
    }

    /** No other bundle defines a status word again: neither the keys nor the words themselves as a whole value. */
    @Test
    void noOtherBundleCarriesAStatusWord() throws IOException {
        Set<String> words = new HashSet<>();
        for (Language language : Language.values()) {
            for (ReadinessStatus s : ReadinessStatus.values()) {
                words.add(ReadinessVocabulary.status(s, language));
            }
            words.add(ReadinessVocabulary.belowLevelOne(language));
        }
        words.add("未达到 L1");
        words.add("评分未完成");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                if (file.getFileName().toString().startsWith("readiness")) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key).trim();
                    if (words.contains(value)
                            || key.matches("(.*\\.)?status\\.(ACHIEVED|NOT_MET|INCOMPLETE)")
                            || key.matches("(.*\\.)?level\\.none")) {
                        found.add(file.getFileName() + ": " + key + "=" + value);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "status words outside readiness.properties: " + found);
    }
}
