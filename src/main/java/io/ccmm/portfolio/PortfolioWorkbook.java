package io.ccmm.portfolio;

import io.ccmm.files.AtomicFileWriter;
import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The portfolio as an Excel workbook: one sheet, one row per site (the columns of the portfolio window, module
 * percentiles within the portfolio included), marked rows with their reason. Written whole or not at all.
 */
public final class PortfolioWorkbook {

    private PortfolioWorkbook() {}

    public static void write(List<PortfolioRow> rows, Locale locale, Path target) throws IOException {
        ResourceBundle words = ResourceBundle.getBundle(
                "i18n.portfolio",
                locale,
                PortfolioWorkbook.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> modules = Portfolio.modules(rows);
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            XSSFWorkbook book = made.document();
            Sheet sheet = book.createSheet(words.getString("portfolio.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int col = 0;
            for (String key : List.of(
                    "organization",
                    "site",
                    "industry",
                    "round",
                    "date",
                    "status",
                    "level",
                    "nextLevel",
                    "nextPercent",
                    "threshold")) {
                cell(header, col++, words.getString("portfolio.col." + key)).setCellStyle(bold);
            }
            for (String m : modules) {
                cell(header, col++, m).setCellStyle(bold);
            }
            for (String m : modules) {
                cell(header, col++, words.getString("portfolio.col.percentile") + " " + m)
                        .setCellStyle(bold);
            }
            for (String key : List.of("notApplicable", "conflicts", "rounds", "trend", "source", "problem")) {
                cell(header, col++, words.getString("portfolio.col." + key)).setCellStyle(bold);
            }
            int r = 1;
            for (PortfolioRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                cell(line, c++, row.organization());
                cell(line, c++, row.site());
                cell(line, c++, row.industry());
                cell(line, c++, row.roundTitle());
                cell(line, c++, row.roundDate());
                if (row.hasProblem()) {
                    c = 10 + 2 * modules.size() + 4;
                    cell(line, c++, row.source());
                    cell(line, c, row.problem().orElseThrow().describe(locale));
                    continue;
                }
                cell(line, c++, words.getString(row.isFinal() ? "portfolio.final" : "portfolio.draft"));
                line.createCell(c++).setCellValue(row.readinessLevel());
                line.createCell(c++).setCellValue(row.nextLevel());
                line.createCell(c++).setCellValue(row.nextLevelPercent().doubleValue());
                line.createCell(c++).setCellValue(row.nextLevelThreshold());
                for (String m : modules) {
                    BigDecimal p = row.modulePercents().get(m);
                    Cell cell = line.createCell(c++);
                    if (p != null) {
                        cell.setCellValue(p.doubleValue());
                    }
                }
                for (String m : modules) {
                    line.createCell(c++).setCellValue(Portfolio.percentile(rows, row, m));
                }
                line.createCell(c++).setCellValue(row.notApplicable());
                line.createCell(c++).setCellValue(row.conflicts());
                line.createCell(c++).setCellValue(row.rounds());
                cell(
                        line,
                        c++,
                        row.trend().stream().map(t -> "L" + t.readinessLevel()).collect(Collectors.joining(" → ")));
                cell(line, c, row.source());
            }
            sheet.createFreezePane(2, 1);
            for (int i = 0; i < col; i++) {
                sheet.setColumnWidth(i, i < 2 ? 32 * 256 : 14 * 256);
            }
            AtomicFileWriter.write(target, book::write);
        }
    }

    private static Cell cell(Row row, int col, String text) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        return c;
    }
}
