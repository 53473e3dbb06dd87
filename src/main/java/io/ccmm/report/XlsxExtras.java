package io.ccmm.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The branding and team of the XLSX report: the client's (else the organization's) and the consultancy's names in the
 * printed page header of every sheet, and a rater agreement sheet for a round merged from two or more raters.
 */
final class XlsxExtras {

    private XlsxExtras() {}

    static void add(XSSFWorkbook wb, ReportModel model) {
        agreementSheet(wb, model);
        ExtrasSection.Brand brand = model.extras().brand();
        String left = brand.client().isBlank() ? model.cover().organization() : brand.client();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Header header = wb.getSheetAt(i).getHeader();
            header.setLeft(headerText(left));
            if (!brand.consultancy().isBlank()) {
                header.setRight(headerText(brand.consultancy()));
            }
        }
    }

    /** Text for a page header, where "&" starts a code: doubled to print as itself. */
    static String headerText(String s) {
        return ReportText.printable(s).replace("&", "&&");
    }

    private static void agreementSheet(XSSFWorkbook wb, ReportModel model) {
        List<AppendixBlocks.Block> blocks = AppendixBlocks.team(model);
        if (!model.extras().isTeam()) {
            return;
        }
        ReportText t = model.text();
        XSSFSheet sh = wb.createSheet(t.get("team.sheet"));
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle number = wb.createCellStyle();
        number.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        CellStyle kappa = wb.createCellStyle();
        kappa.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        int r = 0;
        for (AppendixBlocks.Block b : blocks) {
            if (b instanceof AppendixBlocks.Table tb) {
                Row head = sh.createRow(r++);
                for (int i = 0; i < tb.header().size(); i++) {
                    head.createCell(i)
                            .setCellValue(SpreadsheetText.cell(tb.header().get(i)));
                    head.getCell(i).setCellStyle(bold);
                }
                int first = r - 1;
                for (ExtrasSection.AgreementRow a : model.extras().agreement()) {
                    Row row = sh.createRow(r++);
                    row.createCell(0).setCellValue(SpreadsheetText.cell(a.pair()));
                    row.createCell(1).setCellValue(SpreadsheetText.cell(a.module()));
                    row.createCell(2).setCellValue(a.angle());
                    row.createCell(3).setCellValue(a.items());
                    row.createCell(4).setCellValue(Double.parseDouble(a.exact().replace("%", "")));
                    row.getCell(4).setCellStyle(number);
                    if (!a.kappa().equals(ReportText.DASH)) {
                        row.createCell(5).setCellValue(Double.parseDouble(a.kappa()));
                        row.getCell(5).setCellStyle(kappa);
                    }
                    row.createCell(6).setCellValue(SpreadsheetText.cell(a.reading()));
                }
                sh.createFreezePane(0, first + 1);
                sh.setAutoFilter(
                        new CellRangeAddress(first, r - 1, 0, tb.header().size() - 1));
            } else if (b instanceof AppendixBlocks.Paragraph p) {
                sh.createRow(r++).createCell(0).setCellValue(SpreadsheetText.cell(p.text()));
            } else if (b instanceof AppendixBlocks.Heading h) {
                sh.createRow(r++).createCell(0).setCellValue(SpreadsheetText.cell(h.text()));
                sh.getRow(r - 1).getCell(0).setCellStyle(bold);
            }
        }
        int[] widths = {22, 30, 8, 8, 14, 14, 28};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
    }
}
