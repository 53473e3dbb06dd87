package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.Finding;
import io.ccmm.storage.FindingKind;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Priority;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm plan}: the action plan of a round as XLSX and CSV, read back. */
class PlanCommandTest {

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void aFileWithAPlan() throws Exception {
        file = SampleFiles.bankCenter(dir.resolve("center.ccmm"), "2026 评估", "2026-03-01", 3, (f, round) -> {
            f.saveRating(round, Rating.of(1, Rate.PARTIAL, Rate.NONE));
            Finding finding = f.addFinding(Finding.of(round, 1, FindingKind.WEAKNESS, Priority.HIGH, "战略未经批准"));
            f.addPlanAction(PlanAction.of(ImprovementAction.of(round, 1, "=报批中心战略", "王经理", "2026-09-30"))
                    .withPriority(Priority.HIGH)
                    .withEffort("5 人天")
                    .withMoreItems(List.of(2, 3))
                    .withFinding(finding.id()));
            f.addPlanAction(
                    PlanAction.of(ImprovementAction.of(round, 4, "Publish the channel plan", "", "2026-05-10")));
        });
    }

    @Test
    void theActionPlanAsXlsxReadsBackRowByRow() throws Exception {
        Path out = dir.resolve("plan.xlsx");
        CliTest.Result r =
                CliTest.run("plan", file.toString(), "--format", "xlsx", "--lang", "zh", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("行动计划");
            Row head = sheet.getRow(0);
            assertEquals("行动", head.getCell(1).getStringCellValue());
            assertEquals("优先级", head.getCell(4).getStringCellValue());
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            Row first = sheet.getRow(1);
            assertEquals("'=报批中心战略", first.getCell(1).getStringCellValue());
            assertEquals("1, 2, 3", first.getCell(2).getStringCellValue());
            assertEquals("高", first.getCell(4).getStringCellValue());
            assertEquals("王经理", first.getCell(5).getStringCellValue());
            assertEquals("2026 Q3", first.getCell(7).getStringCellValue());
            assertEquals("5 人天", first.getCell(9).getStringCellValue());
            assertEquals("Publish the channel plan", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("2026 Q2", sheet.getRow(2).getCell(7).getStringCellValue());
        }
    }

    @Test
    void theActionPlanAsCsvInEnglish() throws Exception {
        Path out = dir.resolve("plan.csv");
        CliTest.Result r =
                CliTest.run("plan", file.toString(), "--format", "csv", "--lang", "en", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(
                csv.startsWith(
                        "\uFEFFNo.,Action,Items,Modules,Priority,Owner,Due,Quarter,Status,Effort / cost,Aim\r\n"),
                csv);
        assertTrue(csv.contains("1,'=报批中心战略,\"1, 2, 3\",1.0,High,王经理,2026-09-30,2026 Q3,Open,5 人天,C10 / F10\r\n"), csv);
    }

    @Test
    void anUnknownFormatOrAJsonInputIsRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("plan.pdf");
        CliTest.Result bad = CliTest.run("plan", file.toString(), "--format", "pdf", "-o", out.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("xlsx, csv"), bad.err());
        Path json = dir.resolve("a.json");
        Files.writeString(json, "{}");
        CliTest.Result notCcmm = CliTest.run("plan", json.toString(), "--format", "csv", "-o", out.toString());
        assertEquals(2, notCcmm.exit());
        assertTrue(notCcmm.err().contains(".ccmm"), notCcmm.err());
        assertFalse(Files.exists(out));
    }
}
