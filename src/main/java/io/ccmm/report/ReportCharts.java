package io.ccmm.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/** The report's two charts, drawn on any {@link ChartCanvas}: module radar and item-rating distribution. */
final class ReportCharts {

    static final double RADAR_WIDTH = 480;
    static final double RADAR_HEIGHT = 250;
    static final double DISTRIBUTION_WIDTH = 480;

    private static final double LABEL_SIZE = 8.5;

    private ReportCharts() {}

    /** Score by module as a radar, one axis per module, rings every 20%. */
    static void radar(ChartCanvas g, List<ModuleRow> modules, double w, double h) {
        int n = modules.size();
        if (n < 3) {
            return;
        }
        RadarGeometry geo = new RadarGeometry(w / 2, h / 2 + 4, Math.min(h / 2 - 34, w / 2 - 110), n);
        radarGrid(g, geo, ReportPalette.ZEBRA);
        RadarGeometry.Polygon data =
                geo.polygon(modules.stream().map(m -> m.percent().doubleValue()).toList());
        g.polygon(data.xs(), data.ys(), ReportPalette.ACCENT, 0.22, ReportPalette.ACCENT, 1.6);
        for (int i = 0; i < n; i++) {
            g.circle(data.xs()[i], data.ys()[i], 2.4, ReportPalette.ACCENT);
        }
        for (int i = 0; i < n; i++) {
            ModuleRow m = modules.get(i);
            double cos = geo.cos(i);
            double sin = geo.sin(i);
            RadarGeometry.Point at = geo.labelAnchor(i, 10, 10);
            double lx = at.x();
            double ly = at.y();
            ChartCanvas.Anchor anchor =
                    ChartCanvas.Anchor.valueOf(geo.labelSide(i, 0.25).name());
            double room = anchor == ChartCanvas.Anchor.MIDDLE ? 2 * (w / 2 - 8) : (cos > 0 ? w - lx - 4 : lx - 4);
            List<String> lines = LineBreaker.wrap(m.label(), room, s -> g.textWidth(s, LABEL_SIZE, false));
            String pct = ReportText.percent(m.percent());
            double lineH = LABEL_SIZE * 1.25;
            double blockH = lineH * (lines.size() + 1);
            // Top labels sit above the axis end, bottom labels below it, side labels centred on it.
            double top = sin < -0.5 ? ly - blockH : sin > 0.5 ? ly + 2 : ly - blockH / 2;
            double base = top + LABEL_SIZE;
            for (String line : lines) {
                g.text(line, lx, base, LABEL_SIZE, false, ReportPalette.INK, anchor);
                base += lineH;
            }
            g.text(pct, lx, base, LABEL_SIZE + 0.5, true, ReportPalette.ACCENT, anchor);
        }
    }

    /**
     * A radar's grid: five rings, every 20 % (the odd ones filled with {@code zebra} unless it is null), the axes and
     * the rings' percents along the first axis.
     */
    static void radarGrid(ChartCanvas g, RadarGeometry geo, Color zebra) {
        for (int ring = 1; ring <= 5; ring++) {
            RadarGeometry.Polygon p = geo.ring(ring / 5.0);
            g.polygon(p.xs(), p.ys(), ring % 2 == 1 ? zebra : null, 1, ReportPalette.RULE, ring == 5 ? 0.9 : 0.5);
        }
        for (int i = 0; i < geo.axes(); i++) {
            g.line(geo.cx(), geo.cy(), geo.x(i, 1), geo.y(i, 1), ReportPalette.RULE, 0.6, false);
        }
        for (int ring = 1; ring <= 5; ring++) {
            g.text(
                    (ring * 20) + "%",
                    geo.cx() + 3,
                    geo.cy() - geo.radius() * ring / 5 + 8,
                    6.5,
                    false,
                    ReportPalette.MUTED,
                    ChartCanvas.Anchor.START);
        }
    }

    /** Height of the distribution chart for {@code modules} rows. */
    static double distributionHeight(int modules) {
        return 16 + modules * 24 + 34;
    }

