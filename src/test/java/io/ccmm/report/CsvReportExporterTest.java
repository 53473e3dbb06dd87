package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.catalog.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportExporterTest {

    static byte[] csv(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportExporter().write(model, out);
        return out.toByteArray();
    }

    static List<CSVRecord> records(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkAndUsesCrLf() throws IOException {
        byte[] bytes = csv(SampleReport.model(Language.ZH));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF编号,模块,模块名称,条目,等级,C,F,得分,已评,备注,不适用,理由,发现项,行动计划\r\n", text.substring(0, text.indexOf('\n') + 1));
    }

    @Test
    void oneRecordPerItemAndNotesRoundTripThroughQuoting() throws IOException {
        ReportModel model = SampleReport.model(Language.ZH);
        List<CSVRecord> records = records(csv(model));
        assertEquals(171, records.size());
        CSVRecord twelve = records.get(12);
        assertEquals("12", twelve.get(0));
        assertEquals(model.items().get(11).note(), twelve.get(9), "commas, quotes and line breaks survive");
        CSVRecord unrated = records.get(23);
        assertEquals("", unrated.get(5));
        assertEquals("", unrated.get(6));
        assertEquals("0", unrated.get(8));
    }

    @Test
    void formulaLookingTextIsNeutralized() throws IOException {
        List<CSVRecord> records = records(csv(SampleReport.model(Language.EN)));
        assertEquals("'=cmd|' /C calc'!A0", records.get(34).get(9));
        assertEquals("'+1 追加说明：2026-01 起试行", records.get(51).get(9));
        String raw = new String(csv(SampleReport.model(Language.EN)), StandardCharsets.UTF_8);
        assertEquals(-1, raw.indexOf(",=cmd"));
        assertEquals(-1, raw.indexOf("\"=cmd"));
    }

    @Test
    void neutralizeRules() {
        assertEquals("'=1+2", SpreadsheetText.neutralize("=1+2"));
        assertEquals("'+86 10", SpreadsheetText.neutralize("+86 10"));
        assertEquals("'-x", SpreadsheetText.neutralize("-x"));
        assertEquals("'@SUM(A1)", SpreadsheetText.neutralize("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetText.neutralize("\tx"));
        assertEquals("'\rx", SpreadsheetText.neutralize("\rx"));
        assertEquals("plain = text", SpreadsheetText.neutralize("plain = text"));
        assertEquals("", SpreadsheetText.neutralize(""));
    }
}
