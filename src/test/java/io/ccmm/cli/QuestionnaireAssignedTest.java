package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AssignedScope;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.OpenMode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccmm questionnaire --assigned-to NAME}: in an ordinary file whose round handed out field copies with a
 * scope, the questionnaire of the items assigned to that assessor; refused in words, writing nothing, otherwise.
 */
class QuestionnaireAssignedTest {

    @TempDir
    Path dir;

    /** A master whose round handed out a copy of items 3-7 and 30 to 张三 and one of module 2.0 to Li Si. */
    static Path masterWithAssessors(Path dir) throws Exception {
        Path master = QuestionnaireCommandsTest.newMaster(dir);
        CliTest.Result a = CliTest.run(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "张三",
                "--items",
                "3-7,30",
                "-o",
                dir.resolve("a.ccmm").toString());
        assertEquals(0, a.exit(), a.err());
        CliTest.Result b = CliTest.run(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "Li Si",
                "--modules",
                "2.0",
                "-o",
                dir.resolve("b.ccmm").toString());
        assertEquals(0, b.exit(), b.err());
        return master;
    }

    static List<Integer> items(Path workbook) throws Exception {
        DataFormatter format = new DataFormatter();
        List<Integer> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                if (book.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                    continue;
                }
                Sheet sheet = book.getSheetAt(s);
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    items.add(Integer.parseInt(format.formatCellValue(row.getCell(0))));
                }
            }
        }
        return items;
    }

    @Test
    void theRoundListsItsAssessorsWithTheirAssignedItems() throws Exception {
        Path master = masterWithAssessors(dir);
        try (AssessmentFile f = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            long round = f.rounds().get(0).id();
            List<AssignedScope> scopes = f.assignedScopes(round);
            assertEquals(2, scopes.size(), scopes.toString());
            assertEquals(new AssignedScope("张三", "3-7,30"), scopes.get(0));
            assertEquals("Li Si", scopes.get(1).assessor());
            assertTrue(scopes.get(1).scope().startsWith("26-"), scopes.toString());
        }
    }

    @Test
    void theQuestionnaireHoldsTheItemsAssignedToTheAssessorNamed() throws Exception {
        Path master = masterWithAssessors(dir);
        Path q = dir.resolve("q.xlsx");
        CliTest.Result out = CliTest.run(
                "questionnaire", master.toString(), "--assigned-to", "张三", "--lang", "zh", "-o", q.toString());
        assertEquals(0, out.exit(), out.err());
        assertEquals(List.of(3, 4, 5, 6, 7, 30), items(q));
        try (AssessmentFile f = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            long round = f.rounds().get(0).id();
            List<AuditEntry> handouts = f.auditTrail(round).stream()
                    .filter(e -> e.field().equals("questionnaire.handout"))
                    .toList();
            assertEquals(1, handouts.size());
            assertTrue(handouts.get(0).newValue().endsWith(" 张三 [3-7,30]"), handouts.toString());
        }
    }

    @Test
    void anAssessorWithoutAssignedItemsIsRefusedNamingThoseWithWritingNothing() throws Exception {
        Path master = masterWithAssessors(dir);
        Path q = dir.resolve("q.xlsx");
        byte[] before = Files.readAllBytes(master);
        CliTest.Result en = CliTest.run(
                "questionnaire", master.toString(), "--assigned-to", "王五", "--lang", "en", "-o", q.toString());
        assertEquals(2, en.exit(), en.out());
        assertEquals(
                "ccmm: No items are assigned to “王五” in round “2026 自评”. Assessors with assigned items: 张三, Li Si."
                        + System.lineSeparator(),
                en.err());
        CliTest.Result zh = CliTest.run(
                "questionnaire", master.toString(), "--assigned-to", "王五", "--lang", "zh", "-o", q.toString());
        assertEquals(2, zh.exit());
        assertTrue(zh.err().startsWith("ccmm: 评估轮次“2026 自评”中没有分配给“王五”的条目。已分配条目的评估人：张三, Li Si。"), zh.err());
        CliTest.Result both = CliTest.run(
                "questionnaire",
                master.toString(),
                "--assigned-to",
                "张三",
                "--modules",
                "1.0",
                "--lang",
                "en",
                "-o",
                q.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("only one of them"), both.err());
        assertFalse(Files.exists(q));
        assertArrayEquals(before, Files.readAllBytes(master));

        Path plain = QuestionnaireCommandsTest.newMaster(Files.createDirectories(dir.resolve("plain")));
        CliTest.Result none = CliTest.run(
                "questionnaire", plain.toString(), "--assigned-to", "张三", "--lang", "en", "-o", q.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("none (hand out field copies with a scope first)"), none.err());
        assertFalse(Files.exists(q));
    }
}