    /** Per module, how many items score 20, 5–15, 0 or are not rated, as stacked bars of 100%. */
    static void distribution(ChartCanvas g, List<ModuleRow> modules, List<ItemRow> items, ReportText text, double w) {
        double labelW = 0;
        for (ModuleRow m : modules) {
            labelW = Math.max(labelW, g.textWidth(m.label(), LABEL_SIZE, false));
        }
        labelW = Math.min(labelW + 10, w * 0.38);
        double x0 = labelW;
        double barW = w - x0 - 6;
        double y = 8;
        Color[] colors = {ReportPalette.FULL, ReportPalette.PARTIAL, ReportPalette.ZERO, ReportPalette.UNRATED};
        for (ModuleRow m : modules) {
            int[] counts = counts(m.id(), items);
            int total = counts[0] + counts[1] + counts[2] + counts[3];
            String label = m.label();
            List<String> lines = LineBreaker.wrap(label, labelW - 8, s -> g.textWidth(s, LABEL_SIZE, false));
            g.text(
                    lines.get(0),
                    x0 - 8,
                    y + 12 + (lines.size() > 1 ? -4 : 0),
                    LABEL_SIZE,
                    false,
                    ReportPalette.INK,
                    ChartCanvas.Anchor.END);
            if (lines.size() > 1) {
                g.text(
                        lines.get(1) + (lines.size() > 2 ? "…" : ""),
                        x0 - 8,
                        y + 18,
                        LABEL_SIZE,
                        false,
                        ReportPalette.INK,
                        ChartCanvas.Anchor.END);
            }
            double x = x0;
            g.rect(x0, y + 2, barW, 14, ReportPalette.TRACK);
            for (int k = 0; k < 4 && total > 0; k++) {
                double segW = barW * counts[k] / total;
                if (counts[k] == 0) {
                    continue;
                }
                g.rect(x, y + 2, segW, 14, colors[k]);
                String c = Integer.toString(counts[k]);
                if (segW > g.textWidth(c, 7.5, true) + 4) {
                    g.text(
                            c,
                            x + segW / 2,
                            y + 12,
                            7.5,
                            true,
                            k == 1 || k == 3 ? ReportPalette.INK : Color.WHITE,
                            ChartCanvas.Anchor.MIDDLE);
                }
                x += segW;
            }
            y += 24;
        }
        for (int t = 0; t <= 4; t++) {
            double tx = x0 + barW * t / 4;
            g.line(tx, y - 4, tx, y, ReportPalette.MUTED, 0.5, false);
            g.text((t * 25) + "%", tx, y + 8, 6.5, false, ReportPalette.MUTED, ChartCanvas.Anchor.MIDDLE);
        }
        String[] legend = {
            text.get("charts.legend.full"),
            text.get("charts.legend.partial"),
            text.get("charts.legend.zero"),
            text.get("charts.legend.unrated")
        };
        double lx = x0;
        double ly = y + 20;
        for (int k = 0; k < 4; k++) {
            g.rect(lx, ly - 7, 9, 9, colors[k]);
            g.text(legend[k], lx + 13, ly + 1, 7.5, false, ReportPalette.INK, ChartCanvas.Anchor.START);
            lx += 13 + g.textWidth(legend[k], 7.5, false) + 18;
        }
    }

    /** Applicable items of a module scoring 20, 5–15, 0, and not rated (N/A items are listed on their own). */
    static int[] counts(String module, List<ItemRow> items) {
        int[] counts = new int[4];
        for (ItemRow i : items) {
            if (!i.module().equals(module) || i.notApplicable()) {
                continue;
            }
            if (!i.isRated()) {
                counts[3]++;
            } else if (i.points() >= 20) {
                counts[0]++;
            } else if (i.points() == 0) {
                counts[2]++;
            } else {
                counts[1]++;
            }
        }
        return counts;
    }

    static double fraction(BigDecimal percent) {
        return Math.max(0, Math.min(1, percent.doubleValue() / 100));
    }
}
