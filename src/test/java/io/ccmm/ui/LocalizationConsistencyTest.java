package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.ui.common.FxmlView;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both bundles carry the same keys, and every %key used in FXML exists. */
class LocalizationConsistencyTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing in messages_zh_CN.properties");
        assertEquals(Set.of(), onlyZh, "keys missing in messages.properties");
    }

    @Test
    void noBlankValues() throws IOException {
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), name + ": " + key + " is blank");
            }
        }
    }

    @Test
    void everyFxmlKeyIsDefined() throws IOException {
        Properties en = bundle("messages.properties");
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (FxmlView view : FxmlView.values()) {
            String fxml;
            try (InputStream in = FxmlView.class.getResourceAsStream(view.resource())) {
                fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = key.matcher(fxml);
            while (m.find()) {
                seen++;
                if (!en.containsKey(m.group(1))) {
                    missing.add(view.resource() + ": %" + m.group(1));
                }
            }
        }
        assertTrue(seen > 0, "no FXML keys found");
        assertEquals(List.of(), missing);
    }
}
