package io.ccmm.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Operations over portfolio rows: one row per organization and site, and each site's percentile per module. */
public final class Portfolio {

    private Portfolio() {}

    /**
     * One row per organization and site: of several files (or rounds) of the same site, the one whose latest round is
     * the most recent (by date, then by round count); the trend joins the rounds of all of them (each round once, by
     * its UUID), oldest first. Rows with a problem are kept as they are. Sorted by organization, then site.
     */
    public static List<PortfolioRow> bySite(List<PortfolioRow> rows) {
        Map<String, PortfolioRow> best = new LinkedHashMap<>();
        Map<String, Map<String, TrendPoint>> trends = new LinkedHashMap<>();
        List<PortfolioRow> problems = new ArrayList<>();
        for (PortfolioRow row : rows) {
            if (row.hasProblem()) {
                problems.add(row);
                continue;
            }
            String key = row.siteKey();
            best.merge(key, row, (a, b) -> newer(b, a) ? b : a);
            Map<String, TrendPoint> points = trends.computeIfAbsent(key, k -> new LinkedHashMap<>());
            for (TrendPoint p : row.trend()) {
                points.putIfAbsent(p.roundUid().isEmpty() ? row.source() + "#" + points.size() : p.roundUid(), p);
            }
        }
        List<PortfolioRow> out = new ArrayList<>();
        for (Map.Entry<String, PortfolioRow> e : best.entrySet()) {
            PortfolioRow r = e.getValue();
            List<TrendPoint> trend = trends.get(e.getKey()).values().stream()
                    .sorted(Comparator.comparing(TrendPoint::date))
                    .toList();
            out.add(new PortfolioRow(
                    r.source(),
                    r.organization(),
                    r.site(),
                    r.industry(),
                    r.roundUid(),
                    r.roundTitle(),
                    r.roundDate(),
                    r.isFinal(),
                    r.readinessLevel(),
                    r.nextLevel(),
                    r.nextLevelPercent(),
                    r.nextLevelThreshold(),
                    r.modulePercents(),
                    r.notApplicable(),
                    r.conflicts(),
                    trend.size(),
                    trend,
                    r.problem()));
        }
        out.sort(Comparator.comparing(PortfolioRow::organization).thenComparing(PortfolioRow::site));
        out.addAll(problems);
        return List.copyOf(out);
    }

    private static boolean newer(PortfolioRow candidate, PortfolioRow current) {
        int byDate = candidate.roundDate().compareTo(current.roundDate());
        return byDate != 0 ? byDate > 0 : candidate.rounds() > current.rounds();
    }

    /** Every module id of the rows, in order of first appearance. */
    public static List<String> modules(List<PortfolioRow> rows) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(r.modulePercents().keySet()));
        return List.copyOf(ids);
    }

    /**
     * The percentile of {@code row}'s module percent among the rows without problems (a private benchmark): the share
     * of sites below it plus half of those equal, 0–100 with no decimals. A portfolio of one site gives 50.
     */
    public static int percentile(List<PortfolioRow> rows, PortfolioRow row, String module) {
        BigDecimal mine = row.modulePercents().get(module);
        if (mine == null) {
            return 0;
        }
        int below = 0;
        int equal = 0;
        int n = 0;
        for (PortfolioRow r : rows) {
            BigDecimal p = r.hasProblem() ? null : r.modulePercents().get(module);
            if (p == null) {
                continue;
            }
            n++;
            int c = p.compareTo(mine);
            if (c < 0) {
                below++;
            } else if (c == 0) {
                equal++;
            }
        }
        if (n == 0) {
            return 0;
        }
        return BigDecimal.valueOf(100L * (2L * below + equal))
                .divide(BigDecimal.valueOf(2L * n), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** The industries of the rows, sorted, without blanks (for a filter). */
    public static List<String> industries(List<PortfolioRow> rows) {
        TreeSet<String> s = new TreeSet<>();
        rows.stream().map(PortfolioRow::industry).filter(i -> !i.isBlank()).forEach(s::add);
        return List.copyOf(s);
    }

    /** Rows counted by readiness level (0–5), for a summary line. */
    public static Map<Integer, Integer> levelCounts(List<PortfolioRow> rows) {
        Map<Integer, Integer> m = new TreeMap<>();
        rows.stream().filter(r -> !r.hasProblem()).forEach(r -> m.merge(r.readinessLevel(), 1, Integer::sum));
        return m;
    }
}
