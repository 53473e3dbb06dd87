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

/** A radar of module percents with one polygon per compared site, each in its own colour. */
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
        setMinSize(260, 240);
        setPrefSize(380, 320);
    }

    void setData(List<String> axisLabels, List<List<Double>> percents) {
        labels = List.copyOf(axisLabels);
        series = percents.stream().map(List::copyOf).toList();
        draw();
    }

    List<List<Double>> series() {
        return series;
    }

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
        RadarGeometry geo = new RadarGeometry(w / 2, h / 2 + 6, Math.min(w, h) / 2 - 44, n);
        RadarChart.drawGrid(g, geo, Color.web("#8c959f", 0.5), false);
        for (int s = 0; s < series.size(); s++) {
            Color c = COLORS.get(s % COLORS.size());
            RadarChart.drawSeries(g, geo.polygon(series.get(s)), c.deriveColor(0, 1, 1, 0.15), c);
        }
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(BundledFonts.FAMILY, 12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < n; i++) {
            RadarGeometry.Point at = geo.labelAnchor(i, 22, 16);
            g.fillText(labels.get(i), at.x(), at.y());
        }
    }
}
