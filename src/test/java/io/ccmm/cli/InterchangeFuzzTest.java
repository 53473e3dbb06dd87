package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded structured fuzzing of the interchange JSON through the real command-line entry point, in-process: every
 * mutated input goes into {@code score}, into {@code import} of an existing {@code .ccmm} and into {@code import} of a
 * new path. No input may give exit 1 or a Java message on stderr, and a refusal changes no file and leaves nothing
 * behind. {@code -Dccmm.fuzz.seed=N} and {@code -Dccmm.fuzz.count=N} replay or widen a run; a failure prints the seed,
 * the case and the input in base64.
 */
class InterchangeFuzzTest {

    private static final long SEED = Long.getLong("ccmm.fuzz.seed", 20_260_301L);
    private static final int COUNT = Integer.getInteger("ccmm.fuzz.count", 2_000);
    /**
     * An input that {@code score} accepts is also imported (into the existing file and a new path) for one in this many:
     * each accepted import writes a real SQLite file and costs as much as a hundred refusals. Every refused input is
     * imported both ways. {@code -Dccmm.fuzz.acceptedImportEvery=1} imports them all.
     */
    private static final int ACCEPTED_IMPORT_EVERY = Integer.getInteger("ccmm.fuzz.acceptedImportEvery", 8);

    /** What must never reach a user: stack traces, Java and library internals, SQL. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\tat |Exception|Caused by|\\[Source:|StreamReadFeature|SQLITE|SQLite|no such table|io\\.ccmm\\.|java\\.|com\\.fasterxml");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();
    private long started;

    @Test
    void hostileInterchangeNeverFailsUnexpectedlyAndRefusalsChangeNothing() throws Exception {
        byte[] base;
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/samples/12345-hotline-2026.json")) {
            base = in.readAllBytes();
        }
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path existingDir = Files.createDirectories(dir.resolve("existing"));
        Path newDir = Files.createDirectories(dir.resolve("new"));
        Path existing = existingDir.resolve("center.ccmm");
        Path baseFile = Files.write(inputs.resolve("base.json"), base);
        CliTest.Result first =
                CliTest.run("import", baseFile.toString(), "--into", existing.toString(), "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        byte[] pristine = Files.readAllBytes(existing);
        String pristineHash = sha256(existing);
        List<String> pristineListing = listing(existingDir);
        int accepted = 0;

        Random seeds = new Random(SEED);
        for (int i = 0; i < COUNT; i++) {
            long caseSeed = seeds.nextLong();
            byte[] input = new Mutator(new Random(caseSeed), base).mutate();
            Path file = Files.write(inputs.resolve("case.json"), input);
            String replay = "seed " + SEED + ", case " + i + " (case seed " + caseSeed + "), input base64 "
                    + Base64.getEncoder().encodeToString(input.length > 4096 ? head(input) : input)
                    + (input.length > 4096 ? " (first 4096 of " + input.length + " bytes)" : "");
            count("inputs");
            started = System.nanoTime();

            CliTest.Result score = CliTest.run("score", file.toString(), "--lang", i % 2 == 0 ? "en" : "zh");
            check("score", score, replay);
            if (score.exit() == Cli.OK && accepted++ % ACCEPTED_IMPORT_EVERY != 0) {
                count("accepted, import not repeated");
                continue;
            }

            CliTest.Result intoExisting = CliTest.run("import", file.toString(), "--into", existing.toString());
            check("import-existing", intoExisting, replay);
            if (intoExisting.exit() == Cli.BAD_INPUT) {
                assertEquals(pristineHash, sha256(existing), "a refused import changed the file; " + replay);
                assertEquals(pristineListing, listing(existingDir), "a refused import left files; " + replay);
            } else {
                Files.write(existing, pristine); // the next case starts from the same file
            }

            Path fresh = newDir.resolve("new-" + i + ".ccmm");
            CliTest.Result intoNew = CliTest.run("import", file.toString(), "--into", fresh.toString());
            check("import-new", intoNew, replay);
            if (intoNew.exit() == Cli.BAD_INPUT) {
                assertEquals(List.of(), listing(newDir), "a refused import into a new path left files; " + replay);
            } else {
                try (Stream<Path> left = Files.list(newDir)) {
                    for (Path p : left.toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        System.out.println("interchange fuzz: seed " + SEED + ", " + counts + ", time " + millis);
        assertEquals(COUNT, counts.get("inputs"));
    }

    private void check(String command, CliTest.Result r, String replay) {
        count(command + " exit " + r.exit());
        millis.merge(command + " " + r.exit() + " ms", (System.nanoTime() - started) / 1_000_000, Long::sum);
        started = System.nanoTime();
        if (r.exit() != Cli.OK && r.exit() != Cli.BAD_INPUT) {
            fail(command + " gave exit " + r.exit() + ": " + r.err() + "; " + replay);
        }
        if (INTERNALS.matcher(r.err()).find()) {
            fail(command + " printed internals: " + r.err() + "; " + replay);
        }
        if (r.exit() == Cli.BAD_INPUT && (r.err().isBlank() || r.err().lines().count() > 3)) {
            fail(command + " refused without one clear message: " + r.err() + "; " + replay);
        }
    }

    private void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static byte[] head(byte[] input) {
        return Arrays.copyOf(input, 4096);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** One to three mutations of a valid assessment: of its tree, of its text, or of its bytes. */
    private static final class Mutator {

