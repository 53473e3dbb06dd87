package io.ccmm.catalogbook;

import io.ccmm.catalog.Area;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LevelDefinition;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The catalog workbook an organization types its licensed item text into: an instructions sheet in both languages and
 * one sheet per part of the catalog format, empty or filled with an existing catalog. Every cell is text, so ids such as
 * "1.0" stay as typed.
 */
public final class CatalogTemplate {

    private static final int TEXT_WIDTH = 48;
    private static final int ID_WIDTH = 10;
    private static final int MAX_LEVEL = 5;

    private final Language language;
    private final BookText text;
    private XSSFWorkbook book;
    private CellStyle header;
    private CellStyle body;

    private CatalogTemplate(Language language) {
        this.language = language;
        this.text = new BookText(language);
    }

    /** Writes the template whole to {@code target} (replacing it), filled with {@code catalog} when given. */
    public static void write(Path target, Optional<Catalog> catalog, Language language) throws IOException {
        AtomicFileWriter.write(target, out -> write(out, catalog, language));
    }

    /** Writes the template to {@code out}, which stays open. */
    public static void write(OutputStream out, Optional<Catalog> catalog, Language language) throws IOException {
        CatalogTemplate t = new CatalogTemplate(language);
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            XSSFWorkbook wb = made.document();
            t.book = wb;
            t.styles();
            t.instructions();
            t.fill(catalog.orElse(null));
            wb.write(out);
        }
    }

    private void styles() {
        Font bold = book.createFont();
        bold.setBold(true);
        short textFormat = book.createDataFormat().getFormat("@");
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setDataFormat(textFormat);
        body = book.createCellStyle();
        body.setWrapText(true);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        body.setDataFormat(textFormat);
    }

    private void instructions() {
        XSSFSheet sheet =
                book.createSheet(language == Language.ZH ? BookSheet.INSTRUCTIONS_ZH : BookSheet.INSTRUCTIONS_EN);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = new ArrayList<>();
        for (Language l : List.of(language, language == Language.ZH ? Language.EN : Language.ZH)) {
            BookText t = new BookText(l);
            for (int i = 1; ; i++) {
                String key = "instructions." + i;
                if (!t.has(key)) {
                    break;
                }
                lines.add(t.get(key));
            }
            lines.add("");
        }
        for (int i = 0; i < lines.size(); i++) {
            XSSFCell c = sheet.createRow(i).createCell(0);
            c.setCellValue(lines.get(i));
            c.setCellStyle(i == 0 ? header : body);
        }
    }

    private XSSFSheet sheet(BookSheet kind) {
        XSSFSheet sheet = book.createSheet(kind.title(language));
        Row row = sheet.createRow(0);
        List<String> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c);
            XSSFCell cell = (XSSFCell) row.createCell(c);
            cell.setCellValue(text.column(key) + "\n[" + key + "]");
            cell.setCellStyle(header);
            boolean wide = key.endsWith(".zh")
                    || key.endsWith(".en")
                    || key.equals("zh")
                    || key.equals("en")
                    || key.equals("value");
            sheet.setColumnWidth(c, (wide ? TEXT_WIDTH : ID_WIDTH + 4) * 256);
            sheet.setDefaultColumnStyle(c, body);
        }
        row.setHeightInPoints(32);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void fill(Catalog catalog) {
        XSSFSheet top = sheet(BookSheet.CATALOG);
        List<String> fields = CatalogWorkbookImport.CATALOG_FIELDS;
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            Row r = top.createRow(i + 1);
            set(r, 0, f);
            if (catalog == null) {
                continue;
            }
            switch (f) {
                case "id" -> set(r, 1, catalog.id());
                case "version" -> set(r, 1, catalog.version());
                case "title" -> texts(r, 2, catalog.title());
                case "source" -> texts(r, 2, catalog.source());
                default -> texts(r, 2, catalog.ratingRule());
            }
        }

        XSSFSheet modules = sheet(BookSheet.MODULES);
        XSSFSheet areas = sheet(BookSheet.AREAS);
        XSSFSheet levels = sheet(BookSheet.LEVELS);
        XSSFSheet items = sheet(BookSheet.ITEMS);
        XSSFSheet evidence = sheet(BookSheet.EVIDENCE);
        choices(levels, 0, List.of("1", "2", "3", "4", "5"));
        choices(items, 3, List.of("1", "2", "3", "4", "5"));
        choices(items, 14, List.of("yes", "no"));
        if (catalog == null) {
            for (int l = 1; l <= MAX_LEVEL; l++) {
                set(levels.createRow(l), 0, String.valueOf(l));
            }
            return;
        }
        int areaRow = 1;
        for (int i = 0; i < catalog.modules().size(); i++) {
            CatalogModule m = catalog.modules().get(i);
            Row r = modules.createRow(i + 1);
            set(r, 0, m.id());
            texts(r, 1, m.name());
            texts(r, 3, m.description());
            for (Area a : m.areas()) {
                Row ar = areas.createRow(areaRow++);
                set(ar, 0, a.id());
                set(ar, 1, m.id());
                texts(ar, 2, a.name());
            }
        }
        for (int i = 0; i < catalog.levels().size(); i++) {
            LevelDefinition l = catalog.levels().get(i);
            Row r = levels.createRow(i + 1);
            set(r, 0, String.valueOf(l.level()));
            texts(r, 1, l.name());
            texts(r, 3, l.description());
        }
        int evidenceRow = 1;
        for (int i = 0; i < catalog.items().size(); i++) {
            AssessmentItem item = catalog.items().get(i);
            Row r = items.createRow(i + 1);
            set(r, 0, String.valueOf(item.id()));
            set(r, 1, item.module());
            set(r, 2, item.area());
            set(r, 3, String.valueOf(item.level()));
            texts(r, 4, item.title());
            texts(r, 6, item.requirement());
            if (item.guidance() != null) {
                texts(r, 8, item.guidance().full());
                texts(r, 10, item.guidance().partial());
                texts(r, 12, item.guidance().none());
            }
            set(r, 14, item.revised2025() ? "yes" : "");
            set(r, 15, String.join(", ", item.applicability()));
            texts(r, 16, item.notApplicableHint());
            for (int e = 0; e < item.evidence().size(); e++) {
                Row er = evidence.createRow(evidenceRow++);
                set(er, 0, String.valueOf(item.id()));
                set(er, 1, String.valueOf(e + 1));
                texts(er, 2, item.evidence().get(e));
            }
        }
    }

    private void choices(XSSFSheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, BookReader.MAX_ROWS, column, column));
        v.setShowErrorBox(false); // a hint, not a lock: the import says what is wrong
        sheet.addValidationData(v);
    }

    private void texts(Row row, int column, LocalizedText t) {
        if (t != null) {
            set(row, column, t.zh());
            set(row, column + 1, t.en());
        }
    }

    private void set(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        XSSFCell c = (XSSFCell) row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(body);
    }
}
