package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.catalog.CatalogLoader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccmm catalog template} and {@code ccmm catalog import}: the bundled catalog goes out and comes back equal; a
 * broken, damaged, huge or randomly edited workbook is exit 2 in words, never exit 1, and nothing is written.
 */
class CatalogWorkbookCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path bundledTemplate() {
        Path xlsx = dir.resolve("catalog.xlsx");
        CliTest.Result r =
                CliTest.run("catalog", "template", "--from", "bundled", "--lang", "en", "-o", xlsx.toString());
        assertEquals(0, r.exit(), r.err());
        return xlsx;
    }

    @Test
    void theBundledCatalogGoesOutAndComesBackEqual() throws Exception {
        Path xlsx = bundledTemplate();
        Path json = dir.resolve("out.json");
        CliTest.Result r = CliTest.run("catalog", "import", xlsx.toString(), "-o", json.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out().contains("catalog cc-cmm-oc-2025 version 2025.2-working written from the workbook"), r.out());
        assertTrue(r.out().contains("5 modules, 170 items"), r.out());
        try (InputStream in = getClass().getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            assertEquals(MAPPER.readTree(in), MAPPER.readTree(json.toFile()));
        }
        CliTest.Result valid = CliTest.run("catalog", "validate", json.toString(), "--lang", "zh");
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().contains("：有效的条目库 cc-cmm-oc-2025"), valid.out());
    }

    @Test
    void anEmptyTemplateAndAFilledOneFromAFile() throws Exception {
        Path empty = dir.resolve("empty.xlsx");
        CliTest.Result r = CliTest.run("catalog", "template", "-o", empty.toString(), "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("已写出空白条目库模板"), r.out());
        try (Workbook wb = new XSSFWorkbook(empty.toFile())) {
            assertEquals(
                    List.of("填写说明", "条目库", "模块", "领域", "等级", "条目", "证据"),
                    Stream.iterate(0, i -> i + 1)
                            .limit(wb.getNumberOfSheets())
                            .map(wb::getSheetName)
                            .toList());
            assertTrue(
                    wb.getSheet("条目").getRow(0).getCell(10).getStringCellValue().contains("[partial.zh]"));
        }
        Path json = dir.resolve("catalog.json");
        try (InputStream in = getClass().getResourceAsStream("/catalogs/small-catalog.json")) {
            Files.write(json, in.readAllBytes());
        }
        Path filled = dir.resolve("small.xlsx");
        r = CliTest.run("catalog", "template", "--from", json.toString(), "-o", filled.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("catalog workbook written with catalog"), r.out());

        r = CliTest.run(
                "catalog", "template", "--from", dir.resolve("nope.json").toString(), "-o", filled.toString());
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("nope.json"), r.err());
    }

    @Test
    void aBrokenWorkbookIsRefusedNamingTheCellAndWritesNothing() throws Exception {
        Path xlsx = edit(bundledTemplate(), wb -> {
            Sheet items = wb.getSheet("Items");
            items.getRow(37).removeCell(items.getRow(37).getCell(10));
            items.getRow(20).getCell(5).setCellValue("   ");
        });
        Path json = dir.resolve("out.json");
        Files.writeString(json, "previous");
        CliTest.Result en = CliTest.run("catalog", "import", xlsx.toString(), "-o", json.toString(), "--lang", "en");
        assertEquals(Cli.BAD_INPUT, en.exit());
        assertEquals("", en.out());
        assertTrue(en.err().contains("cannot become a catalog (2 problems); nothing was written"), en.err());
        assertTrue(en.err().contains("  sheet Items, row 21, column F (Title (English)): empty"), en.err());
        assertTrue(en.err().contains("  sheet Items, row 38, column K (Partial (5), Chinese): empty"), en.err());
        assertEquals("previous", Files.readString(json));

        CliTest.Result zh = CliTest.run("catalog", "import", xlsx.toString(), "-o", json.toString(), "--lang", "zh");
        assertEquals(Cli.BAD_INPUT, zh.exit());
        assertTrue(zh.err().contains("无法转换为条目库（2 个问题）；未写入任何内容"), zh.err());
        assertTrue(zh.err().contains("  工作表“Items”，第 38 行，K 列（部分符合（5），中文）：为空"), zh.err());
        assertEquals("previous", Files.readString(json));
        assertEquals(
                List.of("catalog.xlsx", "out.json", "edited.xlsx").stream()
                        .sorted()
                        .toList(),
                listing());
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path edit(Path file, Consumer<Workbook> change) throws Exception {
        Path out = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** Exit 2 with words and nothing written, or (for a harmless change) exit 0 with a valid catalog; never exit 1. */
    private void assertRefusedOrValid(Path xlsx, String what) throws Exception {
        Path json = dir.resolve("fuzz-out.json");
        Files.deleteIfExists(json);
        CliTest.Result r = CliTest.run("catalog", "import", xlsx.toString(), "-o", json.toString(), "--lang", "en");
        assertNotEquals(Cli.FAILURE, r.exit(), what + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), what + ": " + r.err());
        if (r.exit() == Cli.BAD_INPUT) {
            assertFalse(Files.exists(json), what + ": a refusal wrote " + json);
            assertTrue(r.err().startsWith("ccmm: "), what + ": " + r.err());
        } else {
            assertEquals(Cli.OK, r.exit(), what);
            assertEquals(0, CliTest.run("catalog", "validate", json.toString()).exit(), what);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                            .toList(),
                    what);
        }
    }

    @Test
    void damagedAndTruncatedWorkbooksAreRefusedInWords() throws Exception {
        byte[] good = Files.readAllBytes(bundledTemplate());
        Random random = new Random(20260301L);
        Path bad = dir.resolve("bad.xlsx");
        for (int round = 0; round < 16; round++) {
            byte[] bytes = Arrays.copyOf(good, good.length);
            if (round % 2 == 0) {
                bytes = Arrays.copyOf(bytes, random.nextInt(good.length));
            } else {
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            Files.write(bad, bytes);
            assertRefusedOrValid(bad, "round " + round);
        }
        Files.write(bad, new byte[0]);
        assertRefusedOrValid(bad, "empty file");
        Files.writeString(bad, "id,module\n1,1.0\n");
        assertRefusedOrValid(bad, "a CSV file");
        try (HSSFWorkbook old = new HSSFWorkbook();
                OutputStream o = Files.newOutputStream(bad)) {
            old.createSheet("Items");
            old.write(o);
        }
        CliTest.Result r = CliTest.run(
                "catalog", "import", bad.toString(), "-o", dir.resolve("x.json").toString(), "--lang", "en");
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx)"), r.err());
    }

    @Test
    void aHugeSheetIsRefusedWithoutReadingItWhole() throws Exception {
        Path huge = dir.resolve("huge.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (String name : List.of("Catalog", "Modules", "Areas", "Levels", "Items", "Evidence")) {
                Sheet s = wb.createSheet(name);
                s.createRow(0).createCell(0).setCellValue("[id]");
            }
            Sheet items = wb.getSheet("Items");
            for (int r = 1; r < 30_000; r++) {
                Row row = items.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(4).setCellValue("title " + r);
            }
            try (OutputStream o = Files.newOutputStream(huge)) {
                wb.write(o);
            }
            wb.dispose();
        }
        CliTest.Result r = CliTest.run(
                "catalog",
                "import",
                huge.toString(),
                "-o",
                dir.resolve("x.json").toString(),
                "--lang",
                "en");
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertTrue(
                r.err().contains("sheet Items: more than 10,000 rows")
                        || r.err().contains("sheet Items: more than 10000 rows"),
                r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void formulasAndRandomCellsNeverFailUnexpectedly() throws Exception {
        Path template = bundledTemplate();
        Random random = new Random(17L);
        String[] sheets = {"Catalog", "Modules", "Areas", "Levels", "Items", "Evidence"};
        for (int round = 0; round < 8; round++) {
            int seed = random.nextInt();
            Path xlsx = edit(template, wb -> {
                Random r = new Random(seed);
                for (int k = 0; k < 1 + r.nextInt(6); k++) {
                    Sheet s = wb.getSheet(sheets[r.nextInt(sheets.length)]);
                    int rowNum = r.nextInt(Math.max(1, s.getLastRowNum() + 3));
                    Row row = s.getRow(rowNum) == null ? s.createRow(rowNum) : s.getRow(rowNum);
                    var cell = row.createCell(r.nextInt(22));
                    switch (r.nextInt(7)) {
                        case 0 -> cell.setCellFormula("1/0");
                        case 1 -> cell.setCellFormula("A1&\"x\"");
                        case 2 -> cell.setCellValue(r.nextDouble() * 1e9);
                        case 3 -> cell.setCellValue(r.nextBoolean());
                        case 4 -> cell.setCellValue("");
                        case 5 -> cell.setCellValue("x".repeat(r.nextInt(30_000)));
                        default -> cell.setCellValue(Long.toString(r.nextLong(), 36) + " \u00A0");
                    }
                }
            });
            assertRefusedOrValid(xlsx, "seed " + seed);
        }
    }
}
