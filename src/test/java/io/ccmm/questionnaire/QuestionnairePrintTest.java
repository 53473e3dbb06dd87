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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module sheet prints one page wide (as many pages down as it needs), landscape, its header on every page. */
class QuestionnairePrintTest {

    @TempDir
    Path dir;

    @Test
    void moduleSheetsFitOnePageWideInLandscapeWithTheHeaderRepeated() throws Exception {
        Path master = dir.resolve("m.ccmm");
        try (AssessmentFile f =
                AssessmentFile.create(master, new Organization("热线", "", "government", OptionalInt.empty()))) {
            f.createRound(new RoundInfo("2026", "2026-03-01", List.of(), OptionalInt.empty()));
        }
        Path out = dir.resolve("q.xlsx");
        Questionnaires.export(
                master,
                new Questionnaires.Request(
                        OptionalLong.empty(), Optional.empty(), Optional.empty(), "", Language.ZH, false),
                out);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (int s = 1; s <= 5; s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                PrintSetup print = sheet.getPrintSetup();
                String name = sheet.getSheetName();
                assertTrue(sheet.getFitToPage(), name + ": fit to page");
                assertEquals(1, print.getFitWidth(), name + ": one page wide");
                assertEquals(0, print.getFitHeight(), name + ": as many pages down as needed");
                assertTrue(print.getLandscape(), name + ": landscape");
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                assertEquals(
                        new CellRangeAddress(
                                QuestionnaireWorkbook.HEADER_ROW, QuestionnaireWorkbook.HEADER_ROW, -1, -1),
                        sheet.getRepeatingRows(),
                        name + ": the header row on every page");
                int total = 0;
                for (int c = 0; c < QuestionnaireWorkbook.HEADERS.size(); c++) {
                    total += sheet.getColumnWidth(c) / 256;
                    if (c != 0 && c != Filling.C && c != Filling.F) {
                        assertTrue(
                                sheet.getRow(QuestionnaireWorkbook.HEADER_ROW + 1)
                                        .getCell(c)
                                        .getCellStyle()
                                        .getWrapText(),
                                name + ": column " + c + " wraps its text");
                    }
                }
                // a page of A4 landscape is about 150 characters of 11 pt; wider than ~210 prints below 70 %
                assertTrue(total <= 210, name + ": columns " + total + " characters wide");
            }
        }
    }
}
