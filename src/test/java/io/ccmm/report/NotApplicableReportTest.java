package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of a round with not-applicable items, in all six formats: the N/A items with their justifications, the N/A
 * counts on the ladder and the limit when exceeded, the rule in the appendix; the longest note and justification the
 * app accepts; and a full disk reported the same way by every format.
 */
class NotApplicableReportTest {

    static final String JUSTIFICATION = "政务热线不按客户价值分层服务";
    static final String LONG_NOTE = "长".repeat(Rating.MAX_TEXT_LENGTH - 10) + "0123456789";

    @TempDir
    Path dir;

    private final CatalogBundle bundle = CatalogLoader.bundled();
    private final ReportService service = new ReportService(
            ReportExporterRegistry.defaults(), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));

    /**
     * The first core L1 items N/A, {@code overLimit} more than L1 allows; one L5 item of 5.0 N/A; one note and one
     * justification as long as the app accepts.
     */
    private ReportInput input(int overLimit) {
        return input(overLimit, true);
    }

    private ReportInput input(int overLimit, boolean longTexts) {
        List<AssessmentItem> items = bundle.catalog().items();
        int l1 = (int) items.stream()
                .filter(i -> i.level() == 1 && !i.module().equals("5.0"))
                .count();
        int naAtL1 = bundle.rules().notApplicable().allowedFor(l1) + overLimit;
        List<Rating> ratings = new ArrayList<>();
        int marked = 0;
        boolean longJustification = false;
        boolean bonusNa = false;
        int longNoteItem = -1;
        for (AssessmentItem item : items) {
            if (marked < naAtL1 && item.level() == 1 && !item.module().equals("5.0")) {
                String why = marked == 0 ? JUSTIFICATION : "不适用于本中心 " + item.id();
                if (marked == 1 && longTexts) {
                    why = "理".repeat(Rating.MAX_TEXT_LENGTH);
                    longJustification = true;
                }
                ratings.add(Rating.notApplicable(item.id(), why));
                marked++;
            } else if (!bonusNa && item.module().equals("5.0") && item.level() == 5) {
                ratings.add(Rating.notApplicable(item.id(), "无相关业务"));
                bonusNa = true;
            } else {
                String note = longNoteItem < 0 && longTexts ? LONG_NOTE : "";
                if (longNoteItem < 0) {
                    longNoteItem = item.id();
                }
                ratings.add(new Rating(item.id(), Rate.FULL, Rate.PARTIAL, note));
            }
        }
        assertEquals(longTexts, longJustification);
        Assessment a = new Assessment(
                new CatalogRef(bundle.catalog().id(), ""),
                new Organization("某市12345政务服务热线", "主中心", "", OptionalInt.of(12)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                ratings);
        return ReportInput.of(bundle, a);
    }

    private byte[] write(String format, Language lang, ReportInput input) throws Exception {
        Path out = dir.resolve("report-" + lang.code() + "." + format);
        service.export(format, lang, input, out);
        return Files.readAllBytes(out);
    }

    @Test
    void theModelCarriesNotApplicableItemsCountsAndTheRule() {
        ReportModel model = service.model(input(1), Language.EN);
        assertEquals(
                model.readiness().notApplicableItems(),
                model.notApplicableItems().size());
        assertEquals(JUSTIFICATION, model.notApplicableItems().get(0).justification());
        LevelRow l1 = model.ladder().get(0);
        assertTrue(l1.exceedsNotApplicableLimit());
        assertTrue(
                l1.reasons().stream().anyMatch(r -> r.contains("more than the " + l1.allowedNotApplicable())),
                l1.reasons().toString());
        assertTrue(
                model.appendix().notApplicableRule().contains("At most 10%"),
                model.appendix().notApplicableRule());
        assertTrue(
                model.path().notes().stream().anyMatch(n -> n.startsWith("L1 has ")),
                model.path().notes().toString());
        ModuleRow m5 = model.modules().get(4);
        assertEquals(1, m5.notApplicable());
        assertEquals(20 * (m5.items() - 1), m5.maxPoints());
    }

    @Test
    void pdfListsTheItemsWithJustificationsTheLadderCountsAndTheRule() throws Exception {
        ReportModel zhModel = service.model(input(1), Language.ZH);
        LevelRow l1 = zhModel.ladder().get(0);
        try (PDDocument doc = Loader.loadPDF(write("pdf", Language.ZH, input(1)))) {
            String text = new PDFTextStripper().getText(doc).replace("\r", "");
            String flat = text.replace("\n", "");
            assertTrue(text.contains("不适用条目"), "section title");
            assertTrue(flat.contains(JUSTIFICATION), "justification");
            assertTrue(flat.contains("无相关业务"));
            assertTrue(
                    flat.contains(
                            "必评条目中 " + l1.notApplicableItems() + " 个不适用：超过允许的 " + l1.allowedNotApplicable() + " 个"),
                    "ladder note");
            assertTrue(flat.contains("超过规则允许的 " + l1.allowedNotApplicable() + " 个"), "reason");
            assertTrue(flat.contains("每一级不适用条目最多占该级必评条目的 10%"), "appendix rule");
            assertTrue(flat.contains("0123456789"), "the end of the longest note");
        }
        try (PDDocument doc = Loader.loadPDF(write("pdf", Language.EN, input(0)))) {
            String flat = new PDFTextStripper().getText(doc).replace("\r", "").replace("\n", " ");
            assertTrue(flat.contains("Items not applicable"), "section title");
            assertTrue(flat.contains("required items not applicable (at most"), "ladder note within the limit");
            assertFalse(flat.contains("more than the"), "no level over its limit");
            assertTrue(flat.contains("N/A"), "N/A in the item table");
        }
    }

    @Test
    void htmlDocxXlsxCsvAndJsonCarryTheSame() throws Exception {
        ReportInput input = input(1);
        ReportModel model = service.model(input, Language.EN);
        LevelRow l1 = model.ladder().get(0);
        String overNote = l1.notApplicableNote(model.text());

        String html = new String(write("html", Language.EN, input), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2>Items not applicable</h2>"));
        assertTrue(html.contains(JUSTIFICATION));
        assertTrue(html.contains(overNote), overNote);
        assertTrue(html.contains("<h3>Not applicable</h3>"));
        assertTrue(html.contains(LONG_NOTE));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write("docx", Language.EN, input)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertTrue(text.contains("Items not applicable"));
            assertTrue(text.contains(JUSTIFICATION));
            assertTrue(text.contains(overNote));
            assertTrue(text.contains(model.appendix().notApplicableRule()));
            assertTrue(text.contains(LONG_NOTE));
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write("xlsx", Language.EN, input)))) {
            XSSFSheet items = wb.getSheet("Items");
            assertEquals("Justification", items.getRow(0).getCell(9).getStringCellValue());
            int first = model.notApplicableItems().get(0).id();
            int row = model.items().indexOf(model.notApplicableItems().get(0)) + 1;
            assertEquals(first, (int) items.getRow(row).getCell(0).getNumericCellValue());
            assertEquals("", items.getRow(row).getCell(4).getStringCellValue(), "no C for an N/A item");
            assertEquals("N/A", items.getRow(row).getCell(8).getStringCellValue());
            assertEquals(JUSTIFICATION, items.getRow(row).getCell(9).getStringCellValue());
            assertEquals(
                    Rating.MAX_TEXT_LENGTH,
                    items.getRow(row + 1).getCell(9).getStringCellValue().length());
            boolean longNote = false;
            for (int r = 1; r <= items.getLastRowNum(); r++) {
                longNote |= LONG_NOTE.equals(items.getRow(r).getCell(7).getStringCellValue());
            }
            assertTrue(longNote, "the longest note, whole");
            XSSFSheet levels = wb.getSheet("Levels");
            assertEquals(
                    l1.notApplicableItems(), (int) levels.getRow(1).getCell(11).getNumericCellValue());
            assertEquals(l1.allowedNotApplicable(), (int)
                    levels.getRow(1).getCell(12).getNumericCellValue());
            assertTrue(levels.getRow(1).getCell(10).getStringCellValue().contains(overNote));
        }

        byte[] csv = write("csv", Language.EN, input);
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertEquals("Justification", records.get(0).get(11));
        long naRows =
                records.stream().skip(1).filter(r -> r.get(10).equals("1")).count();
        assertEquals(model.notApplicableItems().size(), naRows);
        assertTrue(records.stream().anyMatch(r -> r.get(11).equals(JUSTIFICATION)));
        assertTrue(records.stream().anyMatch(r -> r.get(9).equals(LONG_NOTE)));

        Assessment back = InterchangeJson.read(write("json", Language.EN, input), bundle.catalog(), false);
        assertEquals(input.assessment().ratings(), back.ratings());
    }

    @Test
    void everyFormatWritesTheLongestNoteAndJustification() throws Exception {
        ReportInput input = input(0);
        for (String format : service.formats().ids()) {
            assertTrue(write(format, Language.ZH, input).length > 0, format);
        }
    }

    @Test
    void theDistributionChartCountsOnlyApplicableItems() {
        List<ItemRow> items = List.of(
                new ItemRow(1, "1.0", "a", 1, Rate.FULL, Rate.FULL, 20, ""),
                new ItemRow(2, "1.0", "b", 1, Rate.UNRATED, Rate.UNRATED, 0, ""),
                new ItemRow(3, "1.0", "c", 1, Rate.UNRATED, Rate.UNRATED, 0, "", true, "not here"));
        assertEquals(
                List.of(1, 0, 0, 1),
                java.util.Arrays.stream(ReportCharts.counts("1.0", items))
                        .boxed()
                        .toList());
        assertEquals("", items.get(1).justification());
    }

    @Test
    void aCellNeverExceedsTheSpreadsheetLimit() {
        String tooLong = "=" + "😀".repeat(20_000);
        String cell = SpreadsheetText.cell(tooLong);
        assertEquals(SpreadsheetText.MAX_CELL_LENGTH, cell.length());
        assertTrue(cell.startsWith("'="));
        assertTrue(cell.endsWith("…"));
        assertFalse(Character.isHighSurrogate(cell.charAt(cell.length() - 2)), "no half emoji before the ellipsis");
        assertEquals("a", SpreadsheetText.cell("a"));
    }

    /** A stream that accepts {@code room} bytes, then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private long room;

        FullDisk(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @Test
    void aFullDiskIsTheSameIoFailureInEveryFormat() throws Exception {
        ReportModel model = service.model(input(0, false), Language.ZH);
        for (ReportExporter exporter : ReportExporterRegistry.defaults().all()) {
            for (long room : new long[] {0, 5000}) {
                IOException e = assertThrows(
                        IOException.class,
                        () -> exporter.write(model, new FullDisk(room)),
                        exporter.id() + " with " + room + " bytes free");
                assertEquals("No space left on device", e.getMessage(), exporter.id());
            }
        }
    }

    @Test
    void theServiceUnwrapsAnIoFailureALibraryWrappedAndLeavesNothing() throws Exception {
        ReportExporter wrapping = new ReportExporter() {
            @Override
            public String id() {
                return "xlsx";
            }

            @Override
            public String extension() {
                return "xlsx";
            }

            @Override
            public void write(ReportModel model, OutputStream out) {
                throw new OpenXML4JRuntimeException(
                        "Fail to save: an error occurs while saving the package",
                        new IOException("No space left on device"));
            }
        };
        ReportService broken = new ReportService(new ReportExporterRegistry(List.of(wrapping)), Clock.systemUTC());
        Path out = dir.resolve("report.xlsx");
        IOException e = assertThrows(IOException.class, () -> broken.export("xlsx", Language.EN, input(0, false), out));
        assertEquals("No space left on device", e.getMessage());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        // Anything else a library throws stays what it is.
        ReportExporter buggy = new ReportExporter() {
            @Override
            public String id() {
                return "docx";
            }

            @Override
            public String extension() {
                return "docx";
            }

            @Override
            public void write(ReportModel model, OutputStream out) {
                throw new IllegalStateException("bug");
            }
        };
        ReportService bug = new ReportService(new ReportExporterRegistry(List.of(buggy)), Clock.systemUTC());
        assertThrows(IllegalStateException.class, () -> bug.export("docx", Language.EN, input(0, false), out));
    }
}
