package io.ccmm.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan sections of the XLSX report: the executive summary as the first sheet (with the draft note), then sheets for
 * findings, the action plan, the roadmap and the trend.
 */
final class PlanSheets {

    private PlanSheets() {}

    static void add(XSSFWorkbook wb, ReportModel model) {
        if (!model.plan().present()) {
            return;
        }
        ReportText t = model.text();
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);

        XSSFSheet summary = wb.createSheet(t.get("plan.summary.title"));
        int r = 0;
        if (model.plan().isDraft()) {
            Row draft = summary.createRow(r++);
            draft.createCell(0)
                    .setCellValue(SpreadsheetText.cell(
                            t.get("plan.draft.watermark") + " — " + model.plan().draftNote()));
            draft.getCell(0).setCellStyle(bold);
        }
        for (PlanBlocks.Block b : PlanBlocks.summary(model)) {
            Row row = summary.createRow(r++);
            if (b instanceof PlanBlocks.Heading h) {
                row.createCell(0).setCellValue(SpreadsheetText.cell(h.text()));
                row.getCell(0).setCellStyle(bold);
            } else if (b instanceof PlanBlocks.Paragraph p) {
                row.createCell(0).setCellValue(SpreadsheetText.cell(p.text()));
                row.getCell(0).setCellStyle(wrap);
            }
        }
        summary.setColumnWidth(0, 120 * 256);
        wb.setSheetOrder(summary.getSheetName(), 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);

        ActionPlanExporter.addSheet(wb, model);
        XSSFSheet current = null;
        int row = 0;
        for (PlanBlocks.Block b : PlanBlocks.sections(model)) {
            if (b instanceof PlanBlocks.Heading h) {
                current = h.text().equals(t.get("plan.actions.title")) ? null : wb.createSheet(sheetName(wb, h.text()));
                row = 0;
            } else if (current != null && b instanceof PlanBlocks.Paragraph p) {
                current.createRow(row++).createCell(0).setCellValue(SpreadsheetText.cell(p.text()));
            } else if (current != null && b instanceof PlanBlocks.Table tb) {
                row = table(current, row, tb, bold, wrap);
            } else if (current != null && b instanceof PlanBlocks.TrendChart) {
                row = TrendChartSheet.add(current, row, model, bold);
            }
        }
    }

    private static int table(XSSFSheet sh, int start, PlanBlocks.Table tb, CellStyle bold, CellStyle wrap) {
        int r = start;
        Row head = sh.createRow(r++);
        List<String> header = tb.header();
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(SpreadsheetText.cell(header.get(i)));
            head.getCell(i).setCellStyle(bold);
            sh.setColumnWidth(i, (i == 1 || header.size() <= 3 ? 40 : 16) * 256);
        }
        for (List<String> cells : tb.rows()) {
            Row row = sh.createRow(r++);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(SpreadsheetText.cell(cells.get(i)));
                row.getCell(i).setCellStyle(wrap);
            }
        }
        return r;
    }

    /** A sheet name that is unique in {@code wb} and within Excel's 31 characters. */
    private static String sheetName(XSSFWorkbook wb, String wanted) {
        String base = wanted.length() > 28 ? wanted.substring(0, 28) : wanted;
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            name = base + " " + n;
        }
        return name;
    }
}
