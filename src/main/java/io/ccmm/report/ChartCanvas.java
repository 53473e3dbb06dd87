package io.ccmm.report;

import java.awt.Color;

/**
 * The few drawing operations the report charts need, in points with y growing downwards, so one chart definition is
 * drawn as PDF vector paths, as inline SVG and as a PNG for Word.
 */
interface ChartCanvas {

    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void rect(double x, double y, double w, double h, Color fill);

    /** A closed polygon; {@code fill} may be null for an outline only, {@code stroke} null for no outline. */
    void polygon(double[] xs, double[] ys, Color fill, double fillOpacity, Color stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed);

    void circle(double cx, double cy, double r, Color fill);

    /** An open line through the points (a data series); drawn as joined segments unless a canvas has better. */
    default void polyline(double[] xs, double[] ys, Color stroke, double width) {
        for (int i = 1; i < xs.length; i++) {
            line(xs[i - 1], ys[i - 1], xs[i], ys[i], stroke, width, false);
        }
    }

    /** Text on a baseline at {@code y}, anchored at {@code x}. */
    void text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor);

    double textWidth(String s, double size, boolean bold);

    /** An estimate for canvases that cannot measure (SVG is measured by the browser's font). */
    static double estimateWidth(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += LineBreaker.breaksAnywhere(cp) ? 1.0 : (Character.isUpperCase(cp) ? 0.64 : 0.54);
        }
        return w * size;
    }
}
