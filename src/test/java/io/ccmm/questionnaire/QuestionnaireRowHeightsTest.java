package io.ccmm.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Module sheets print compact but whole: each row is as high as the wrapped lines of its longest text need (words
 * wrapped at the column's width, Chinese characters twice a digit wide), not more.
 */
class QuestionnaireRowHeightsTest {

    @TempDir
    Path dir;

    @Test
    void linesAreCountedWordByWordWithChineseCharactersDoubleWidth() {
        assertEquals(1, RowHeights.lines("Attrition driver analysis", 24, false));
        // 40 digits in a column 20 wide: the column holds 19 (its margins take the rest), so three lines
        assertEquals(3, RowHeights.lines("0".repeat(40), 20, false));
        // words are not split: "aaaa bbbb" in a column that holds 6 characters goes on two lines
        assertEquals(2, RowHeights.lines("0000 0000", 7, false));
        // twenty Chinese characters are forty digits wide
        assertEquals(3, RowHeights.lines("质".repeat(20), 20, false));
        assertEquals(3, RowHeights.lines("质".repeat(9), 10, false), "four to a line: the column holds 9.4 digits");
        // each line of the text is a line at least
        assertEquals(3, RowHeights.lines("• a\n• b\n• c", 24, false));
        assertEquals(3, RowHeights.lines("a\n\nb", 24, false));
        // narrow letters take less room than digits, wide ones more
        assertEquals(1, RowHeights.lines("i".repeat(40), 20, false));
        assertEquals(2, RowHeights.lines("W".repeat(12), 20, false));
    }

    @Test
    void aRowIsAsHighAsItsLongestTextNeeds() {
        String[] texts = {null, "short", "质量".repeat(30)};
        boolean[] bold = new boolean[3];
        int[] widths = {6, 18, 32};
        int lines = RowHeights.lines("质量".repeat(30), 32, false);
        assertEquals(4, lines);
        assertEquals(lines * RowHeights.CJK_LINE + RowHeights.PAD, RowHeights.of(texts, bold, widths), 0.01);
        assertEquals(
                RowHeights.LINE + RowHeights.PAD,
                RowHeights.of(new String[] {"1", "Item"}, new boolean[2], widths),
                0.01);
        assertEquals(
                RowHeights.MAX,
                RowHeights.of(new String[] {"x\n".repeat(100)}, new boolean[1], widths),
                0.01,
                "never above what a spreadsheet allows");
    }

    /** The questionnaire of every item of a new round in {@code language}. */
    private Path workbook(Language language) throws Exception {
        Path master = dir.resolve("m.ccmm");
        try (AssessmentFile f =
                AssessmentFile.create(master, new Organization("热线", "", "government", OptionalInt.empty()))) {
            f.createRound(new RoundInfo("2026", "2026-03-01", List.of(), OptionalInt.empty()));
        }
        Path out = Path.of("target", "questionnaire-rows-" + language.code() + ".xlsx");
        Files.createDirectories(out.getParent());
        Questionnaires.export(
                master,
                new Questionnaires.Request(
                        OptionalLong.empty(), Optional.empty(), Optional.empty(), "", language, false),
                out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyItemRowHoldsItsTextsAndNoMore(Language language) throws Exception {
        try (InputStream in = Files.newInputStream(workbook(language));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (int s = 1; s <= 5; s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                double total = 0;
                for (int r = QuestionnaireWorkbook.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    int lines = 1;
                    boolean cjk = false;
                    for (int c = 0; c < QuestionnaireWorkbook.WIDTHS.length; c++) {
                        XSSFCell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            lines = Math.max(
                                    lines,
                                    RowHeights.lines(
                                            text,
                                            QuestionnaireWorkbook.WIDTHS[c],
                                            cell.getCellStyle().getFont().getBold()));
                            cjk |= text.codePoints().anyMatch(RowHeights::wide);
                        }
                    }
                    float line = cjk ? RowHeights.CJK_LINE : RowHeights.LINE;
                    String where = sheet.getSheetName() + " row " + (r + 1);
                    assertEquals(lines * line + RowHeights.PAD, row.getHeightInPoints(), 0.5, where + ": " + lines);
                    total += row.getHeightInPoints();
                }
                // The former estimate (every character a digit wide or two, in the former column widths, 13 points a
                // line and 4 over) made each module's item rows this high on average; English words wrapped at their
                // widths, and widths shared by the texts' lengths, take a fifth less, Chinese (now at taller lines) no
                // more.
                double[] former = language == Language.EN
                        ? new double[] {190.2, 168.3, 179.7, 191.2, 191.2}
                        : new double[] {107.0, 100.2, 105.0, 103.2, 108.0};
                int items = sheet.getLastRowNum() - QuestionnaireWorkbook.HEADER_ROW;
                double average =
                        (total - sheet.getRow(QuestionnaireWorkbook.HEADER_ROW).getHeightInPoints()) / items;
                double bound = former[s - 1] * (language == Language.EN ? 0.81 : 0.99);
                assertTrue(
                        average <= bound,
                        sheet.getSheetName() + ": " + Math.round(average) + " points a row, more than " + bound);
            }
        }
    }
}
