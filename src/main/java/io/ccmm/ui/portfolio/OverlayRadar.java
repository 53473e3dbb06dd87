package io.ccmm.ui.portfolio;

import io.ccmm.ui.common.BundledFonts;
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
        double cx = w / 2;
        double cy = h / 2 + 6;
        double r = Math.min(w, h) / 2 - 44;
        g.setLineWidth(1);
        g.setStroke(Color.web("#8c959f", 0.5));
        for (int ring = 1; ring <= 4; ring++) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = cx + r * ring / 4 * Math.cos(angle(i, n));
                ys[i] = cy + r * ring / 4 * Math.sin(angle(i, n));
            }
            g.strokePolygon(xs, ys, n);
        }
        for (int s = 0; s < series.size(); s++) {
            List<Double> values = series.get(s);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                double v = Math.max(0, Math.min(100, i < values.size() ? values.get(i) : 0)) / 100.0;
                xs[i] = cx + r * v * Math.cos(angle(i, n));
                ys[i] = cy + r * v * Math.sin(angle(i, n));
            }
            Color c = COLORS.get(s % COLORS.size());
            g.setFill(c.deriveColor(0, 1, 1, 0.15));
            g.fillPolygon(xs, ys, n);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokePolygon(xs, ys, n);
        }
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(BundledFonts.FAMILY, 12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < n; i++) {
            g.fillText(labels.get(i), cx + (r + 22) * Math.cos(angle(i, n)), cy + (r + 16) * Math.sin(angle(i, n)));
        }
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }
}
