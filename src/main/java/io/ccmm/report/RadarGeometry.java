package io.ccmm.report;

import java.util.List;

/**
 * Where a radar (spider) chart puts things: one axis per module, the first pointing up and the others clockwise, the
 * points of a polygon at a fraction of the radius along each axis, and the anchor of each axis label. One geometry for
 * every radar the app draws (the report's, the portfolio summary's and the window's charts), so they agree; the
 * drawing itself is left to each canvas.
 *
 * @param cx the centre's x
 * @param cy the centre's y (y grows downwards)
 * @param radius the length of an axis, the 100 % ring
 * @param axes how many axes
 */
public record RadarGeometry(double cx, double cy, double radius, int axes) {

    /** Which side of its anchor point a label stands on. */
    public enum Side {
        /** The label starts at the anchor (axes pointing right). */
        START,
        /** The label is centred on the anchor (axes pointing up or down). */
        MIDDLE,
        /** The label ends at the anchor (axes pointing left). */
        END
    }

    /** A closed polygon's corners, one per axis. */
    public record Polygon(double[] xs, double[] ys) {}

    /** A point of the chart. */
    public record Point(double x, double y) {}

    public RadarGeometry {
        if (axes < 1) {
            throw new IllegalArgumentException("a radar needs at least one axis, not " + axes);
        }
    }

    /** The angle of axis {@code i} in radians: −π/2 (up) for the first, then clockwise. */
    public double angle(int i) {
        return -Math.PI / 2 + 2 * Math.PI * i / axes;
    }

    public double cos(int i) {
        return Math.cos(angle(i));
    }

    public double sin(int i) {
        return Math.sin(angle(i));
    }

    /** The x of the point at {@code fraction} of the radius along axis {@code i}. */
    public double x(int i, double fraction) {
        return cx + radius * fraction * cos(i);
    }

    /** The y of the point at {@code fraction} of the radius along axis {@code i}. */
    public double y(int i, double fraction) {
        return cy + radius * fraction * sin(i);
    }

    /** The ring at {@code fraction} of the radius (1 is the outer ring). */
    public Polygon ring(double fraction) {
        double[] xs = new double[axes];
        double[] ys = new double[axes];
        for (int i = 0; i < axes; i++) {
            xs[i] = x(i, fraction);
            ys[i] = y(i, fraction);
        }
        return new Polygon(xs, ys);
    }

    /**
     * The polygon of {@code percents}, one per axis in axis order, each held to 0–100; an axis without a value (the
     * list is shorter) is at 0.
     */
    public Polygon polygon(List<Double> percents) {
        double[] xs = new double[axes];
        double[] ys = new double[axes];
        for (int i = 0; i < axes; i++) {
            double f = fraction(i < percents.size() ? percents.get(i) : 0);
            xs[i] = x(i, f);
            ys[i] = y(i, f);
        }
        return new Polygon(xs, ys);
    }

    /**
     * Where the label of axis {@code i} is anchored: beyond the axis end by {@code across} horizontally and {@code
     * along} vertically (a label sits further out sideways than up or down, where text is wide and lines are low).
     */
    public Point labelAnchor(int i, double across, double along) {
        return new Point(cx + (radius + across) * cos(i), cy + (radius + along) * sin(i));
    }

    /** The label of axis {@code i} is centred unless the axis points further than {@code within} (of cos) sideways. */
    public Side labelSide(int i, double within) {
        double cos = cos(i);
        return cos > within ? Side.START : cos < -within ? Side.END : Side.MIDDLE;
    }

    /** A percent as a fraction of the radius, held to 0–1. */
    public static double fraction(double percent) {
        return Math.max(0, Math.min(100, percent)) / 100.0;
    }
}
