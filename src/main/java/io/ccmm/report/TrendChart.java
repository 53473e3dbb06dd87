package io.ccmm.report;

import io.ccmm.report.ChartCanvas.Anchor;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend over rounds as a chart on any {@link ChartCanvas}: the readiness level per round in a small panel on top
 * (L1–L5, below L1 at the bottom), each module's score in percent per round below it, one line and one point per round
 * and series, the rounds along the shared axis and a legend under it. Shown when the file has two or more rounds.
 */
final class TrendChart {

    static final double WIDTH = 480;

    /** Colours of the module lines: the Okabe–Ito palette, told apart also with colour-vision deficiency. */
    static final List<Color> MODULE_COLORS = List.of(
            new Color(0x0072B2),
            new Color(0xE69F00),
            new Color(0x009E73),
            new Color(0xD55E00),
            new Color(0xCC79A7),
            new Color(0x56B4E9),
            new Color(0x8C6D31));

    private static final double PLOT_LEFT = 50;
    private static final double PLOT_RIGHT_PAD = 14;
    private static final double LEVEL_TOP = 18;
    private static final double LEVEL_HEIGHT = 80;
    private static final double PANEL_GAP = 34;
    private static final double MODULES_HEIGHT = 150;
    // The least the two panels shrink to and stay readable: 10 points per level band, 18 per 25 % of module score.
    private static final double MIN_LEVEL_HEIGHT = 50;
    private static final double MIN_MODULES_HEIGHT = 72;
    private static final double AXIS_LABELS = 38;
    private static final double LEGEND_ROW = 15;
    private static final int LEGEND_COLUMNS = 3;
    private static final double TICK = 7;
    private static final double LABEL = 8;

    private TrendChart() {}

    /** Whether the report shows the chart: a plan with two or more rounds. */
    static boolean shows(ReportModel model) {
        return model.plan().present() && model.plan().trend().size() > 1;
    }

    /** The chart's height at {@link #WIDTH}: both panels, the round labels and the legend rows. */
    static double height(ReportModel model) {
        return fixedHeight(model) + LEVEL_HEIGHT + MODULES_HEIGHT;
    }

    /**
     * The least height the chart can be drawn at and stay readable: the panels shrunk to their minimum, the text, the
     * round labels and the legend at their full size.
     */
    static double minHeight(ReportModel model) {
        return fixedHeight(model) + MIN_LEVEL_HEIGHT + MIN_MODULES_HEIGHT;
    }

