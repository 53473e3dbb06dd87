package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file read and written field by field is the file Jackson's data binding read and wrote before: byte for
 * byte on write, value for value on read, for seeded random settings (Chinese, quotes, control characters, NaN and
 * infinite window positions, logos); and no input makes reading fail other than with an {@link IOException}. Another
 * seed: {@code -Dccmm.settings.seed=N}.
 */
class SettingsJsonTest {

    private static final long SEED = Long.getLong("ccmm.settings.seed", 20261130L);

    /** How data binding was set up for the settings: indented, unknown fields ignored, {@code isEmpty} not written. */
    private static final ObjectMapper DATA_BINDING = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(BrandingDefaults.class, NotEmptyFlag.class);

    private abstract static class NotEmptyFlag {
        @JsonIgnore
        abstract boolean isEmpty();
    }

    private static final String[] WORDS = {
        "", "zh", "en", "LIGHT", "DARK", "/home/王芳/评估/2026 年度.ccmm", "C:\\Users\\li\\a \"b\".ccmm", "tab\there",
        "line\nbreak", "\u0000\u001f", "emoji 😀", "Acme 咨询", "#112233", "image/png", " spaced ", "ünïcödé"
    };

    @Test
    void writesTheBytesDataBindingWroteAndReadsWhatItRead() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            Settings s = randomSettings(random);
            String context = "seed " + SEED + ", case " + i + ": " + s;
            byte[] ours = SettingsJson.write(s);
            byte[] theirs = DATA_BINDING.writeValueAsBytes(s);
            assertEquals(new String(theirs, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8), context);
            assertEquals(s, SettingsJson.read(new ByteArrayInputStream(theirs)), context);
            assertEquals(s, DATA_BINDING.readValue(ours, Settings.class), context);
        }
    }

    @Test
    void missingNullAndUnknownFieldsAreReadAsDataBindingReadThem() throws IOException {
        String[] inputs = {
            "{}",
            "{\"language\":null,\"theme\":null,\"windowX\":null,\"maximized\":null,\"recentFiles\":null,"
                    + "\"brandingDefaults\":null}",
            "{\"later\":{\"a\":[1,{\"b\":2}]},\"language\":\"zh\",\"windowX\":\"NaN\",\"windowY\":\"-Infinity\","
                    + "\"windowWidth\":\"1200.5\",\"windowHeight\":7,\"maximized\":\"true\"}",
            "{\"brandingDefaults\":{\"consultancy\":\" Acme \",\"logo\":null,\"extra\":[true]},\"theme\":5}",
            "{\"recentFiles\":[],\"brandingDefaults\":{}} trailing",
        };
        for (String input : inputs) {
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            assertEquals(
                    DATA_BINDING.readValue(bytes, Settings.class),
                    SettingsJson.read(new ByteArrayInputStream(bytes)),
                    input);
        }
    }

    @Test
    void whatIsNotASettingsObjectIsRefusedAsInputThatCannotBeRead() {
        String[] inputs = {
            "",
            "[]",
            "null",
            "\"settings\"",
            "{\"language\":\"zh\"",
            "{\"recentFiles\":[\"/a\",null]}",
            "{\"recentFiles\":\"/a.ccmm\"}",
            "{\"windowX\":\"left\"}",
            "{\"maximized\":[]}",
            "{\"language\":{}}",
            "{\"brandingDefaults\":{\"logo\":\"not base64!\"}}",
            "{\"brandingDefaults\":[]}",
            "{,}"
        };
        for (String input : inputs) {
            assertThrows(
                    IOException.class,
                    () -> SettingsJson.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                    input);
        }
    }

    /**
     * Seeded mutations of real settings files (bytes changed, dropped, doubled, cut short): reading ends in settings or
     * an {@link IOException}, never anything else; where data binding also read settings, they are the same. The store
     * then gives the defaults for what cannot be read, and never changes the file.
     */
    @Test
    void mutatedFilesAreReadOrRefusedAndTheStoreNeverTouchesThem(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED + 1);
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = mutate(SettingsJson.write(randomSettings(random)), random);
            String context = "seed " + (SEED + 1) + ", case " + i + ": " + new String(bytes, StandardCharsets.UTF_8);
            Settings ours;
            try {
                ours = SettingsJson.read(new ByteArrayInputStream(bytes));
                read++;
            } catch (IOException e) {
                ours = null;
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError(context, e);
            }
            Settings theirs;
            try {
                theirs = DATA_BINDING.readValue(bytes, Settings.class);
            } catch (IOException | RuntimeException e) {
                theirs = null;
            }
            if (ours != null && theirs != null) {
                assertEquals(theirs, ours, context);
            }
            if (i % 10 == 0) {
                Files.write(file, bytes);
                Settings loaded = store.load();
                assertEquals(ours == null ? Settings.defaults() : ours, loaded, context);
                assertArrayEquals(bytes, Files.readAllBytes(file), context);
            }
        }
        if (read == 0 || refused == 0) {
            fail("the mutations should both keep and break files: " + read + " read, " + refused + " refused");
        }
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        List<Byte> out = new ArrayList<>();
        for (byte b : bytes) {
            out.add(b);
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(5)) {
                case 0 -> out.set(at, (byte) random.nextInt(256));
                case 1 -> out.remove(at);
                case 2 -> out.add(at, "{}[]\",:0-9nNe \\".getBytes(StandardCharsets.US_ASCII)[random.nextInt(15)]);
                case 3 -> out.subList(at, out.size()).clear();
                default -> out.add(at, out.get(random.nextInt(out.size())));
            }
        }
        byte[] result = new byte[out.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = out.get(k);
        }
        return result;
    }

    private static Settings randomSettings(Random random) {
        List<String> recent = new ArrayList<>();
        for (int k = random.nextInt(Settings.MAX_RECENT + 1); k > 0; k--) {
            recent.add(word(random) + k);
        }
        byte[] logo = new byte[random.nextBoolean() ? 0 : random.nextInt(300)];
        random.nextBytes(logo);
        BrandingDefaults branding = random.nextInt(3) == 0
                ? BrandingDefaults.NONE
                : new BrandingDefaults(word(random), logo, word(random), word(random));
        return new Settings(
                word(random),
                word(random),
                number(random),
                number(random),
                number(random),
                number(random),
                random.nextBoolean(),
                recent,
                branding);
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static double number(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> -0.0;
            case 3 -> random.nextInt(4000) - 500;
            case 4 -> Double.MIN_VALUE;
            case 5 -> Double.MAX_VALUE;
            default -> random.nextDouble() * 3000;
        };
    }
}
