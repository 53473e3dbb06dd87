package io.ccmm.report;

import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The action plan alone as a remediation plan (one row per action), as XLSX or as CSV (UTF-8 with a byte order mark,
 * CRLF). Cell text is neutralized like every spreadsheet the app writes.
 */
public final class ActionPlanExporter {

    /** The formats {@code ccmm plan} writes. */
    public static final List<String> FORMATS = List.of("xlsx", "csv");

    private ActionPlanExporter() {}

    /** The column titles, in order. */
    static List<String> header(ReportText t) {
        return List.of(
                t.get("plan.actions.no"),
                t.get("plan.actions.title.column"),
                t.get("plan.actions.items"),
                t.get("plan.actions.modules"),
                t.get("plan.actions.priority"),
                t.get("plan.actions.owner"),
                t.get("plan.actions.due"),
                t.get("plan.actions.quarter"),
                t.get("plan.actions.status"),
                t.get("plan.actions.effort"),
                t.get("plan.actions.target"));
    }

    static List<String> cells(PlanSection.PlanActionRow a) {
        return List.of(
                Integer.toString(a.no()),
                a.title(),
                a.items(),
                a.modules(),
                a.priority(),
                a.owner(),
                a.due(),
                a.quarter(),
                a.status(),
                a.effort(),
                a.target());
    }

    /** Writes the plan of {@code model} in {@code format} ("xlsx" or "csv") to {@code out} without closing it. */
    public static void write(ReportModel model, String format, OutputStream out) throws IOException {
        switch (format) {
            case "xlsx" -> xlsx(model, out);
            case "csv" -> csv(model, out);
            default -> throw new IllegalArgumentException("unknown plan format " + format + "; one of xlsx, csv");
        }
    }

    private static void csv(ReportModel model, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(header(model.text()).stream().map(SpreadsheetText::cell).toList());
        for (PlanSection.PlanActionRow a : model.plan().actions()) {
            List<String> cells = cells(a);
            csv.printRecord(cells.stream().map(SpreadsheetText::cell).toList());
        }
        csv.flush();
        writer.flush();
    }

    private static void xlsx(ReportModel model, OutputStream out) throws IOException {
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            XSSFWorkbook wb = made.document();
            addSheet(wb, model);
            wb.write(out);
        }
    }

    /** Adds the action plan as a sheet of {@code wb} (the XLSX report uses it too). */
    static void addSheet(XSSFWorkbook wb, ReportModel model) {
        XSSFSheet sheet = wb.createSheet(model.text().get("plan.sheet.actions"));
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        List<String> header = header(model.text());
        for (int i = 0; i < header.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(bold);
        }
        int r = 1;
        for (PlanSection.PlanActionRow a : model.plan().actions()) {
            Row row = sheet.createRow(r++);
            List<String> cells = cells(a);
            row.createCell(0).setCellValue(a.no());
            for (int i = 1; i < cells.size(); i++) {
                row.createCell(i).setCellValue(SpreadsheetText.cell(cells.get(i)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(1, 60 * 256);
    }
}
