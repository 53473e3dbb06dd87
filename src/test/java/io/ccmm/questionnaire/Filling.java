package io.ccmm.questionnaire;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a questionnaire by code, as a department head (or a script) would in Excel or WPS. */
final class Filling {

    /** Column indexes of the questionnaire as written. */
    static final int ITEM = 0;

    static final int C = 7;
    static final int F = 8;
    static final int JUSTIFICATION = 9;
    static final int NOTE = 10;

    private Filling() {}

    /** Opens {@code in}, lets {@code edit} change it, and saves it to {@code out}. */
    static Path edit(Path in, Path out, Consumer<XSSFWorkbook> edit) throws Exception {
        try (InputStream s = Files.newInputStream(in);
                XSSFWorkbook book = new XSSFWorkbook(s)) {
            edit.accept(book);
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    /** The row of {@code item} on any sheet, found by the item-number column. */
    static Row row(XSSFWorkbook book, int item) {
        DataFormatter format = new DataFormatter();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                Cell c = row.getCell(ITEM);
                if (c != null
                        && c.getCellType() == CellType.NUMERIC
                        && format.formatCellValue(c).equals(String.valueOf(item))) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row for item " + item);
    }

    static void text(XSSFWorkbook book, int item, int col, String value) {
        Row row = row(book, item);
        cell(row, col).setCellValue(value);
    }

    static void number(XSSFWorkbook book, int item, int col, double value) {
        cell(row(book, item), col).setCellValue(value);
    }

    static Cell cell(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? row.createCell(col) : c;
    }
}
