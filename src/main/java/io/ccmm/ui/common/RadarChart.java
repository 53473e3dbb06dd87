package io.ccmm.ui.common;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar (spider) chart of percentages 0–100, one axis per label; JavaFX has none built in. Its colours are CSS
 * properties ({@code -ccmm-line-color}, {@code -ccmm-grid-color}, {@code -ccmm-label-color}), so the stylesheet ties
 * them to the theme's colours and a theme switch redraws it.
 */
public final class RadarChart extends Region {

    private static final StyleablePropertyFactory<RadarChart> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final Canvas canvas = new Canvas();
    private List<String> labels = List.of();
    private List<Double> values = List.of();
    private final StyleableObjectProperty<Color> lineColor =
            colorProperty("lineColor", "-ccmm-line-color", s -> s.lineColor, Color.web("#0969da"));
    private final StyleableObjectProperty<Color> gridColor =
            colorProperty("gridColor", "-ccmm-grid-color", s -> s.gridColor, Color.web("#8c959f"));
    private final StyleableObjectProperty<Color> labelColor =
            colorProperty("labelColor", "-ccmm-label-color", s -> s.labelColor, Color.web("#24292f"));

    public RadarChart() {
        getChildren().add(canvas);
        getStyleClass().add("radar-chart");
        setMinSize(260, 240);
        setPrefSize(380, 320);
    }

    private StyleableObjectProperty<Color> colorProperty(
            String name,
            String cssProperty,
            java.util.function.Function<RadarChart, StyleableProperty<Color>> self,
            Color initial) {
        StyleableObjectProperty<Color> property = new SimpleStyleableObjectProperty<>(
                STYLES.createColorCssMetaData(cssProperty, self, initial, false), this, name, initial);
        property.addListener((obs, old, now) -> draw());
        return property;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** The colour the data polygon is drawn in (CSS {@code -ccmm-line-color}). */
    public Color getLineColor() {
        return lineColor.get();
    }

    /** The colour of the axis labels (CSS {@code -ccmm-label-color}). */
    public Color getLabelColor() {
        return labelColor.get();
    }

    public void setData(List<String> axisLabels, List<Double> percents) {
        this.labels = List.copyOf(axisLabels);
        this.values = List.copyOf(percents);
        draw();
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
        Color stroke = lineColor.get();
        Color grid = gridColor.get();
        Color text = labelColor.get();
        g.clearRect(0, 0, w, h);
        int n = labels.size();
        if (n < 3 || w < 10 || h < 10) {
            return;
        }
        double cx = w / 2;
        double cy = h / 2 + 6;
        double r = Math.min(w, h) / 2 - 48;
        g.setLineWidth(1);
        g.setStroke(grid.deriveColor(0, 1, 1, 0.5));
        for (int ring = 1; ring <= 4; ring++) {
            polygon(g, cx, cy, r * ring / 4, n, null, false);
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.strokeLine(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double v = Math.max(0, Math.min(100, values.get(i))) / 100.0;
            xs[i] = cx + r * v * Math.cos(a);
            ys[i] = cy + r * v * Math.sin(a);
        }
        g.setFill(stroke.deriveColor(0, 1, 1, 0.25));
        g.fillPolygon(xs, ys, n);
        g.setStroke(stroke);
        g.setLineWidth(2);
        g.strokePolygon(xs, ys, n);
        g.setFill(text);
        g.setFont(Font.font(BundledFonts.FAMILY, 12));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double lx = cx + (r + 24) * Math.cos(a);
            double ly = cy + (r + 18) * Math.sin(a);
            g.setTextAlign(
                    Math.abs(Math.cos(a)) < 0.2
                            ? TextAlignment.CENTER
                            : Math.cos(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(labels.get(i) + "  " + Math.round(values.get(i)) + "%", lx, ly);
        }
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static void polygon(GraphicsContext g, double cx, double cy, double r, int n, Color fill, boolean filled) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = cx + r * Math.cos(angle(i, n));
            ys[i] = cy + r * Math.sin(angle(i, n));
        }
        if (filled && fill != null) {
            g.setFill(fill);
            g.fillPolygon(xs, ys, n);
        }
        g.strokePolygon(xs, ys, n);
    }
}
