package io.ccmm.ui.portfolio;

import io.ccmm.report.RadarGeometry;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.RadarChart;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar of module percents with one polygon per compared site, each in its own colour; each axis is labelled with its
 * module's id and name in the window's language (as the portfolio PDF's radar is), wrapped to the room beside it.
 */
final class OverlayRadar extends Region {

    static final List<Color> COLORS = List.of(
            Color.web("#0969da"),
            Color.web("#cf222e"),
            Color.web("#1a7f37"),
            Color.web("#9a6700"),
            Color.web("#8250df"),
            Color.web("#bc4c00"));

    private final Canvas canvas = new Canvas();
    private List<String> labels = List.of();
    private List<List<Double>> series = List.of();

    OverlayRadar() {
        getChildren().add(canvas);
        getStyleClass().add("portfolio-radar");
        setMinSize(300, 260);
        setPrefSize(460, 340);
    }

    void setData(List<String> axisLabels, List<List<Double>> percents) {
        labels = List.copyOf(axisLabels);
        series = percents.stream().map(List::copyOf).toList();
        draw();
    }

    List<List<Double>> series() {
        return series;
    }

    /** The axis labels, in axis order. */
    List<String> labels() {
        return labels;
    }

    /** Room beside the chart for the labels of the sideways axes ("2.0 Operations &amp; Management" in two lines). */
    private static final double LABEL_ROOM = 112;

    private static final double FONT_SIZE = 12;

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        int n = labels.size();
        if (n < 3 || w < 10 || h < 10) {
            return;
        }
        double radius = Math.max(30, Math.min(h / 2 - 44, w / 2 - LABEL_ROOM - 14));
        RadarGeometry geo = new RadarGeometry(w / 2, h / 2 + 6, radius, n);
        RadarChart.drawGrid(g, geo, Color.web("#8c959f", 0.5), false);
        for (int s = 0; s < series.size(); s++) {
            Color c = COLORS.get(s % COLORS.size());
            RadarChart.drawSeries(g, geo.polygon(series.get(s)), c.deriveColor(0, 1, 1, 0.15), c);
        }
        g.setFill(Color.web("#57606a"));
        Font font = Font.font(BundledFonts.FAMILY, FONT_SIZE);
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < n; i++) {
            RadarGeometry.Point at = geo.labelAnchor(i, 10, 8);
            RadarGeometry.Side side = geo.labelSide(i, 0.25);
            g.setTextAlign(
                    switch (side) {
                        case START -> TextAlignment.LEFT;
                        case MIDDLE -> TextAlignment.CENTER;
                        case END -> TextAlignment.RIGHT;
                    });
            double room =
                    switch (side) {
                        case START -> w - at.x() - 4;
                        case END -> at.x() - 4;
                        case MIDDLE -> w - 8;
                    };
            List<String> lines = wrap(labels.get(i), room, font);
            double lineHeight = FONT_SIZE * 1.25;
            double sin = geo.sin(i);
            double top = sin < -0.5
                    ? at.y() - lineHeight * lines.size()
                    : sin > 0.5 ? at.y() : at.y() - lineHeight * lines.size() / 2;
            for (String line : lines) {
                g.fillText(line, at.x(), top);
                top += lineHeight;
            }
        }
    }

    /** {@code label} in lines no wider than {@code room}, broken at spaces (a word wider than the room keeps its line). */
    static List<String> wrap(String label, double room, Font font) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, font) > room) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double width(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