    /** Everything but the two panels: the panel titles, the round labels and the legend rows. */
    private static double fixedHeight(ReportModel model) {
        int entries = 1 + model.plan().trendModules().size();
        int rows = (entries + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        return LEVEL_TOP + PANEL_GAP + AXIS_LABELS + 8 + rows * LEGEND_ROW;
    }

    /** The heights of the two panels in a chart {@code height} high (between the least and the full height). */
    private record Panels(double level, double modules) {

        static Panels of(ReportModel model, double height) {
            double full = height(model);
            double least = minHeight(model);
            double share = full <= least ? 1 : Math.max(0, Math.min(1, (height - least) / (full - least)));
            return new Panels(
                    MIN_LEVEL_HEIGHT + share * (LEVEL_HEIGHT - MIN_LEVEL_HEIGHT),
                    MIN_MODULES_HEIGHT + share * (MODULES_HEIGHT - MIN_MODULES_HEIGHT));
        }

        double modulesTop() {
            return LEVEL_TOP + level + PANEL_GAP;
        }

        double levelY(int value) {
            return LEVEL_TOP + level * (1 - Math.max(0, Math.min(5, value)) / 5.0);
        }

        double percentY(double percent) {
            return modulesTop() + modules * (1 - percent / 100);
        }
    }

    /** The legend's words in order: the readiness level, then each module as "1.0 设计与规划". */
    static List<String> legend(ReportModel model) {
        List<String> words = new ArrayList<>();
        words.add(model.text().get("plan.trend.chart.level"));
        for (String id : model.plan().trendModules()) {
            words.add(moduleLabel(model, id));
        }
        return words;
    }

    static String moduleLabel(ReportModel model, String id) {
        return model.modules().stream()
                .filter(m -> m.id().equals(id))
                .map(ModuleRow::label)
                .findFirst()
                .orElse(id);
    }

    static Color moduleColor(int index) {
        return MODULE_COLORS.get(index % MODULE_COLORS.size());
    }

    /** Draws the chart of {@code model}'s trend at {@code w} points wide and its full {@link #height}. */
    static void draw(ChartCanvas g, ReportModel model, double w) {
        draw(g, model, w, height(model));
    }

    /**
     * Draws the chart {@code h} points high (from {@link #minHeight} to {@link #height}): only the panels shrink, the
     * text keeps its size.
     */
    static void draw(ChartCanvas g, ReportModel model, double w, double h) {
        Panels panels = Panels.of(model, h);
        double levelHeight = panels.level();
        double modulesTop = panels.modulesTop();
        double modulesHeight = panels.modules();
        PlanSection plan = model.plan();
        List<PlanSection.TrendRow> rounds = plan.trend();
        int n = rounds.size();
        if (n < 2) {
            return;
        }
        ReportText t = model.text();
        double left = PLOT_LEFT;
        double right = w - PLOT_RIGHT_PAD;
        double slot = (right - left) / n;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = left + slot * (i + 0.5);
        }

        // Readiness level panel: one band per level, below L1 at the bottom.
        g.text(t.get("plan.trend.chart.level"), 0, LEVEL_TOP - 8, LABEL, true, ReportPalette.MUTED, Anchor.START);
        g.rect(left, LEVEL_TOP, right - left, levelHeight, ReportPalette.ZEBRA);
        for (int level = 0; level <= 5; level++) {
            double y = panels.levelY(level);
            g.line(left, y, right, y, ReportPalette.RULE, level == 0 ? 0.8 : 0.5, false);
            String tick = level == 0 ? t.belowLevelOne() : "L" + level;
            g.text(tick, left - 5, y + 2.5, TICK, false, ReportPalette.MUTED, Anchor.END);
        }
        // A faint rule per round through both panels, under the data.
        for (int i = 0; i < n; i++) {
            g.line(xs[i], LEVEL_TOP, xs[i], LEVEL_TOP + levelHeight, ReportPalette.RULE, 0.4, true);
            g.line(xs[i], modulesTop, xs[i], modulesTop + modulesHeight, ReportPalette.RULE, 0.4, true);
        }
        double[] ly = new double[n];
        for (int i = 0; i < n; i++) {
            ly[i] = panels.levelY(rounds.get(i).level());
        }
        g.polyline(xs, ly, ReportPalette.NAVY, 2);
        for (int i = 0; i < n; i++) {
            g.circle(xs[i], ly[i], 3.2, ReportPalette.NAVY);
            String name = rounds.get(i).level() == 0
                    ? t.belowLevelOne()
                    : "L" + rounds.get(i).level();
            g.text(name, xs[i], ly[i] - 6, LABEL, true, ReportPalette.NAVY, Anchor.MIDDLE);
        }

        // Module panel: 0–100 % with a rule every 25 %.
        g.text(t.get("plan.trend.chart.modules"), 0, modulesTop - 8, LABEL, true, ReportPalette.MUTED, Anchor.START);
        for (int p = 0; p <= 100; p += 25) {
            double y = panels.percentY(p);
            g.line(left, y, right, y, ReportPalette.RULE, p == 0 ? 0.8 : 0.5, false);
            g.text(p + "%", left - 5, y + 2.5, TICK, false, ReportPalette.MUTED, Anchor.END);
        }
        List<String> modules = plan.trendModules();
        for (int m = 0; m < modules.size(); m++) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Double> values = rounds.get(i).moduleValues();
                if (m < values.size() && !values.get(m).isNaN()) {
                    px.add(xs[i]);
                    py.add(panels.percentY(Math.max(0, Math.min(100, values.get(m)))));
                }
            }
            Color c = moduleColor(m);
            if (px.size() > 1) {
                g.polyline(array(px), array(py), c, 1.5);
            }
            for (int k = 0; k < px.size(); k++) {
                g.circle(px.get(k), py.get(k), 2.4, c);
            }
        }

        // Rounds along the axis: the title (two lines at most) and the date.
        double axis = modulesTop + modulesHeight;
        for (int i = 0; i < n; i++) {
            PlanSection.TrendRow r = rounds.get(i);
            List<String> lines = LineBreaker.wrap(r.title(), slot - 4, s -> g.textWidth(s, LABEL, true));
            double y = axis + 12;
            for (int k = 0; k < Math.min(2, lines.size()); k++) {
                String line = k == 1 && lines.size() > 2 ? lines.get(k) + "…" : lines.get(k);
                g.text(line, xs[i], y, LABEL, true, ReportPalette.INK, Anchor.MIDDLE);
                y += LABEL * 1.2;
            }
            g.text(r.date(), xs[i], y, TICK, false, ReportPalette.MUTED, Anchor.MIDDLE);
        }

        // Legend: a short line with its point per series, three to a row.
        List<String> words = legend(model);
        double colW = (right - left + PLOT_LEFT) / LEGEND_COLUMNS;
        double top = axis + AXIS_LABELS + 8;
        for (int k = 0; k < words.size(); k++) {
            double x = (k % LEGEND_COLUMNS) * colW;
            double y = top + (k / LEGEND_COLUMNS) * LEGEND_ROW;
            Color c = k == 0 ? ReportPalette.NAVY : moduleColor(k - 1);
            g.line(x, y - 3, x + 16, y - 3, c, k == 0 ? 2 : 1.5, false);
            g.circle(x + 8, y - 3, k == 0 ? 3 : 2.4, c);
            String word = fit(g, words.get(k), colW - 26);
            g.text(word, x + 21, y, LABEL, false, ReportPalette.INK, Anchor.START);
        }
    }

    /** {@code s} cut with "…" to {@code room} points. */
    private static String fit(ChartCanvas g, String s, double room) {
        if (g.textWidth(s, LABEL, false) <= room) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && g.textWidth(cut + "…", LABEL, false) > room) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    private static double[] array(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
