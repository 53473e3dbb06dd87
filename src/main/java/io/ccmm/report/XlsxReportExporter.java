package io.ccmm.report;

import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The readiness report as an Excel workbook for people who filter and pivot: Summary, Levels, Modules, Items, Path and
 * Actions sheets. Numbers are number cells, header rows are frozen with filters on, and text that a spreadsheet would
 * take for a formula is neutralized.
 */
public final class XlsxReportExporter implements ReportExporter {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void prepare() {
        HeadStart.forExcel();
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            XSSFWorkbook wb = made.document();
            new Book(wb, model).write();
            PlanSheets.add(wb, model);
            XlsxExtras.add(wb, model);
            wb.getProperties().getCoreProperties().setTitle(model.text().get("report.title"));
            WriteFailures.unwrapped(out, wb::write);
        }
    }

    private static final class Book {

        private final XSSFWorkbook wb;
        private final ReportModel model;
        private final ReportText text;
        private final CellStyle header;
        private final CellStyle plain;
        private final CellStyle wrap;
        private final CellStyle number;
        private final CellStyle percent;
        private final CellStyle label;
        private final CellStyle zeroText;
        private final CellStyle zeroNumber;

        Book(XSSFWorkbook wb, ReportModel model) {
            this.wb = wb;
            this.model = model;
            this.text = model.text();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = style(null, HorizontalAlignment.LEFT, false);
            ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(ReportPalette.NAVY, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setFont(bold);
            header.setWrapText(true);
            plain = style(null, HorizontalAlignment.LEFT, false);
            wrap = style(null, HorizontalAlignment.LEFT, true);
            number = style("0", HorizontalAlignment.RIGHT, false);
            percent = style("0.0", HorizontalAlignment.RIGHT, false);
            XSSFFont muted = wb.createFont();
            muted.setColor(new XSSFColor(ReportPalette.MUTED, null));
            label = style(null, HorizontalAlignment.LEFT, false);
            label.setFont(muted);
            zeroText = style(null, HorizontalAlignment.LEFT, true);
            zeroNumber = style("0", HorizontalAlignment.RIGHT, false);
            for (CellStyle s : List.of(zeroText, zeroNumber)) {
                ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(ReportPalette.ZERO_ROW, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
        }

        private CellStyle style(String format, HorizontalAlignment align, boolean wrapText) {
            CellStyle s = wb.createCellStyle();
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrapText);
            s.setBorderBottom(BorderStyle.HAIR);
            s.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            return s;
        }

        void write() {
            summary();
            levels();
            modules();
            items();
            path();
            actions();
            wb.setActiveSheet(0);
        }

        private void summary() {
            XSSFSheet sh = wb.createSheet(text.get("sheet.summary"));
            Cover c = model.cover();
            Readiness r = model.readiness();
            headerRow(sh, text.get("sheet.field"), text.get("sheet.value"));
            int[] n = {1};
            pair(sh, n, text.get("cover.organization"), c.organization());
            pair(sh, n, text.get("cover.site"), c.site());
            c.yearsInOperation().ifPresent(y -> pair(sh, n, text.get("cover.years"), y));
            pair(sh, n, text.get("cover.round"), c.roundTitle());
            pair(sh, n, text.get("cover.date"), c.roundDate());
            pair(sh, n, text.get("cover.assessors"), String.join(text.get("list.separator"), c.assessors()));
            for (String[] fact : CoverFacts.team(model, text)) {
                pair(sh, n, fact[0], fact[1]);
            }
            for (String[] fact : CoverFacts.brand(model, text)) {
                pair(sh, n, fact[0], fact[1]);
            }
            pair(sh, n, text.get("summary.readiness"), r.level());
            pair(sh, n, text.get("sheet.levelName"), r.label());
            pair(sh, n, text.get("sheet.rated"), r.ratedItems());
            pair(sh, n, text.get("notApplicable.flag"), r.notApplicableItems());
            pair(sh, n, text.get("modules.items"), r.totalItems());
            if (model.path().exists()) {
                pair(sh, n, text.get("summary.target"), model.path().targetLevel());
            }
            if (!r.bonusText().isBlank()) {
                pair(sh, n, text.get("appendix.bonus"), r.bonusText());
            }
            pair(sh, n, text.get("cover.catalog"), c.catalog().id());
            pair(sh, n, text.get("cover.catalog") + " sha256", c.catalog().sha256());
            pair(sh, n, text.get("cover.rules"), c.rules().id());
            pair(sh, n, text.get("cover.rules") + " sha256", c.rules().sha256());
            if (!c.generatedBy().isBlank()) {
                pair(sh, n, text.get("sheet.generated"), c.generatedBy() + " · " + c.generatedOn());
            }
            if (!model.appendix().notApplicableRule().isBlank()) {
                pair(sh, n, text.get("appendix.notApplicable"), model.appendix().notApplicableRule());
                sh.getRow(n[0] - 1).getCell(1).setCellStyle(wrap);
            }
            pair(sh, n, text.get("appendix.statement"), model.appendix().catalogStatement());
            sh.getRow(n[0] - 1).getCell(1).setCellStyle(wrap);
            sh.setColumnWidth(0, 26 * 256);
            sh.setColumnWidth(1, 90 * 256);
            sh.createFreezePane(0, 1);
            printOnA4(sh, 2);
        }

        private void pair(XSSFSheet sh, int[] n, String key, Object value) {
            Row row = sh.createRow(n[0]++);
            text(row, 0, key, label);
            if (value instanceof Number num) {
                number(row, 1, num.doubleValue(), number).setCellStyle(plainNumberLeft());
            } else {
                text(row, 1, (String) value, plain);
            }
        }

        private CellStyle plainNumberLeft;

        private CellStyle plainNumberLeft() {
            if (plainNumberLeft == null) {
                plainNumberLeft = style("0", HorizontalAlignment.LEFT, false);
            }
            return plainNumberLeft;
        }

        private void levels() {
            XSSFSheet sh = wb.createSheet(text.get("sheet.levels"));
            headerRow(
                    sh,
                    text.get("appendix.level"),
                    text.get("sheet.levelName"),
                    text.get("sheet.status"),
                    text.get("sheet.statusCode"),
                    text.get("sheet.percent"),
                    text.get("sheet.threshold"),
                    text.get("sheet.total"),
                    text.get("sheet.max"),
                    text.get("sheet.bonus"),
                    text.get("sheet.gap"),
                    text.get("sheet.reasons"),
                    text.get("sheet.notApplicable"),
                    text.get("sheet.allowedNotApplicable"));
            int n = 1;
            for (LevelRow l : model.ladder()) {
                Row row = sh.createRow(n++);
                number(row, 0, l.level(), number);
                text(row, 1, l.name(), plain);
                text(row, 2, l.statusText(), plain);
                text(row, 3, l.status().name(), plain);
                number(row, 4, l.percent().doubleValue(), percent);
                number(row, 5, l.thresholdPercent(), number);
                number(row, 6, l.totalPoints(), number);
                number(row, 7, l.maxPoints(), number);
                number(row, 8, l.bonusPoints(), number);
                number(row, 9, l.gapPoints(), number);
                text(row, 10, String.join("\n", l.notes(text)), wrap);
                number(row, 11, l.notApplicableItems(), number);
                number(row, 12, l.allowedNotApplicable(), number);
            }
            table(sh, n, 13, new int[] {8, 14, 12, 14, 10, 12, 12, 12, 10, 10, 70, 12, 12});
        }

        private void modules() {
            XSSFSheet sh = wb.createSheet(text.get("sheet.modules"));
            headerRow(
                    sh,
                    text.get("modules.module"),
                    text.get("sheet.moduleName"),
                    text.get("modules.items"),
                    text.get("modules.rated"),
                    text.get("modules.points"),
                    text.get("modules.max"),
                    text.get("sheet.percent"),
                    text.get("sheet.notApplicable"));
            int n = 1;
            for (ModuleRow m : model.modules()) {
                Row row = sh.createRow(n++);
                text(row, 0, m.id(), plain);
                text(row, 1, m.name(), plain);
                number(row, 2, m.items(), number);
                number(row, 3, m.rated(), number);
                number(row, 4, m.points(), number);
                number(row, 5, m.maxPoints(), number);
                number(row, 6, m.percent().doubleValue(), percent);
                number(row, 7, m.notApplicable(), number);
            }
            table(sh, n, 8, new int[] {10, 30, 10, 10, 10, 10, 10, 12});
        }

        private void items() {
            XSSFSheet sh = wb.createSheet(text.get("sheet.items"));
            headerRow(
                    sh,
                    text.get("items.no"),
                    text.get("items.module"),
                    text.get("items.title.column"),
                    text.get("items.level"),
                    text.get("items.c"),
                    text.get("items.f"),
                    text.get("items.points"),
                    text.get("items.note"),
                    text.get("notApplicable.flag"),
                    text.get("notApplicable.justification"));
            int n = 1;
            for (ItemRow i : model.items()) {
                Row row = sh.createRow(n++);
                boolean zero = i.isAtZero();
                CellStyle t = zero ? zeroText : wrap;
                CellStyle num = zero ? zeroNumber : number;
                number(row, 0, i.id(), num);
                text(row, 1, i.module(), t);
                text(row, 2, i.title(), t);
                number(row, 3, i.level(), num);
                rate(row, 4, i.c(), num, t);
                rate(row, 5, i.f(), num, t);
                if (i.c().isRated() || i.f().isRated()) {
                    number(row, 6, i.points(), num);
                } else {
                    text(row, 6, "", t);
                }
                text(row, 7, i.note(), t);
                text(row, 8, i.notApplicable() ? text.get("items.notApplicable") : "", t);
                text(row, 9, i.justification(), t);
            }
            table(sh, n, 10, new int[] {7, 8, 50, 7, 6, 6, 8, 60, 10, 60});
        }

        private void rate(Row row, int col, io.ccmm.assessment.Rate rate, CellStyle num, CellStyle t) {
            if (rate.isRated()) {
                number(row, col, rate.points(), num);
            } else {
                text(row, col, "", t);
            }
        }

        private void path() {
            ImprovementPath p = model.path();
            if (!p.exists()) {
                return;
            }
            XSSFSheet sh = wb.createSheet(text.get("sheet.path"));
            headerRow(
                    sh,
                    text.get("path.step"),
                    text.get("path.item"),
                    text.get("items.module"),
                    text.get("path.title.column"),
                    text.get("sheet.beforeC"),
                    text.get("sheet.beforeF"),
                    text.get("sheet.afterC"),
                    text.get("sheet.afterF"),
                    text.get("path.gain"));
            int n = 1;
            for (PathStep s : p.steps()) {
                Row row = sh.createRow(n);
                number(row, 0, n, number);
                number(row, 1, s.item(), number);
                text(row, 2, s.module(), plain);
                text(row, 3, s.title(), wrap);
                rate(row, 4, s.beforeC(), number, plain);
                rate(row, 5, s.beforeF(), number, plain);
                rate(row, 6, s.afterC(), number, plain);
                rate(row, 7, s.afterF(), number, plain);
                number(row, 8, s.gain(), number);
                n++;
            }
            table(sh, n, 9, new int[] {7, 7, 8, 50, 9, 9, 9, 9, 8});
        }

        private void actions() {
            XSSFSheet sh = wb.createSheet(text.get("sheet.actions"));
            headerRow(
                    sh,
                    text.get("actions.item"),
                    text.get("actions.what"),
                    text.get("actions.owner"),
                    text.get("actions.due"),
                    text.get("actions.status"));
            int n = 1;
            for (ActionRow a : model.actions()) {
                Row row = sh.createRow(n++);
                if (a.item().isPresent()) {
                    number(row, 0, a.item().getAsInt(), number);
                } else {
                    text(row, 0, "", plain);
                }
                text(row, 1, a.what(), wrap);
                text(row, 2, a.owner(), plain);
                text(row, 3, a.due(), plain);
                text(row, 4, a.status(), plain);
            }
            table(sh, n, 5, new int[] {8, 60, 16, 14, 14});
        }

        // ----- cells

        private void headerRow(XSSFSheet sh, String... titles) {
            Row row = sh.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                text(row, i, titles[i], header);
            }
        }

        /** Frozen header, filters over the table, and column widths in characters. */
        private static void table(XSSFSheet sh, int rows, int cols, int[] widths) {
            sh.createFreezePane(0, 1);
            sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, cols - 1));
            for (int i = 0; i < widths.length; i++) {
                sh.setColumnWidth(i, widths[i] * 256);
            }
            printOnA4(sh, cols);
            sh.setRepeatingRows(new CellRangeAddress(0, 0, 0, cols - 1));
        }

        /** Printed on A4, one page wide (landscape when the columns are many), so nothing spills onto extra pages. */
        private static void printOnA4(XSSFSheet sh, int cols) {
            sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sh.getPrintSetup().setLandscape(cols > 6);
            sh.setFitToPage(true);
            sh.getPrintSetup().setFitWidth((short) 1);
            sh.getPrintSetup().setFitHeight((short) 0);
        }

        private static Cell text(Row row, int col, String value, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellValue(SpreadsheetText.cell(value));
            cell.setCellStyle(style);
            return cell;
        }

        private static Cell number(Row row, int col, double value, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            return cell;
        }
    }
}
