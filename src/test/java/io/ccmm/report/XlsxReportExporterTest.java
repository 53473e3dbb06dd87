package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportExporterTest {

    static XSSFWorkbook xlsx(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportExporter().write(model, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void sheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = xlsx(SampleReport.model(Language.EN))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Levels", "Modules", "Items", "Path", "Actions"), names);
        }
        try (XSSFWorkbook wb = xlsx(SampleReport.model(Language.ZH))) {
            assertEquals("条目", wb.getSheetAt(3).getSheetName());
        }
    }

    @Test
    void itemsAreNumbersWithFrozenHeaderAndFilters() throws IOException {
        try (XSSFWorkbook wb = xlsx(SampleReport.model(Language.EN))) {
            XSSFSheet items = wb.getSheet("Items");
            assertEquals(170, items.getLastRowNum());
            Row first = items.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            for (int col : new int[] {3, 4, 5, 6}) {
                assertEquals(CellType.NUMERIC, first.getCell(col).getCellType(), "column " + col);
            }
            // Item 23 is unrated: C and F are empty, not "—" or 0.
            assertEquals("", items.getRow(23).getCell(4).getStringCellValue());

            PaneInformation pane = items.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("A1:J171", items.getCTWorksheet().getAutoFilter().getRef());

            XSSFSheet levels = wb.getSheet("Levels");
            assertEquals(CellType.NUMERIC, levels.getRow(3).getCell(4).getCellType());
            assertEquals(74.6, levels.getRow(3).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("NOT_MET", levels.getRow(3).getCell(3).getStringCellValue());
            assertTrue(levels.getPaneInformation().isFreezePane());
            assertTrue(levels.getCTWorksheet().isSetAutoFilter());

            XSSFSheet summary = wb.getSheet("Summary");
            boolean found = false;
            for (Row r : summary) {
                if (r.getCell(0).getStringCellValue().equals("Readiness level")) {
                    assertEquals(CellType.NUMERIC, r.getCell(1).getCellType());
                    assertEquals(2.0, r.getCell(1).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralized() throws IOException {
        try (XSSFWorkbook wb = xlsx(SampleReport.model(Language.ZH))) {
            XSSFSheet items = wb.getSheetAt(3);
            assertEquals(
                    "'" + SampleReport.FORMULA_NOTE, items.getRow(34).getCell(7).getStringCellValue());
            assertEquals("'+1 追加说明：2026-01 起试行", items.getRow(51).getCell(7).getStringCellValue());
            for (Row r : items) {
                r.forEach(c -> assertTrue(c.getCellType() != CellType.FORMULA));
            }
            XSSFSheet actions = wb.getSheetAt(5);
            assertTrue(actions.getRow(3).getCell(1).getStringCellValue().startsWith("'-"));
        }
    }
}
