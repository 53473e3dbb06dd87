package io.ccmm.report;

import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The trend chart of the XLSX report: the rounds' figures as numbers under the trend table and two native line charts
 * drawn from them (readiness level, module scores), so they stay live when the user edits the figures in Excel.
 */
final class TrendChartSheet {

    private TrendChartSheet() {}

    /** Writes the figures from row {@code start} of {@code sh} and the charts beside them; returns the next free row. */
    static int add(XSSFSheet sh, int start, ReportModel model, CellStyle bold) {
        if (!TrendChart.shows(model)) {
            return start;
        }
        ReportText t = model.text();
        List<PlanSection.TrendRow> rounds = model.plan().trend();
        List<String> modules = model.plan().trendModules();
        int top = start + 1;
        Row title = sh.createRow(top);
        title.createCell(0).setCellValue(SpreadsheetText.cell(t.get("plan.trend.chart")));
        title.getCell(0).setCellStyle(bold);
        Row head = sh.createRow(top + 1);
        head.createCell(0).setCellValue(SpreadsheetText.cell(t.get("plan.trend.round")));
        head.createCell(1).setCellValue(SpreadsheetText.cell(t.get("plan.trend.chart.level")));
        for (int m = 0; m < modules.size(); m++) {
            head.createCell(2 + m).setCellValue(SpreadsheetText.cell(TrendChart.moduleLabel(model, modules.get(m))));
        }
        head.forEach(c -> c.setCellStyle(bold));
        int first = top + 2;
        for (int i = 0; i < rounds.size(); i++) {
            PlanSection.TrendRow r = rounds.get(i);
            Row row = sh.createRow(first + i);
            row.createCell(0).setCellValue(SpreadsheetText.cell(r.title()));
            row.createCell(1).setCellValue(r.level());
            for (int m = 0; m < modules.size() && m < r.moduleValues().size(); m++) {
                double v = r.moduleValues().get(m);
                if (!Double.isNaN(v)) {
                    row.createCell(2 + m).setCellValue(v);
                }
            }
        }
        int last = first + rounds.size() - 1;
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromStringCellRange(sh, new CellRangeAddress(first, last, 0, 0));
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        int chartTop = last + 2;
        XSSFChart level = chart(drawing, chartTop, chartTop + 12, t.get("plan.trend.chart.level"));
        lines(sh, level, names, top + 1, first, last, 1, 1, 5);
        XSSFChart scores = chart(drawing, chartTop + 13, chartTop + 33, t.get("plan.trend.chart.modules"));
        lines(sh, scores, names, top + 1, first, last, 2, 1 + modules.size(), 100);
        return chartTop + 34;
    }

    private static XSSFChart chart(XSSFDrawing drawing, int fromRow, int toRow, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, fromRow, 9, toRow);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(SpreadsheetText.cell(title));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** One line per column {@code fromCol}–{@code toCol}, named by its header cell, over the rounds. */
    private static void lines(
            XSSFSheet sh,
            XSSFChart chart,
            XDDFDataSource<String> names,
            int headRow,
            int first,
            int last,
            int fromCol,
            int toCol,
            double max) {
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setMinimum(0);
        left.setMaximum(max);
        left.setMajorUnit(max <= 5 ? 1 : 25);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        for (int col = fromCol; col <= toCol; col++) {
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(first, last, col, col));
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(names, values);
            s.setTitle(
                    sh.getRow(headRow).getCell(col).getStringCellValue(),
                    new CellReference(sh.getSheetName(), headRow, col, true, true));
            s.setSmooth(false);
            s.setMarkerStyle(MarkerStyle.CIRCLE);
            // Explicit line colours: without them some spreadsheet programs draw the markers only.
            Color c = fromCol == 1 ? ReportPalette.NAVY : TrendChart.moduleColor(col - fromCol);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(
                    XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(fill);
            line.setWidth(fromCol == 1 ? 2.25 : 1.75);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            shape.setFillProperties(fill);
            s.setShapeProperties(shape);
        }
        chart.plot(data);
    }
}