        private static final String[] NUMBERS = {
            "4294967297",
            "4294967299",
            "4294967306",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551623",
            "-1",
            "0",
            "1",
            "5",
            "10",
            "170",
            "171",
            "10.0",
            "1e1",
            "1E1",
            "-0",
            "0.5",
            "1e400",
            "-1e400",
            "1" + "0".repeat(99),
            "9".repeat(101),
            "7".repeat(5000)
        };
        private static final String[] TEXTS = {
            "",
            " ",
            "+12026-03-01",
            "2026-02-30",
            "2026-3-1",
            "12026-03-01",
            "-2026-03-01",
            "2026-03-01",
            "ccmm-assessment",
            "cc-cmm-oc-2025",
            "\\ud800",
            "a\\udc00b",
            "\\ud83d\\ude00",
            "\\u0000",
            "政务热线",
            "\u202e\u0000",
            "10",
            "null",
            "<script>",
            "'; drop table rating; --",
            "=cmd|' /C calc'!A0"
        };

        private final Random random;
        private final byte[] base;

        Mutator(Random random, byte[] base) {
            this.random = random;
            this.base = base;
        }

        byte[] mutate() throws IOException {
            int kind = random.nextInt(100);
            if (kind < 55) {
                ObjectNode root = (ObjectNode) MAPPER.readTree(base);
                int n = 1 + random.nextInt(3);
                Duplicate duplicate = null;
                for (int i = 0; i < n; i++) {
                    duplicate = mutateTree(root, duplicate);
                }
                return Json.write(root, duplicate, random.nextBoolean()).getBytes(StandardCharsets.UTF_8);
            }
            if (kind < 60) {
                return validVariant();
            }
            return mutateBytes();
        }

        /** A valid assessment with other valid ratings, so that accepted inputs are exercised too. */
        private byte[] validVariant() throws IOException {
            ObjectNode root = (ObjectNode) MAPPER.readTree(base);
            ArrayNode ratings = (ArrayNode) root.get("ratings");
            int[] points = {0, 5, 10};
            for (JsonNode r : ratings) {
                if (random.nextInt(4) == 0) {
                    ((ObjectNode) r).put("c", points[random.nextInt(3)]);
                }
                if (random.nextInt(8) == 0) {
                    ((ObjectNode) r).remove("f");
                }
                if (random.nextInt(20) == 0) {
                    ((ObjectNode) r).put("note", "评".repeat(random.nextInt(20_001)));
                }
            }
            if (random.nextBoolean()) {
                root.put("unknownField", "ignored");
            }
            return Json.write(root, null, random.nextBoolean()).getBytes(StandardCharsets.UTF_8);
        }

        private Duplicate mutateTree(ObjectNode root, Duplicate duplicate) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            int op = random.nextInt(10);
            if (target instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (op) {
                    case 0 -> object.remove(name);
                    case 1 -> {
                        return new Duplicate(object, name, hostileValue());
                    }
                    default -> object.set(name, hostileValue());
                }
                return duplicate;
            }
            if (target instanceof ArrayNode array && array.size() > 0) {
                int at = random.nextInt(array.size());
                switch (op) {
                    case 0 -> array.remove(at);
                    case 1 -> array.add(array.get(at).deepCopy()); // the same item twice
                    case 2 -> {
                        for (int i = 0, n = random.nextBoolean() ? 10_001 : 200; i < n; i++) {
                            array.add(array.get(i % array.size()).deepCopy());
                        }
                    }
                    default -> array.set(at, hostileValue());
                }
            }
            return duplicate;
        }

