package io.ccmm.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A chart canvas drawing with Java2D into an image (for Word), using the bundled font. */
final class Java2dCanvas implements ChartCanvas {

    private static Font regularFont;
    private static Font boldFont;

    private final BufferedImage image;
    private final Graphics2D g;

    /** A white canvas of {@code width} × {@code height} points rendered at {@code scale} pixels per point. */
    Java2dCanvas(double width, double height, double scale) throws IOException {
        loadFonts();
        image = new BufferedImage(
                (int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
    }

    static synchronized void loadFonts() throws IOException {
        if (regularFont == null || boldFont == null) {
            // Both or neither: a face that cannot be read is tried again at the next chart.
            Font regular = create(false);
            Font bold = create(true);
            regularFont = regular;
            boldFont = bold;
        }
    }

    private static Font create(boolean bold) throws IOException {
        return ReportFonts.read(bold, file -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException e) {
                throw new IOException("the bundled font cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private static Font font(double size, boolean bold) {
        return (bold ? boldFont : regularFont).deriveFont((float) size);
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill, double fillOpacity, Color stroke, double strokeWidth) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        if (fill != null) {
            Composite old = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fillOpacity));
            g.setColor(fill);
            g.fill(p);
            g.setComposite(old);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
        g.setColor(stroke);
        g.setStroke(
                dashed
                        ? new BasicStroke(
                                (float) width,
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER,
                                10,
                                new float[] {2.5f, 2f},
                                0)
                        : new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double width) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
        Font f = font(size, bold);
        g.setFont(f);
        double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
        double at =
                switch (anchor) {
                    case START -> x;
                    case MIDDLE -> x - w / 2;
                    case END -> x - w;
                };
        g.setColor(color);
        g.drawString(s, (float) at, (float) y);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(s, g).getWidth();
    }

    byte[] toPng() throws IOException {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
