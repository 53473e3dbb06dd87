package io.ccmm.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ccmm.testdata.BundlePair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese sentences take full-width punctuation (，；：（）！？): a half-width comma or bracket next to a Chinese
 * character reads as a typing slip to a Chinese user. Picocli's exit-code list keeps its own "code:text" separator.
 */
class ChinesePunctuationTest {

    /** A half-width mark right after or right before a Chinese character or a Chinese quotation mark. */
    private static final Pattern HALF_WIDTH_BESIDE_CHINESE =
            Pattern.compile("[\\p{IsHan}“”][,;:()!?]|[,;:()!?][\\p{IsHan}“”]");

    @Test
    void chineseMessagesUseFullWidthPunctuation() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_zh_CN.properties"))
                    .map(n -> n.substring(0, n.length() - "_zh_CN.properties".length()))
                    .sorted()
                    .toList();
        }
        assertFalse(names.isEmpty(), "the bundles were found");
        List<String> slips = new ArrayList<>();
        for (String name : names) {
            Properties zh = BundlePair.load(name).zh();
            for (String key : zh.stringPropertyNames()) {
                if (key.startsWith("usage.exitCodeList")) {
                    continue;
                }
                String text = zh.getProperty(key);
                if (HALF_WIDTH_BESIDE_CHINESE.matcher(text).find()) {
                    slips.add(name + ": " + key + "=" + text);
                }
            }
        }
        assertEquals(List.of(), slips.stream().sorted().toList());
    }
}
