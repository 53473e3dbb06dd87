package io.ccmm.ui.common;

import io.ccmm.report.RadarGeometry;
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
        RadarGeometry geo = new RadarGeometry(w / 2, h / 2 + 6, Math.min(w, h) / 2 - 48, n);
        drawGrid(g, geo, grid.deriveColor(0, 1, 1, 0.5), true);
        drawSeries(g, geo.polygon(values), stroke.deriveColor(0, 1, 1, 0.25), stroke);
        g.setFill(text);
        g.setFont(Font.font(BundledFonts.FAMILY, 12));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            RadarGeometry.Point at = geo.labelAnchor(i, 24, 18);
            g.setTextAlign(
                    switch (geo.labelSide(i, 0.2)) {
                        case START -> TextAlignment.LEFT;
                        case MIDDLE -> TextAlignment.CENTER;
                        case END -> TextAlignment.RIGHT;
                    });
            g.fillText(labels.get(i) + "  " + Math.round(values.get(i)) + "%", at.x(), at.y());
        }
    }

    /** The four rings of a radar (and with {@code spokes} its axes), one pixel wide in {@code color}. */
    public static void drawGrid(GraphicsContext g, RadarGeometry geo, Color color, boolean spokes) {
        g.setLineWidth(1);
        g.setStroke(color);
        for (int ring = 1; ring <= 4; ring++) {
            RadarGeometry.Polygon p = geo.ring(ring / 4.0);
            g.strokePolygon(p.xs(), p.ys(), geo.axes());
        }
        for (int i = 0; spokes && i < geo.axes(); i++) {
            g.strokeLine(geo.cx(), geo.cy(), geo.x(i, 1), geo.y(i, 1));
        }
    }

    /** One series of a radar: the polygon filled with {@code fill} and outlined two pixels wide in {@code line}. */
    public static void drawSeries(GraphicsContext g, RadarGeometry.Polygon p, Color fill, Color line) {
        g.setFill(fill);
        g.fillPolygon(p.xs(), p.ys(), p.xs().length);
        g.setStroke(line);
        g.setLineWidth(2);
        g.strokePolygon(p.xs(), p.ys(), p.xs().length);
    }
}