        private static void collect(JsonNode node, List<JsonNode> into) {
            if (node.isContainerNode()) {
                into.add(node);
                for (JsonNode child : node) {
                    collect(child, into);
                }
            }
        }

        private JsonNode hostileValue() {
            return switch (random.nextInt(9)) {
                case 0, 1, 2 -> number(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 3 -> NODES.rawValueNode(new RawValue("\"" + TEXTS[random.nextInt(TEXTS.length)] + "\""));
                case 4 -> NODES.textNode("x".repeat(new int[] {20_000, 20_001, 100_000, 1_000_001}[random.nextInt(4)]));
                case 5 -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
                case 6 -> {
                    int depth = new int[] {20, 40, 3000, 100_000}[random.nextInt(4)];
                    yield NODES.rawValueNode(new RawValue("[".repeat(depth) + "]".repeat(depth)));
                }
                case 7 -> NODES.objectNode().put("item", random.nextInt(200) - 10);
                default -> NODES.arrayNode().add(1).add("two");
            };
        }

        private static JsonNode number(String text) {
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                return NODES.rawValueNode(new RawValue(text));
            }
            return NODES.numberNode(new BigInteger(text));
        }

        private byte[] mutateBytes() {
            byte[] text = base.clone();
            return switch (random.nextInt(7)) {
                case 0 -> Arrays.copyOf(text, random.nextInt(text.length)); // truncated
                case 1 -> {
                    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                        text[random.nextInt(text.length)] = (byte) random.nextInt(256);
                    }
                    yield text;
                }
                case 2 -> {
                    byte[][] bad = {
                        {(byte) 0xC0, (byte) 0xAF},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xE6, (byte) 0x9F},
                        {(byte) 0x80},
                        {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
                        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        {(byte) 0xFF}
                    };
                    yield insert(text, bad[random.nextInt(bad.length)]);
                }
                case 3 -> {
                    String[] charsets = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE", "UTF-32"};
                    yield new String(text, StandardCharsets.UTF_8)
                            .getBytes(Charset.forName(charsets[random.nextInt(charsets.length)]));
                }
                case 4 -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    out.writeBytes(text);
                    yield out.toByteArray();
                }
                case 5 -> {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    yield random.nextBoolean() ? noise : new byte[] {0, 0, 0, '{', 0x7f, 0x7f, 0x7f, 0x7f};
                }
                default -> insert(text, new byte[] {(byte) random.nextInt(32)});
            };
        }

        private byte[] insert(byte[] text, byte[] bytes) {
            int at = random.nextInt(text.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(text, 0, at);
            out.writeBytes(bytes);
            out.write(text, at, text.length - at);
            return out.toByteArray();
        }
    }

    /** A key written twice in one object: a tree cannot hold it, so the writer adds it. */
    private record Duplicate(ObjectNode object, String name, JsonNode value) {}

    /** Writes a tree as JSON text, adding the duplicate key where asked. */
    private static final class Json {

        static String write(JsonNode root, Duplicate duplicate, boolean pretty) {
            StringBuilder out = new StringBuilder();
            write(root, duplicate, pretty ? "\n" : "", out);
            return out.toString();
        }

        private static void write(JsonNode node, Duplicate duplicate, String newline, StringBuilder out) {
            if (node instanceof ObjectNode object) {
                out.append('{').append(newline);
                boolean first = true;
                if (duplicate != null && duplicate.object() == object) {
                    out.append(MAPPER.valueToTree(duplicate.name()).toString()).append(':');
                    write(duplicate.value(), duplicate, newline, out);
                    first = false;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.append(first ? "" : ",").append(newline);
                    out.append(NODES.textNode(e.getKey()).toString()).append(':');
                    write(e.getValue(), duplicate, newline, out);
                    first = false;
                }
                out.append(newline).append('}');
            } else if (node instanceof ArrayNode array) {
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(array.get(i), duplicate, newline, out);
                }
                out.append(']');
            } else if (node.isBigDecimal()) {
                out.append(((BigDecimal) node.numberValue()).toPlainString());
            } else {
                out.append(node.toString());
            }
        }
    }
}
