package io.ccmm.questionnaire;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a questionnaire workbook (XSSF): an instructions sheet, one sheet per module in scope with a row per item, the
 * answer cells (C, F, justification, note) the only unlocked cells of protected sheets, C and F with a drop-down of 10,
 * 5, 0 (and N/A when the rules allow it), and the very hidden identity sheet.
 */
final class QuestionnaireWorkbook {

    /** Column keys, written in the hidden first row of each module sheet so columns are found wherever they move. */
    static final String KEY_ITEM = "ccmm:item";

    static final String KEY_C = "ccmm:c";
    static final String KEY_F = "ccmm:f";
    static final String KEY_JUSTIFICATION = "ccmm:justification";
    static final String KEY_NOTE = "ccmm:note";

    private static final List<String> KEYS = List.of(
            KEY_ITEM,
            "ccmm:title",
            "ccmm:requirement",
            "ccmm:full",
            "ccmm:partial",
            "ccmm:none",
            "ccmm:evidence",
            KEY_C,
            KEY_F,
            KEY_JUSTIFICATION,
            KEY_NOTE);

    /** Header text keys of the bundle, in column order. */
    static final List<String> HEADERS = List.of(
            "questionnaire.column.item",
            "questionnaire.column.title",
            "questionnaire.column.requirement",
            "questionnaire.column.full",
            "questionnaire.column.partial",
            "questionnaire.column.none",
            "questionnaire.column.evidence",
            "questionnaire.column.c",
            "questionnaire.column.f",
            "questionnaire.column.justification",
            "questionnaire.column.note");

    /**
     * Column widths in characters: narrow enough that a page width prints at a readable size, the long texts wrap. The
     * width of the item's texts is shared by how long they are (what 10 looks like is the longest), so that no column
     * alone makes its rows high.
     */
    static final int[] WIDTHS = {6, 14, 33, 32, 21, 17, 23, 8, 8, 16, 20};

    /** Row index (0-based) of the header row; items start below it. */
    static final int HEADER_ROW = 2;

    private QuestionnaireWorkbook() {}

    /** What the questionnaire is made of. */
    record Content(
            String organization,
            Catalog catalog,
            boolean notApplicableAllowed,
            List<AssessmentItem> items,
            Map<Integer, Rating> prefill,
            QuestionnaireIdentity identity,
            Language language) {}

