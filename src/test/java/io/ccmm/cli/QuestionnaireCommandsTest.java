package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.storage.AssessmentFile;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm questionnaire} and {@code questionnaire-import}: exit codes, counts and refusals in both languages. */
class QuestionnaireCommandsTest {

    @TempDir
    Path dir;

    static Path newMaster(Path dir) throws Exception {
        return SampleFiles.hotline(dir.resolve("master.ccmm"));
    }

    /** Answers the first {@code n} item rows of the first module sheet: C 10, F 5. */
    static Path fill(Path questionnaire, Path out, int n) throws Exception {
        return edited(questionnaire, out, book -> {
            Sheet sheet = book.getSheetAt(1);
            for (int r = 3; r < 3 + n; r++) {
                Row row = sheet.getRow(r);
                row.getCell(7).setCellValue("10");
                row.getCell(8).setCellValue("五");
            }
        });
    }

    /** What a test does to a questionnaire's workbook, as a user filling it in Excel would. */
    @FunctionalInterface
    interface WorkbookChange {
        void on(XSSFWorkbook book);
    }

    /** Writes {@code questionnaire} with {@code change} made to {@code out}. */
    static Path edited(Path questionnaire, Path out, WorkbookChange change) throws Exception {
        try (InputStream in = Files.newInputStream(questionnaire);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.on(book);
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    /** {@code ccmm questionnaire-import FILLED --into MASTER --lang LANG}. */
    private static CliTest.Result importAnswers(Path filled, Path master, String lang) {
        return CliTest.run("questionnaire-import", filled.toString(), "--into", master.toString(), "--lang", lang);
    }

    @Test
    void exportFillImportPrintsTheCountsInTheUsersLanguage() throws Exception {
        Path master = newMaster(dir);
        Path q = dir.resolve("q.xlsx");
        CliTest.Result out = CliTest.run(
                "questionnaire",
                master.toString(),
                "--modules",
                "1.0,2.0",
                "--assessor",
                "质量部",
                "--lang",
                "zh",
                "-o",
                q.toString());
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("：评估轮次“2026 自评”的问卷，"), out.out());
        assertTrue(out.out().contains("个工作表"), out.out());
        Path filled = fill(q, dir.resolve("filled.xlsx"), 6);
        CliTest.Result in = importAnswers(filled, master, "zh");
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("已将 filled.xlsx 中的答案导入 " + master + " 的评估轮次“2026 自评”。"), in.out());
        assertTrue(in.out().contains("已合并：6，未变："), in.out());
        CliTest.Result again = importAnswers(filled, master, "en");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("merged: 0, unchanged: "), again.out());
        assertTrue(again.out().contains("conflicts: 0"), again.out());
    }

    @Test
    void refusalsAreExitTwoInWordsAndChangeNothing() throws Exception {
        Path master = newMaster(dir);
        Path q = dir.resolve("q.xlsx");
        assertEquals(
                0,
                CliTest.run("questionnaire", master.toString(), "--lang", "en", "-o", q.toString())
                        .exit());
        Path bad = edited(
                q,
                dir.resolve("bad.xlsx"),
                book -> book.getSheetAt(2).getRow(13).getCell(7).setCellValue("7"));
        byte[] before = Files.readAllBytes(master);
        CliTest.Result en = importAnswers(bad, master, "en");
        assertEquals(2, en.exit());
        assertEquals(
                "ccmm: Sheet 2.0 Operations & Management, cell H14: C = 7 is not 10, 5 or 0 (or N/A). Nothing was"
                        + " imported." + System.lineSeparator(),
                en.err());
        CliTest.Result zh = importAnswers(bad, master, "zh");
        assertEquals(2, zh.exit());
        assertTrue(
                zh.err().startsWith("ccmm: 工作表 2.0 Operations & Management，单元格 H14：C = 7 不是 10、5 或 0（或不适用）"), zh.err());
        assertArrayEquals(before, Files.readAllBytes(master));

        CliTest.Result both = CliTest.run(
                "questionnaire",
                master.toString(),
                "--modules",
                "1.0",
                "--items",
                "1-3",
                "-o",
                q.toString(),
                "--lang",
                "en");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("Give --modules or --items, not both."), both.err());
        CliTest.Result module =
                CliTest.run("questionnaire", master.toString(), "--modules", "9.0", "-o", q.toString(), "--lang", "en");
        assertEquals(2, module.exit());
        assertTrue(module.err().contains("There is no module “9.0” in the catalog"), module.err());
        CliTest.Result missing = importAnswers(dir.resolve("none.xlsx"), master, "en");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("ccmm: Cannot read none.xlsx"), missing.err());
        assertArrayEquals(before, Files.readAllBytes(master));
    }

    @Test
    void helpIsBilingual() {
        CliTest.Result zh = CliTest.run("questionnaire", "--help", "--lang", "zh");
        assertEquals(0, zh.exit());
        assertTrue(zh.out().contains("写出某一轮的 Excel 问卷"), zh.out());
        assertTrue(zh.out().contains("在答题单元格中预先填入该轮当前的评分"), zh.out());
        CliTest.Result en = CliTest.run("questionnaire-import", "--help", "--lang", "en");
        assertTrue(en.out().contains("Merge the answers of a filled questionnaire"), en.out());
        assertFalse(en.out().contains("问卷"), en.out());
    }

    @Test
    void theHandoutIsRecordedAndNamedOnImportAndAReasonOfARatedItemBecomesItsNote() throws Exception {
        Path master = newMaster(dir);
        Path q = dir.resolve("q.xlsx");
        CliTest.Result out = CliTest.run(
                "questionnaire",
                master.toString(),
                "--items",
                "1-5",
                "--assessor",
                "IT",
                "--lang",
                "en",
                "-o",
                q.toString());
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("The hand-out is recorded in the file."), out.out());
        Path filled = edited(q, dir.resolve("filled.xlsx"), book -> {
            Row row = book.getSheetAt(1).getRow(3);
            row.getCell(7).setCellValue("10");
            row.getCell(8).setCellValue("5");
            row.getCell(9).setCellValue("two of three shifts checked");
        });
        CliTest.Result in = importAnswers(filled, master, "en");
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains(" to IT (items: 1-5)."), in.out());
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            long round = f.latestRound().orElseThrow().id();
            assertEquals("IT: two of three shifts checked", f.rating(round, 1).note());
            assertEquals("", f.rating(round, 1).justification());
        }
    }
}
