package io.ccmm.catalogbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog workbook: the bundled catalog survives template and import unchanged; problems name sheet, row, column. */
class CatalogWorkbookTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CatalogBundle BUNDLED = CatalogLoader.bundled();

    @TempDir
    Path dir;

    private Path template(Language language) throws Exception {
        Path file = dir.resolve("catalog-" + language.code() + ".xlsx");
        CatalogTemplate.write(file, Optional.of(BUNDLED.catalog()), language);
        return file;
    }

    private static JsonNode bundledJson() throws Exception {
        try (InputStream in = CatalogWorkbookTest.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            return MAPPER.readTree(in);
        }
    }

    private static void assertSameAsBundled(CatalogWorkbookImport.Result result) throws Exception {
        assertEquals(bundledJson(), MAPPER.readTree(result.json()));
        // Written the way the bundled file is, the bundled text comes back with the very same digest.
        assertEquals(BUNDLED.catalog().sha256(), result.catalog().sha256());
        Catalog c = result.catalog();
        Catalog b = BUNDLED.catalog();
        assertEquals(b.id(), c.id());
        assertEquals(b.version(), c.version());
        assertEquals(b.title(), c.title());
        assertEquals(b.source(), c.source());
        assertEquals(b.ratingRule(), c.ratingRule());
        assertEquals(b.modules(), c.modules());
        assertEquals(b.levels(), c.levels());
        assertEquals(b.items().size(), c.items().size());
        for (int i = 0; i < b.items().size(); i++) {
            assertEquals(b.items().get(i), c.items().get(i), "item " + (i + 1));
        }
    }

    @Test
    void theBundledCatalogSurvivesTemplateAndImportInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            assertSameAsBundled(CatalogWorkbookImport.read(template(language), BUNDLED.rules()));
        }
    }

    private Path edit(Path file, java.util.function.Consumer<Workbook> change) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        change.accept(wb);
        Path out = dir.resolve("edited-" + System.nanoTime() + ".xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            wb.write(o);
        }
        wb.close();
        return out;
    }

    @Test
    void whatPeopleDoToSpreadsheetsIsTolerated() throws Exception {
        Path messy = edit(template(Language.EN), wb -> {
            Sheet items = wb.getSheet("Items");
            // Numbers as numbers and as full-width text, trailing spaces, an extra column, rows re-sorted.
            items.getRow(1).getCell(0).setCellValue(1);
            items.getRow(2).getCell(0).setCellValue("２");
            items.getRow(3).getCell(3).setCellValue(" 1 ");
            Cell title = items.getRow(5).getCell(4);
            title.setCellValue(title.getStringCellValue() + "   ");
            items.getRow(0).createCell(20).setCellValue("Our remarks");
            items.getRow(7).createCell(20).setCellValue("checked by legal");
            reverseRows(items);
            reverseRows(wb.getSheet("Evidence"));
            reverseRows(wb.getSheet("Areas"));
            Sheet levels = wb.getSheet("Levels");
            levels.getRow(2).getCell(0).setCellValue(2.0);
        });
        assertSameAsBundled(CatalogWorkbookImport.read(messy, BUNDLED.rules()));
    }

    /** Reverses the data rows of a sheet (row 1, the header, stays). */
    private static void reverseRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                Cell cell = row == null ? null : row.getCell(c);
                values.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
            }
            rows.add(values);
        }
        Collections.reverse(rows);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (v.isEmpty()) {
                    if (row.getCell(c) != null) {
                        row.removeCell(row.getCell(c));
                    }
                } else {
                    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellValue(v);
                }
            }
        }
    }

    @Test
    void problemsNameSheetRowAndColumnInBothLanguages() throws Exception {
        Path broken = edit(template(Language.EN), wb -> {
            Sheet items = wb.getSheet("Items");
            items.getRow(36).removeCell(items.getRow(36).getCell(10)); // item 36, partial band in Chinese
            items.getRow(9).getCell(3).setCellValue("high"); // item 9's level
            items.getRow(159).getCell(3).setCellValue("3"); // item 159 of module 5.0 below L4
        });
        BookException e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(broken, BUNDLED.rules()));
        List<String> en =
                e.problems().stream().map(p -> p.describe(Language.EN)).toList();
        assertEquals(List.of("sheet Items, row 10, column D (Level): \"high\" is not a whole number"), en);

        Path blank = edit(template(Language.EN), wb -> {
            Sheet items = wb.getSheet("Items");
            items.getRow(36).removeCell(items.getRow(36).getCell(10));
            items.getRow(159).getCell(3).setCellValue("3");
            wb.getSheet("Evidence").getRow(1).getCell(0).setCellValue("171");
        });
        e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(blank, BUNDLED.rules()));
        assertEquals(
                List.of("sheet Evidence, row 2, column A (Item): item 171 is not on sheet Items"),
                e.problems().stream().map(p -> p.describe(Language.EN)).toList());

        Path invalid = edit(template(Language.EN), wb -> {
            Sheet items = wb.getSheet("Items");
            items.getRow(37).removeCell(items.getRow(37).getCell(10));
            items.getRow(159).getCell(3).setCellValue("3");
        });
        e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(invalid, BUNDLED.rules()));
        assertEquals(
                List.of("sheet Items, row 38, column K (Partial (5), Chinese): empty"),
                e.problems().stream().map(p -> p.describe(Language.EN)).toList());
        assertEquals(
                List.of("工作表“条目”，第 38 行，K 列（部分符合（5），中文）：为空"),
                e.problems().stream()
                        .map(p -> p.describe(Language.ZH).replace("Items", "条目"))
                        .toList());

        Path pair = edit(
                template(Language.ZH),
                wb -> wb.getSheet("条目").getRow(159).getCell(3).setCellValue("3"));
        e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(pair, BUNDLED.rules()));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String zh = e.problems().get(0).describe(Language.ZH);
        assertTrue(zh.startsWith("工作表“条目”，第 160 行，D 列（等级）："), zh);
        assertTrue(zh.contains("其等级至少应为 4，而不是 3"), zh);
    }

    @Test
    void theEmptyTemplateNamesWhatIsMissing() throws Exception {
        Path empty = dir.resolve("empty.xlsx");
        CatalogTemplate.write(empty, Optional.empty(), Language.EN);
        BookException e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(empty, BUNDLED.rules()));
        List<String> all =
                e.problems().stream().map(p -> p.describe(Language.EN)).toList();
        assertTrue(all.contains("sheet Catalog, row 2, column B (Value): empty"), all.toString());
        assertTrue(all.contains("sheet Modules: at least one module is required"), all.toString());
        assertTrue(all.contains("sheet Levels, row 2, column B (Name (Chinese)): empty"), all.toString());
    }

    @Test
    void aMissingSheetOrColumnIsNamed() throws Exception {
        Path file = edit(template(Language.EN), wb -> {
            wb.removeSheetAt(wb.getSheetIndex("Evidence"));
            Row header = wb.getSheet("Items").getRow(0);
            header.removeCell(header.getCell(7));
        });
        BookException e = assertThrows(BookException.class, () -> CatalogWorkbookImport.read(file, BUNDLED.rules()));
        List<String> all =
                e.problems().stream().map(p -> p.describe(Language.EN)).toList();
        assertEquals(
                List.of(
                        "sheet Items, row 1: the column [requirement.en] is missing from the header row",
                        "the workbook has no sheet Evidence (or 证据); start from the template: ccmm catalog template"
                                + " -o catalog.xlsx"),
                all);
    }
}