    static void write(Content content, OutputStream out) throws IOException {
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            XSSFWorkbook book = made.document();
            Styles styles = new Styles(book);
            instructions(book, styles, content);
            for (CatalogModule module : content.catalog().modules()) {
                List<AssessmentItem> items = content.items().stream()
                        .filter(i -> i.module().equals(module.id()))
                        .toList();
                if (!items.isEmpty()) {
                    moduleSheet(book, styles, content, module, items);
                }
            }
            identity(book, content.identity());
            book.setActiveSheet(0);
            book.write(out);
        }
    }

    private static String text(Content c, String key, Object... args) {
        return QuestionnaireText.get(key, c.language(), args);
    }

    private static void instructions(XSSFWorkbook book, Styles styles, Content c) {
        XSSFSheet sheet =
                book.createSheet(WorkbookUtil.createSafeSheetName(text(c, "questionnaire.sheet.instructions")));
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 72 * 256);
        int r = 0;
        cell(sheet, r++, 0, text(c, "questionnaire.title"), styles.title);
        QuestionnaireIdentity id = c.identity();
        Language lang = c.language();
        r++;
        r = pair(sheet, r, text(c, "questionnaire.intro.organization"), c.organization(), styles);
        r = pair(sheet, r, text(c, "questionnaire.intro.round"), id.roundTitle(), styles);
        if (!id.assessor().isBlank()) {
            r = pair(sheet, r, text(c, "questionnaire.intro.assessor"), id.assessor(), styles);
        }
        r = pair(
                sheet,
                r,
                text(c, "questionnaire.intro.scope"),
                id.scope().isEmpty() ? text(c, "questionnaire.intro.scope.all") : id.scope(),
                styles);
        r = pair(
                sheet,
                r,
                text(c, "questionnaire.intro.catalog"),
                c.catalog().title().get(lang) + " (" + c.catalog().id() + ")",
                styles);
        r = pair(sheet, r, text(c, "questionnaire.intro.created"), id.created(), styles);
        r++;
        cell(sheet, r++, 0, text(c, "questionnaire.intro.how"), styles.header);
        List<String> steps = new ArrayList<>(List.of(
                text(c, "questionnaire.intro.step1"),
                text(c, "questionnaire.intro.step2"),
                text(c, "questionnaire.intro.scale"),
                text(c, c.notApplicableAllowed() ? "questionnaire.intro.step3.na" : "questionnaire.intro.step3.noNa"),
                text(c, "questionnaire.intro.step4"),
                text(c, "questionnaire.intro.step5")));
        c.catalog().rule().ifPresent(rule -> steps.add(rule.get(lang)));
        int n = 1;
        for (String step : steps) {
            cell(sheet, r, 0, String.valueOf(n++), styles.plain);
            cell(sheet, r++, 1, step, styles.wrap);
        }
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        fitRowHeights(sheet, new int[] {18, 72});
    }

    private static int pair(XSSFSheet sheet, int r, String label, String value, Styles styles) {
        cell(sheet, r, 0, label, styles.header);
        cell(sheet, r, 1, value, styles.wrap);
        return r + 1;
    }

    private static void moduleSheet(
            XSSFWorkbook book, Styles styles, Content c, CatalogModule module, List<AssessmentItem> items) {
        Language lang = c.language();
        String name = WorkbookUtil.createSafeSheetName(
                module.id() + " " + module.name().get(lang));
        XSSFSheet sheet = book.createSheet(name);
        XSSFRow keys = sheet.createRow(0);
        for (int i = 0; i < KEYS.size(); i++) {
            keys.createCell(i).setCellValue(KEYS.get(i));
        }
        keys.setZeroHeight(true);
        cell(
                sheet,
                1,
                0,
                text(
                        c,
                        "questionnaire.sheet.heading",
                        module.id(),
                        module.name().get(lang),
                        c.identity().roundTitle()),
                styles.title);
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < HEADERS.size(); i++) {
            XSSFCell cell = header.createCell(i);
            cell.setCellValue(text(c, HEADERS.get(i)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = HEADER_ROW + 1;
        for (AssessmentItem item : items) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell number = row.createCell(0);
            number.setCellValue(item.id());
            number.setCellStyle(styles.number);
            cell(sheet, r, 1, item.title().get(lang), styles.wrap);
            cell(sheet, r, 2, item.requirement().get(lang), styles.wrap);
            cell(sheet, r, 3, item.guidance().full().get(lang), styles.wrap);
            cell(sheet, r, 4, item.guidance().partial().get(lang), styles.wrap);
            cell(sheet, r, 5, item.guidance().none().get(lang), styles.wrap);
            cell(sheet, r, 6, evidence(item.evidence(), lang), styles.wrap);
            Rating prefill = c.prefill().getOrDefault(item.id(), Rating.unrated(item.id()));
            String na = text(c, "questionnaire.notApplicable");
            answer(sheet, r, 7, prefill.notApplicable() ? na : rate(prefill.c()), styles.answer);
            answer(sheet, r, 8, prefill.notApplicable() ? "" : rate(prefill.f()), styles.answer);
            answer(sheet, r, 9, prefill.notApplicable() ? prefill.justification() : "", styles.answerText);
            answer(sheet, r, 10, prefill.note(), styles.answerText);
            r++;
        }
        for (int row = HEADER_ROW; row < r; row++) {
            fitRowHeight(sheet.getRow(row), WIDTHS);
        }
        int last = r - 1;
        validation(sheet, c, HEADER_ROW + 1, last);
        sheet.createFreezePane(2, HEADER_ROW + 1);
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        // one page wide, as many pages down as the items need (a fit height of 0 means "unlimited")
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    /** The row's height from the texts of its cells (see {@link RowHeights}); the header row's text is bold. */
    private static void fitRowHeight(XSSFRow row, int[] widths) {
        String[] texts = new String[widths.length];
        boolean[] bold = new boolean[widths.length];
        for (int col = 0; col < widths.length; col++) {
            XSSFCell cell = row.getCell(col);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                texts[col] = cell.getStringCellValue();
                bold[col] = cell.getCellStyle().getFont().getBold();
            }
        }
        row.setHeightInPoints(RowHeights.of(texts, bold, widths));
    }

    private static void fitRowHeights(XSSFSheet sheet, int[] widths) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                fitRowHeight(sheet.getRow(r), widths);
            }
        }
    }

    private static String evidence(List<LocalizedText> evidence, Language lang) {
        StringBuilder s = new StringBuilder();
        for (LocalizedText e : evidence) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append("• ").append(e.get(lang));
        }
        return s.toString();
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "";
    }

    private static void answer(XSSFSheet sheet, int r, int col, String value, CellStyle style) {
        XSSFRow row = sheet.getRow(r);
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value.isEmpty()) {
            return;
        }
        if (col == 7 || col == 8) {
            try {
                cell.setCellValue(Integer.parseInt(value));
                return;
            } catch (NumberFormatException e) {
                // N/A stays text
            }
        }
        cell.setCellValue(value);
    }

    private static void validation(XSSFSheet sheet, Content c, int first, int last) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        List<String> choices = new ArrayList<>(List.of("10", "5", "0"));
        if (c.notApplicableAllowed()) {
            choices.add(text(c, "questionnaire.notApplicable"));
        }
        for (int col : new int[] {7, 8}) {
            DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                    new CellRangeAddressList(first, last, col, col));
            v.setSuppressDropDownArrow(true);
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            String message = text(
                    c,
                    "questionnaire.validation.message",
                    c.notApplicableAllowed() ? text(c, "questionnaire.validation.message.na") : "");
            v.createErrorBox(text(c, "questionnaire.validation.title"), message);
            v.setShowPromptBox(true);
            v.createPromptBox(text(c, "questionnaire.validation.title"), message);
            sheet.addValidationData(v);
        }
    }

    private static void identity(XSSFWorkbook book, QuestionnaireIdentity id) {
        XSSFSheet sheet = book.createSheet(QuestionnaireIdentity.SHEET);
        int r = 0;
        row(sheet, r++, QuestionnaireIdentity.MARKER, String.valueOf(id.formatVersion()));
        row(sheet, r++, "questionnaire", id.questionnaireUid());
        row(sheet, r++, "file", id.fileUid());
        row(sheet, r++, "fileName", id.fileName());
        row(sheet, r++, "round", id.roundUid());
        row(sheet, r++, "roundTitle", id.roundTitle());
        row(sheet, r++, "catalog", id.catalogId());
        row(sheet, r++, "catalogSha256", id.catalogSha256());
        row(sheet, r++, "scope", id.scope());
        row(sheet, r++, "assessor", id.assessor());
        row(sheet, r++, "language", id.language());
        row(sheet, r++, "created", id.created());
        row(sheet, r++, "#", "base: item, c, f, notApplicable, justification, note");
        for (Rating b : id.base().values().stream()
                .sorted(java.util.Comparator.comparingInt(Rating::item))
                .toList()) {
            row(
                    sheet,
                    r++,
                    "base",
                    String.valueOf(b.item()),
                    rate(b.c()),
                    rate(b.f()),
                    b.notApplicable() ? "1" : "",
                    b.justification(),
                    b.note());
        }
        sheet.protectSheet(id.questionnaireUid());
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void row(XSSFSheet sheet, int r, String... values) {
        XSSFRow row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void cell(XSSFSheet sheet, int r, int col, String value, CellStyle style) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        XSSFCell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle number;
        final CellStyle answer;
        final CellStyle answerText;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = bordered(book);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plain = book.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = bordered(book);
            wrap.setWrapText(true);
            number = bordered(book);
            number.setFont(bold);
            answer = bordered(book);
            answer.setLocked(false);
            answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            answer.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            answerText = bordered(book);
            answerText.setLocked(false);
            answerText.setWrapText(true);
            answerText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answerText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
