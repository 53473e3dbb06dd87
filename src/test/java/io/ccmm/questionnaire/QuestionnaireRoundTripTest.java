package io.ccmm.questionnaire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.ItemValue;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questionnaire out, filled by code the ways people fill spreadsheets, answers in: the ratings arrive, refusals name the place. */
class QuestionnaireRoundTripTest {

    @TempDir
    Path dir;

    Path master;
    long roundId;
    final Catalog catalog = CatalogLoader.bundled().catalog();

    @BeforeEach
    void newMaster() throws Exception {
        master = dir.resolve("master.ccmm");
        try (AssessmentFile f = AssessmentFile.create(
                master, new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7)))) {
            Round r = f.createRound(new RoundInfo("2026 自评", "2026-03-01", List.of("组长"), OptionalInt.of(3)));
            roundId = r.id();
            f.saveRating(roundId, Rating.of(9, Rate.PARTIAL, Rate.PARTIAL));
            f.saveRating(roundId, Rating.of(7, Rate.FULL, Rate.FULL));
        }
    }

    Path export(String name, Language lang, Optional<String> modules, String assessor, boolean prefill)
            throws Exception {
        Path out = dir.resolve(name);
        Questionnaires.export(
                master,
                new Questionnaires.Request(OptionalLong.empty(), modules, Optional.empty(), assessor, lang, prefill),
                out);
        return out;
    }

    int firstItemOf(String module) {
        return catalog.itemsOf(module).get(0).id();
    }

    @Test
    void theWorkbookHasInstructionsModuleSheetsLockedCellsDropDownsAndAVeryHiddenIdentity() throws Exception {
        Path q = export("q.xlsx", Language.ZH, Optional.empty(), "质量部", false);
        try (InputStream in = Files.newInputStream(q);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("填写说明", book.getSheetName(0));
            assertEquals(7, book.getNumberOfSheets(), "instructions, five modules, identity");
            assertEquals("1.0 设计与规划", book.getSheetName(1));
            int identity = book.getSheetIndex(QuestionnaireIdentity.SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(identity));
            XSSFSheet sheet = book.getSheetAt(1);
            assertTrue(sheet.getProtect(), "module sheets are protected");
            Row header = sheet.getRow(QuestionnaireWorkbook.HEADER_ROW);
            assertEquals("编号", header.getCell(0).getStringCellValue());
            assertEquals("C 分（方法）", header.getCell(Filling.C).getStringCellValue());
            Row first = sheet.getRow(QuestionnaireWorkbook.HEADER_ROW + 1);
            assertEquals(1, (int) first.getCell(0).getNumericCellValue());
            assertTrue(first.getCell(1).getCellStyle().getLocked(), "the title is locked");
            for (int col : new int[] {Filling.C, Filling.F, Filling.JUSTIFICATION, Filling.NOTE}) {
                assertFalse(first.getCell(col).getCellStyle().getLocked(), "answer cell " + col + " is open");
            }
            assertEquals(2, sheet.getDataValidations().size(), "C and F have drop-downs");
            List<String> choices = List.of(
                    sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues());
            assertEquals(List.of("10", "5", "0", "不适用"), choices);
            int rows = 0;
            for (int s = 1; s <= 5; s++) {
                rows += book.getSheetAt(s).getLastRowNum() - QuestionnaireWorkbook.HEADER_ROW;
            }
            assertEquals(catalog.items().size(), rows, "a row per item");
        }
    }

    @Test
    void messyAnswersArriveAsRatings() throws Exception {
        Path q = export("q.xlsx", Language.ZH, Optional.empty(), "质量部 王五", false);
        int m2 = firstItemOf("2.0");
        int m3 = firstItemOf("3.0");
        int m4 = firstItemOf("4.0");
        Map<Integer, ItemValue> expected = new HashMap<>();
        Path filled = Filling.edit(q, dir.resolve("filled.xlsx"), book -> {
            Filling.text(book, 1, Filling.C, "10");
            Filling.number(book, 1, Filling.F, 5);
            Filling.text(book, 2, Filling.C, "十");
            Filling.text(book, 2, Filling.F, "五");
            Filling.text(book, 3, Filling.C, "零");
            Filling.text(book, 3, Filling.F, "１０");
            Filling.text(book, 4, Filling.C, "5 ");
            Filling.text(book, 4, Filling.F, " 0\u3000");
            Filling.text(book, 5, Filling.C, "N/A");
            Filling.text(book, 5, Filling.JUSTIFICATION, "本中心无此业务");
            Filling.text(book, 6, Filling.C, "不适用");
            Filling.text(book, 6, Filling.F, "不适用 ");
            Filling.text(book, 6, Filling.JUSTIFICATION, "不涉及");
            Filling.number(book, 7, Filling.C, 10);
            Filling.number(book, 7, Filling.F, 10);
            Filling.text(book, 8, Filling.C, "５");
            Filling.text(book, 8, Filling.NOTE, "制度在修订中");
            Filling.text(book, m2, Filling.C, "n/a");
            Filling.text(book, m2, Filling.JUSTIFICATION, "not offered");
            Filling.text(book, m3, Filling.C, "10.0");
            Filling.text(book, m3, Filling.F, "0");
            Filling.text(book, m4, Filling.C, "5");
            Filling.text(book, m4, Filling.F, "5");
            Filling.text(book, m4 + 1, Filling.C, "0");
            Filling.text(book, m4 + 1, Filling.F, "10");
            // a renamed sheet, a column inserted before the answers, rows re-sorted, rows and columns of one's own
            book.setSheetName(2, "运营（王五已填）");
            XSSFSheet s3 = book.getSheetAt(3);
            s3.shiftColumns(1, 12, 1);
            s3.getRow(QuestionnaireWorkbook.HEADER_ROW).createCell(1).setCellValue("我的备注列");
            reverseItemRows(book.getSheetAt(4));
            XSSFSheet s1 = book.getSheetAt(1);
            int last = s1.getLastRowNum();
            s1.createRow(last + 2).createCell(Filling.NOTE).setCellValue("以上由质量部填写");
            s1.createRow(last + 3).createCell(0).setCellValue("合计");
            s1.getRow(QuestionnaireWorkbook.HEADER_ROW + 1).createCell(14).setCellValue("extra column");
        });
        expected.put(1, value(Rate.FULL, Rate.PARTIAL));
        expected.put(2, value(Rate.FULL, Rate.PARTIAL));
        expected.put(3, value(Rate.NONE, Rate.FULL));
        expected.put(4, value(Rate.PARTIAL, Rate.NONE));
        expected.put(5, ItemValue.of(Rating.notApplicable(5, "x")));
        expected.put(6, ItemValue.of(Rating.notApplicable(6, "x")));
        expected.put(7, value(Rate.FULL, Rate.FULL));
        expected.put(8, value(Rate.PARTIAL, Rate.UNRATED));
        expected.put(9, value(Rate.PARTIAL, Rate.PARTIAL)); // not answered: stays
        expected.put(m2, ItemValue.of(Rating.notApplicable(m2, "x")));
        expected.put(m3, value(Rate.FULL, Rate.NONE));
        expected.put(m4, value(Rate.PARTIAL, Rate.PARTIAL));
        expected.put(m4 + 1, value(Rate.NONE, Rate.FULL));

        Questionnaires.Imported done = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        assertEquals("2026 自评", done.round().title());
        assertEquals(11, done.plan().merged().size(), "item 7 was already 10/10: " + done.plan());
        assertEquals(0, done.plan().conflicts().size());
        assertEquals(catalog.items().size() - 11, done.plan().unchanged().size());
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            Map<Integer, Rating> ratings = f.ratings(roundId);
            for (Map.Entry<Integer, ItemValue> e : expected.entrySet()) {
                assertEquals(
                        e.getValue(),
                        ItemValue.of(ratings.getOrDefault(e.getKey(), Rating.unrated(e.getKey()))),
                        "item " + e.getKey());
            }
            long rated = ratings.values().stream()
                    .filter(r -> !ItemValue.of(r).equals(ItemValue.UNRATED))
                    .count();
            assertEquals(expected.size(), rated, "nothing else was rated");
            assertEquals("本中心无此业务", ratings.get(5).justification());
            List<AuthorNote> notes = f.authorNotes(roundId);
            assertTrue(notes.contains(new AuthorNote(8, "质量部 王五", "制度在修订中")), notes.toString());
        }
        // the same answers again change nothing
        Questionnaires.Imported again = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        assertEquals(0, again.plan().merged().size());
        assertEquals(0, again.plan().conflicts().size());
    }

    private static ItemValue value(Rate c, Rate f) {
        return new ItemValue(c, f, false);
    }

    /** Re-sorts a module sheet's item rows, last item first (as sorting by a column would). */
    static void reverseItemRows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        int first = QuestionnaireWorkbook.HEADER_ROW + 1;
        int last = sheet.getLastRowNum();
        List<List<String>> values = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c <= Filling.NOTE; c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                row.add(cell == null ? "" : format.formatCellValue(cell));
            }
            values.add(row);
        }
        for (int r = first; r <= last; r++) {
            List<String> row = values.get(last - r);
            for (int c = 0; c <= Filling.NOTE; c++) {
                Cell cell = Filling.cell(sheet.getRow(r), c);
                if (c == 0) {
                    cell.setCellValue(Double.parseDouble(row.get(c)));
                } else if (row.get(c).isEmpty()) {
                    cell.setBlank();
                } else {
                    cell.setCellValue(row.get(c));
                }
            }
        }
        assertEquals(CellType.NUMERIC, sheet.getRow(first).getCell(0).getCellType());
    }

    @Test
    void aPrefilledQuestionnaireChangesOnlyWhatWasChanged() throws Exception {
        Path q = export("q.xlsx", Language.EN, Optional.of("1.0"), "IT", true);
        try (InputStream in = Files.newInputStream(q);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(5.0, Filling.row(book, 9).getCell(Filling.C).getNumericCellValue(), "prefilled");
            assertEquals("Instructions", book.getSheetName(0));
        }
        Questionnaires.Imported untouched = Questionnaires.importAnswers(q, master, OptionalLong.empty());
        assertEquals(0, untouched.plan().merged().size());
        assertEquals(catalog.itemsOf("1.0").size(), untouched.plan().unchanged().size());
        Path filled = Filling.edit(q, dir.resolve("filled.xlsx"), book -> Filling.text(book, 9, Filling.C, "10"));
        Questionnaires.Imported changed = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        assertEquals(List.of(9), changed.plan().merged());
    }

    @Test
    void twoRespondentsWhoDisagreeLeaveAConflict() throws Exception {
        Path a = export("a.xlsx", Language.ZH, Optional.of("1.0"), "甲", false);
        Path b = export("b.xlsx", Language.EN, Optional.of("1.0"), "乙", false);
        Path fa = Filling.edit(a, dir.resolve("fa.xlsx"), book -> {
            Filling.text(book, 1, Filling.C, "10");
            Filling.text(book, 1, Filling.F, "10");
            Filling.text(book, 2, Filling.C, "5");
        });
        Path fb = Filling.edit(b, dir.resolve("fb.xlsx"), book -> {
            Filling.text(book, 1, Filling.C, "5");
            Filling.text(book, 1, Filling.F, "10");
            Filling.text(book, 2, Filling.C, "5");
        });
        assertEquals(
                List.of(1, 2),
                Questionnaires.importAnswers(fa, master, OptionalLong.empty())
                        .plan()
                        .merged());
        Questionnaires.Imported second = Questionnaires.importAnswers(fb, master, OptionalLong.empty());
        assertEquals(List.of(1), second.plan().conflicts());
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            assertEquals(1, f.conflicts(roundId).size());
            assertEquals(ItemValue.UNRATED, ItemValue.of(f.ratings(roundId).getOrDefault(1, Rating.unrated(1))));
        }
    }

    // ---- refusals: each names the place and leaves the file byte-identical

    String refused(Path workbook) throws Exception {
        byte[] before = Files.readAllBytes(master);
        QuestionnaireException e = assertThrows(
                QuestionnaireException.class,
                () -> Questionnaires.importAnswers(workbook, master, OptionalLong.empty()));
        assertArrayEquals(before, Files.readAllBytes(master), "a refusal leaves the file byte-identical");
        String en = QuestionnaireText.describe(e, Locale.ENGLISH);
        String zh = QuestionnaireText.describe(e, Locale.SIMPLIFIED_CHINESE);
        assertFalse(en.contains("{"), en);
        assertFalse(zh.contains("{"), zh);
        return en + "\n" + zh;
    }

    Path filledWith(java.util.function.Consumer<XSSFWorkbook> edit) throws Exception {
        Path q = dir.resolve("q-" + System.nanoTime() + ".xlsx");
        if (!Files.exists(q)) {
            Questionnaires.export(
                    master,
                    new Questionnaires.Request(
                            OptionalLong.empty(), Optional.empty(), Optional.empty(), "", Language.EN, false),
                    q);
        }
        return Filling.edit(q, dir.resolve("f-" + System.nanoTime() + ".xlsx"), book -> {
            Filling.text(book, 1, Filling.C, "10");
            edit.accept(book);
        });
    }

    @Test
    void aBadRateIsRefusedNamingSheetAndCell() throws Exception {
        int item = firstItemOf("2.0") + 12;
        String words = refused(filledWith(book -> Filling.text(book, item, Filling.F, "7")));
        int excelRow = QuestionnaireWorkbook.HEADER_ROW + 1 + 12 + 1;
        assertTrue(
                words.contains(
                        "Sheet 2.0 Operations & Management, cell I" + excelRow + ": F = 7 is not 10, 5 or 0 (or N/A)"),
                words);
        assertTrue(words.contains("工作表 2.0 Operations & Management，单元格 I" + excelRow + "：F = 7 不是 10、5 或 0"), words);
    }

    @Test
    void anUnknownItemAFormulaAndAMissingJustificationAreRefused() throws Exception {
        String unknown = refused(filledWith(book -> {
            Row r = Filling.row(book, 3);
            r.getCell(0).setCellValue(171);
        }));
        assertTrue(unknown.contains("cell A6: 171 is not an item of catalog cc-cmm-oc-2025"), unknown);
        String formula = refused(
                filledWith(book -> Filling.row(book, 2).createCell(Filling.C).setCellFormula("5*2")));
        assertTrue(formula.contains("cell H5: answer cells take typed values, not formulas (=5*2)"), formula);
        String na = refused(filledWith(book -> Filling.text(book, 4, Filling.C, "N/A")));
        assertTrue(na.contains("cell J7: item 4 is marked not applicable"), na);
        String both = refused(filledWith(book -> {
            Filling.text(book, 4, Filling.C, "N/A");
            Filling.text(book, 4, Filling.F, "10");
            Filling.text(book, 4, Filling.JUSTIFICATION, "why");
        }));
        assertTrue(both.contains("row 7: item 4 is either rated or not applicable"), both);
        String longText = refused(filledWith(book -> Filling.text(book, 4, Filling.NOTE, "x".repeat(20_001))));
        assertTrue(longText.contains("cell K7: the text has 20001 characters; at most 20000"), longText);
        String noNumber = refused(filledWith(book -> {
            Row r = Filling.row(book, 5);
            r.getCell(0).setCellValue("five");
            Filling.cell(r, Filling.C).setCellValue("5");
        }));
        assertTrue(noNumber.contains("cell A8: “five” is not an item number"), noNumber);
        String twice = refused(filledWith(book -> {
            Sheet s = book.getSheetAt(1);
            Row extra = s.createRow(s.getLastRowNum() + 2);
            extra.createCell(0).setCellValue(1);
            extra.createCell(Filling.C).setCellValue("5");
        }));
        assertTrue(twice.contains("Item 1 is answered twice, differently"), twice);
    }

    @Test
    void anOutOfScopeItemIsRefused() throws Exception {
        Path q = export("scope.xlsx", Language.EN, Optional.of("1.0"), "", false);
        Path filled = Filling.edit(q, dir.resolve("scope-f.xlsx"), book -> {
            Row r = Filling.row(book, 2);
            r.getCell(0).setCellValue(150);
            Filling.cell(r, Filling.C).setCellValue("5");
        });
        String words = refused(filled);
        assertTrue(words.contains(": item 150 is not in this questionnaire (its items: 1-"), words);
    }

    @Test
    void aQuestionnaireOfAnotherRoundOrFileIsRefusedNamingBoth() throws Exception {
        Path q = export("first.xlsx", Language.EN, Optional.empty(), "", false);
        Path filled = Filling.edit(q, dir.resolve("first-f.xlsx"), book -> Filling.text(book, 1, Filling.C, "10"));
        long second;
        try (AssessmentFile f = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            second = f.createRound(new RoundInfo("2026 复评", "2026-09-01", List.of(), OptionalInt.empty()))
                    .id();
        }
        byte[] before = Files.readAllBytes(master);
        QuestionnaireException e = assertThrows(
                QuestionnaireException.class,
                () -> Questionnaires.importAnswers(filled, master, OptionalLong.of(second)));
        assertArrayEquals(before, Files.readAllBytes(master));
        String words = QuestionnaireText.describe(e, Locale.ENGLISH);
        assertTrue(words.startsWith("first-f.xlsx is a questionnaire of round “2026 自评” (id "), words);
        assertTrue(words.contains("not of round “2026 复评” (id "), words);
        assertTrue(words.contains(") of master.ccmm. Nothing was imported."), words);

        Path other = dir.resolve("other.ccmm");
        try (AssessmentFile f =
                AssessmentFile.create(other, new Organization("另一个中心", "", "bank", OptionalInt.empty()))) {
            f.createRound(new RoundInfo("2026 自评", "2026-03-01", List.of(), OptionalInt.empty()));
        }
        byte[] otherBefore = Files.readAllBytes(other);
        QuestionnaireException foreign = assertThrows(
                QuestionnaireException.class, () -> Questionnaires.importAnswers(filled, other, OptionalLong.empty()));
        assertArrayEquals(otherBefore, Files.readAllBytes(other));
        String fw = QuestionnaireText.describe(foreign, Locale.SIMPLIFIED_CHINESE);
        assertTrue(fw.startsWith("first-f.xlsx 是另一个文件（master.ccmm，标识 "), fw);
        assertTrue(fw.contains("不属于 other.ccmm（标识 "), fw);
    }

    @Test
    void damagedAndForeignWorkbooksAreRefused() throws Exception {
        Path q = export("q.xlsx", Language.EN, Optional.empty(), "", false);
        byte[] bytes = Files.readAllBytes(q);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(cut).contains("cut.xlsx is not a readable Excel workbook (.xlsx)"));
        Path text = Files.writeString(dir.resolve("text.xlsx"), "C,F\n10,5\n");
        assertTrue(refused(text).contains("text.xlsx is not a readable Excel workbook"));
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("10");
            try (var out = Files.newOutputStream(plain)) {
                book.write(out);
            }
        }
        assertTrue(refused(plain).contains("plain.xlsx is not a questionnaire of this application"));
        assertTrue(refused(master).contains("master.ccmm is the assessment file itself"));
    }
}
