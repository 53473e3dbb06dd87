package io.ccmm.report;

import java.awt.Color;
import java.util.Locale;

/** A chart canvas writing inline SVG; text is measured by estimate and laid out by the browser's font. */
final class SvgCanvas implements ChartCanvas {

    private final StringBuilder svg = new StringBuilder();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    private static String c(Color color) {
        return ReportPalette.hex(color);
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" fill=\"")
                .append(c(fill))
                .append("\"/>");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill, double fillOpacity, Color stroke, double strokeWidth) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append("\" fill=\"").append(fill == null ? "none" : c(fill)).append('"');
        if (fill != null && fillOpacity < 1) {
            svg.append(" fill-opacity=\"").append(n(fillOpacity)).append('"');
        }
        if (stroke != null) {
            svg.append(" stroke=\"")
                    .append(c(stroke))
                    .append("\" stroke-width=\"")
                    .append(n(strokeWidth))
                    .append("\" stroke-linejoin=\"round\"");
        }
        svg.append("/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double w, boolean dashed) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(c(stroke))
                .append("\" stroke-width=\"")
                .append(n(w))
                .append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"2.5 2\"");
        }
        svg.append("/>");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill) {
        svg.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" fill=\"")
                .append(c(fill))
                .append("\"/>");
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double w) {
        svg.append("<polyline points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append("\" fill=\"none\" stroke=\"")
                .append(c(stroke))
                .append("\" stroke-width=\"")
                .append(n(w))
                .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
        svg.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append('"');
        if (bold) {
            svg.append(" font-weight=\"700\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"")
                    .append(anchor == Anchor.MIDDLE ? "middle" : "end")
                    .append('"');
        }
        svg.append(" fill=\"")
                .append(c(color))
                .append("\">")
                .append(Html.escape(s))
                .append("</text>");
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return ChartCanvas.estimateWidth(s, size) * (bold ? 1.04 : 1);
    }

    /** The whole chart as an {@code <svg>} element that scales to its container's width. */
    String toSvg(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\"><title>" + Html.escape(title)
                + "</title>" + svg + "</svg>";
    }
}
