package io.ccmm.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/** A chart canvas drawing PDF path operations into a page, with its top-left corner at ({@code left}, {@code top}). */
final class PdfCanvas implements ChartCanvas {

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final double left;
    private final double top;

    PdfCanvas(PDPageContentStream cs, PdfFonts fonts, double left, double top) {
        this.cs = cs;
        this.fonts = fonts;
        this.left = left;
        this.top = top;
    }

    private float x(double x) {
        return (float) (left + x);
    }

    private float y(double y) {
        return (float) (top - y);
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill) {
        try {
            cs.setNonStrokingColor(fill);
            cs.addRect(x(x), y(y + h), (float) w, (float) h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill, double fillOpacity, Color stroke, double strokeWidth) {
        try {
            if (fill != null) {
                cs.saveGraphicsState();
                if (fillOpacity < 1) {
                    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                    gs.setNonStrokingAlphaConstant((float) fillOpacity);
                    cs.setGraphicsStateParameters(gs);
                }
                cs.setNonStrokingColor(fill);
                path(xs, ys);
                cs.fill();
                cs.restoreGraphicsState();
            }
            if (stroke != null) {
                cs.setStrokingColor(stroke);
                cs.setLineWidth((float) strokeWidth);
                cs.setLineJoinStyle(1);
                path(xs, ys);
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(double[] xs, double[] ys) throws IOException {
        cs.moveTo(x(xs[0]), y(ys[0]));
        for (int i = 1; i < xs.length; i++) {
            cs.lineTo(x(xs[i]), y(ys[i]));
        }
        cs.closePath();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
        try {
            cs.saveGraphicsState();
            cs.setStrokingColor(stroke);
            cs.setLineWidth((float) width);
            if (dashed) {
                cs.setLineDashPattern(new float[] {2.5f, 2f}, 0);
            }
            cs.moveTo(x(x1), y(y1));
            cs.lineTo(x(x2), y(y2));
            cs.stroke();
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill) {
        // Four Bézier arcs; k is the usual control-point distance for a quarter circle.
        double k = 0.5523 * r;
        float x = x(cx);
        float y = y(cy);
        float rr = (float) r;
        float kk = (float) k;
        try {
            cs.setNonStrokingColor(fill);
            cs.moveTo(x + rr, y);
            cs.curveTo(x + rr, y + kk, x + kk, y + rr, x, y + rr);
            cs.curveTo(x - kk, y + rr, x - rr, y + kk, x - rr, y);
            cs.curveTo(x - rr, y - kk, x - kk, y - rr, x, y - rr);
            cs.curveTo(x + kk, y - rr, x + rr, y - kk, x + rr, y);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double width) {
        try {
            cs.saveGraphicsState();
            cs.setStrokingColor(stroke);
            cs.setLineWidth((float) width);
            cs.setLineJoinStyle(1);
            cs.setLineCapStyle(1);
            cs.moveTo(x(xs[0]), y(ys[0]));
            for (int i = 1; i < xs.length; i++) {
                cs.lineTo(x(xs[i]), y(ys[i]));
            }
            cs.stroke();
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
        String clean = fonts.clean(s);
        double w = fonts.width(clean, bold, (float) size);
        double at =
                switch (anchor) {
                    case START -> x;
                    case MIDDLE -> x - w / 2;
                    case END -> x - w;
                };
        try {
            fonts.show(cs, clean, bold, (float) size, color, Matrix.getTranslateInstance(x(at), y(y)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return fonts.width(fonts.clean(s), bold, (float) size);
    }
}
