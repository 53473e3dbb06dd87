package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one radar geometry puts every point where the charts drew it before they shared it: the first axis up, then
 * clockwise, points at the clamped fraction of the radius, labels beyond the axis end.
 */
class RadarGeometryTest {

    private static final double EXACT = 1e-9;

    @Test
    void pointsAndRingsAreWhereTheChartsDrewThem() {
        for (int n = 3; n <= 8; n++) {
            RadarGeometry geo = new RadarGeometry(190, 166, 112, n);
            List<Double> percents = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                percents.add(i * 37.0 - 20); // below 0, between, above 100
            }
            RadarGeometry.Polygon data = geo.polygon(percents);
            RadarGeometry.Polygon ring = geo.ring(0.6);
            for (int i = 0; i < n; i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / n;
                double v = Math.max(0, Math.min(100, percents.get(i))) / 100.0;
                assertEquals(190 + 112 * v * Math.cos(a), data.xs()[i], EXACT);
                assertEquals(166 + 112 * v * Math.sin(a), data.ys()[i], EXACT);
                assertEquals(190 + 112 * 0.6 * Math.cos(a), ring.xs()[i], EXACT);
                assertEquals(166 + 112 * 0.6 * Math.sin(a), ring.ys()[i], EXACT);
                RadarGeometry.Point label = geo.labelAnchor(i, 24, 18);
                assertEquals(190 + 136 * Math.cos(a), label.x(), EXACT);
                assertEquals(166 + 130 * Math.sin(a), label.y(), EXACT);
            }
        }
    }

    @Test
    void theFirstAxisPointsUpAndLabelsFaceAwayFromTheCentre() {
        RadarGeometry geo = new RadarGeometry(100, 100, 50, 4);
        assertEquals(100, geo.x(0, 1), EXACT);
        assertEquals(50, geo.y(0, 1), EXACT);
        assertEquals(150, geo.x(1, 1), EXACT);
        assertEquals(RadarGeometry.Side.MIDDLE, geo.labelSide(0, 0.25));
        assertEquals(RadarGeometry.Side.START, geo.labelSide(1, 0.25));
        assertEquals(RadarGeometry.Side.MIDDLE, geo.labelSide(2, 0.25));
        assertEquals(RadarGeometry.Side.END, geo.labelSide(3, 0.25));
    }

    @Test
    void aMissingValueIsTheCentre() {
        RadarGeometry geo = new RadarGeometry(10, 20, 5, 3);
        RadarGeometry.Polygon p = geo.polygon(List.of(100.0));
        assertArrayEquals(new double[] {10, 10}, new double[] {p.xs()[1], p.xs()[2]}, EXACT);
        assertThrows(IllegalArgumentException.class, () -> new RadarGeometry(0, 0, 1, 0));
    }
}
