package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of filled questionnaires through {@code ccmm questionnaire-import}, in-process: damaged and cut-off
 * zip bytes, random values and formulas in answer cells, item numbers changed, a sheet of too many rows. No input may
 * give exit 1 or a Java message, and a refusal leaves the assessment file byte-identical. {@code
 * -Dccmm.qfuzz.seed=N -Dccmm.qfuzz.count=N} replay or widen a run.
 */
class QuestionnaireFuzzTest {

    private static final long SEED = Long.getLong("ccmm.qfuzz.seed", 20_261_130L);
    private static final int COUNT = Integer.getInteger("ccmm.qfuzz.count", 72);

    private static final Pattern INTERNALS =
            Pattern.compile("\\tat |Exception|Caused by|SQLITE|SQLite|io\\.ccmm\\.|java\\.|org\\.apache");

    private static final List<String> VALUES = List.of(
            "10",
            "5",
            "0",
            "7",
            "十",
            "五",
            "零",
            "十一",
            "１０",
            "５",
            " 10 ",
            "N/A",
            "不适用",
            "n/a",
            "",
            "-5",
            "1e1",
            "NaN",
            "Infinity",
            "0x0A",
            "10.5",
            "٥",
            "\u0000",
            "😀",
            "10\u00a0",
            "<script>",
            "&amp;",
            "9".repeat(60),
            "x".repeat(21_000));

    @TempDir
    Path dir;

    @Test
    void hostileWorkbooksGiveExitTwoNeverOneAndChangeNothing() throws Exception {
        Path master = QuestionnaireCommandsTest.newMaster(dir);
        Path q = dir.resolve("q.xlsx");
        assertEquals(
                0,
                CliTest.run("questionnaire", master.toString(), "--lang", "en", "-o", q.toString())
                        .exit());
        Path filled = QuestionnaireCommandsTest.fill(q, dir.resolve("filled.xlsx"), 5);
        byte[] valid = Files.readAllBytes(filled);
        Map<String, byte[]> entries = unzip(valid);
        byte[] pristine = Files.readAllBytes(master);
        Random random = new Random(SEED);
        Map<String, int[]> outcomes = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            String kind;
            byte[] input;
            switch (i % 6) {
                case 0 -> {
                    kind = "flipped bytes";
                    input = valid.clone();
                    for (int n = 1 + random.nextInt(12); n > 0; n--) {
                        input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> {
                    kind = "cut off";
                    input = Arrays.copyOf(valid, random.nextInt(valid.length));
                }
                case 2, 3 -> {
                    kind = "answer cells";
                    input = zip(withCells(entries, random, false));
                }
                case 4 -> {
                    kind = "formulas and item numbers";
                    input = zip(withCells(entries, random, true));
                }
                default -> {
                    kind = random.nextBoolean() ? "huge sheet" : "xml damage";
                    Map<String, byte[]> copy = new LinkedHashMap<>(entries);
                    String sheet = "xl/worksheets/sheet2.xml";
                    String xml = new String(copy.get(sheet), StandardCharsets.UTF_8);
                    if (kind.equals("huge sheet")) {
                        StringBuilder rows = new StringBuilder();
                        for (int r = 300; r < 300 + 21_000; r++) {
                            rows.append("<row r=\"")
                                    .append(r)
                                    .append("\"><c r=\"A")
                                    .append(r)
                                    .append("\"><v>1</v></c></row>");
                        }
                        xml = xml.replace("</sheetData>", rows + "</sheetData>");
                    } else {
                        int at = random.nextInt(xml.length());
                        xml = xml.substring(0, at) + "<<&"
                                + xml.substring(Math.min(xml.length(), at + random.nextInt(20)));
                    }
                    copy.put(sheet, xml.getBytes(StandardCharsets.UTF_8));
                    input = zip(copy);
                }
            }
            Path file = Files.write(dir.resolve("case-" + i + ".xlsx"), input);
            CliTest.Result r =
                    CliTest.run("questionnaire-import", file.toString(), "--into", master.toString(), "--lang", "en");
            String where = "seed " + SEED + ", case " + i + " (" + kind + "): exit " + r.exit() + ", " + r.err()
                    + "\ninput (base64): "
                    + Base64.getEncoder().encodeToString(input).substring(0, Math.min(200, input.length));
            if (r.exit() != 0 && r.exit() != 2) {
                fail(where);
            }
            if (INTERNALS.matcher(r.err()).find()) {
                fail("internals shown: " + where);
            }
            if (r.exit() == 2) {
                if (!Arrays.equals(pristine, Files.readAllBytes(master))) {
                    fail("a refusal changed the file: " + where);
                }
            } else {
                Files.write(master, pristine); // the next case starts from the same file
            }
            outcomes.computeIfAbsent(kind, k -> new int[2])[r.exit() == 0 ? 0 : 1]++;
            Files.delete(file);
        }
        StringBuilder summary = new StringBuilder("questionnaire fuzz, seed " + SEED + ":");
        outcomes.forEach((k, v) -> summary.append(String.format(" %s %d accepted / %d refused;", k, v[0], v[1])));
        System.out.println(summary);
        assertEquals(
                COUNT, outcomes.values().stream().mapToInt(v -> v[0] + v[1]).sum());
    }

    private static final Pattern ANSWER_CELL = Pattern.compile("<c r=\"([A-K])(\\d+)\"([^>]*?)(/>|>.*?</c>)");

    /** The entries with random values (or formulas, or other item numbers) in a few cells of the first module sheet. */
    private static Map<String, byte[]> withCells(Map<String, byte[]> entries, Random random, boolean formulas) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        String sheet = "xl/worksheets/sheet2.xml";
        String xml = new String(copy.get(sheet), StandardCharsets.UTF_8);
        int changes = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        Matcher m = ANSWER_CELL.matcher(xml);
        int last = 0;
        while (m.find()) {
            String col = m.group(1);
            int row = Integer.parseInt(m.group(2));
            boolean answer = "HIJK".contains(col) || (formulas && col.equals("A"));
            out.append(xml, last, m.start());
            if (row >= 4 && row < 40 && answer && changes > 0 && random.nextInt(8) == 0) {
                changes--;
                String ref = col + row;
                String style = m.group(3).replaceAll(" t=\"[^\"]*\"", "");
                if (col.equals("A")) {
                    out.append("<c r=\"")
                            .append(ref)
                            .append("\"")
                            .append(style)
                            .append("><v>")
                            .append(random.nextInt(400) - 100)
                            .append("</v></c>");
                } else if (formulas && random.nextBoolean()) {
                    out.append("<c r=\"")
                            .append(ref)
                            .append("\"")
                            .append(style)
                            .append("><f>5*2</f>")
                            .append(random.nextBoolean() ? "<v>10</v>" : "")
                            .append("</c>");
                } else {
                    String value = VALUES.get(random.nextInt(VALUES.size()))
                            .replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace("\u0000", "");
                    out.append("<c r=\"")
                            .append(ref)
                            .append("\"")
                            .append(style)
                            .append(" t=\"inlineStr\"><is><t>")
                            .append(value)
                            .append("</t></is></c>");
                }
            } else {
                out.append(m.group());
            }
            last = m.end();
        }
        out.append(xml.substring(last));
        copy.put(sheet, out.toString().getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
