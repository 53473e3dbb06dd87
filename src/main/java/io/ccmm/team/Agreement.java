package io.ccmm.team;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Catalog;
import io.ccmm.storage.Contribution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rater agreement (FORMATS.md "Team assessments"): over the items two assessors both rated on an angle, the exact
 * agreement (%) and Cohen's kappa with linear weights on the ordinal scale 0 / 5 / 10 (Cohen 1968: weight
 * {@code 1 − |i − j| / 2} for categories i, j), for C and F, per assessor pair and per module. The reading in words
 * follows Landis and Koch (1977).
 */
public final class Agreement {

    private Agreement() {}

    /** Which rating angle. */
    public enum Angle {
        C,
        F
    }

    /**
     * One comparison: an assessor pair, a module ("" = all modules), an angle, the number of items compared, exact
     * agreement in percent and the weighted kappa (empty when it is undefined: no item, or no variation at all).
     */
    public record Figure(
            String first,
            String second,
            String module,
            Angle angle,
            int items,
            double exactPercent,
            OptionalDouble kappa) {

        /** The reading of the kappa in words (Landis and Koch bands). */
        public String reading(Locale locale) {
            return TeamText.get(readingKey(kappa), locale);
        }
    }

    /** The figures of a round from its merged contributions: each pair over all modules, then per module. */
    public static List<Figure> of(Collection<Contribution> contributions, Catalog catalog) {
        // assessor → item → value (the last contribution of an assessor for an item counts)
        Map<String, Map<Integer, Contribution>> byAssessor = new TreeMap<>();
        for (Contribution c : contributions) {
            byAssessor.computeIfAbsent(c.assessor(), k -> new TreeMap<>()).put(c.item(), c);
        }
        List<String> assessors = new ArrayList<>(byAssessor.keySet());
        TreeSet<String> modules = new TreeSet<>();
        catalog.items().forEach(i -> modules.add(i.module()));
        List<Figure> figures = new ArrayList<>();
        for (int a = 0; a < assessors.size(); a++) {
            for (int b = a + 1; b < assessors.size(); b++) {
                String first = assessors.get(a);
                String second = assessors.get(b);
                List<String> scopes = new ArrayList<>();
                scopes.add("");
                scopes.addAll(modules);
                for (String module : scopes) {
                    for (Angle angle : Angle.values()) {
                        List<int[]> pairs = new ArrayList<>();
                        for (Map.Entry<Integer, Contribution> e :
                                byAssessor.get(first).entrySet()) {
                            Contribution other = byAssessor.get(second).get(e.getKey());
                            if (other == null) {
                                continue;
                            }
                            if (!module.isEmpty()
                                    && !catalog.item(e.getKey())
                                            .map(i -> i.module().equals(module))
                                            .orElse(false)) {
                                continue;
                            }
                            Optional<Integer> x = category(e.getValue(), angle);
                            Optional<Integer> y = category(other, angle);
                            if (x.isPresent() && y.isPresent()) {
                                pairs.add(new int[] {x.get(), y.get()});
                            }
                        }
                        if (module.isEmpty() || !pairs.isEmpty()) {
                            figures.add(figure(first, second, module, angle, pairs));
                        }
                    }
                }
            }
        }
        return figures;
    }

    private static Optional<Integer> category(Contribution c, Angle angle) {
        if (c.value().notApplicable()) {
            return Optional.empty();
        }
        Rate rate = angle == Angle.C ? c.value().c() : c.value().f();
        return rate.isRated() ? Optional.of(rate.points() / 5) : Optional.empty();
    }

    static Figure figure(String first, String second, String module, Angle angle, List<int[]> pairs) {
        int[][] table = new int[3][3];
        for (int[] p : pairs) {
            table[p[0]][p[1]]++;
        }
        int n = pairs.size();
        int same = table[0][0] + table[1][1] + table[2][2];
        double exact = n == 0 ? 0 : 100.0 * same / n;
        return new Figure(first, second, module, angle, n, exact, weightedKappa(table));
    }

    /**
     * Cohen's linearly weighted kappa of a 3 × 3 table of counts (rows: first rater's category 0, 5, 10; columns: the
     * second's): {@code (po − pe) / (1 − pe)} with agreement weights {@code 1 − |i − j| / 2}. Empty without items or
     * when {@code pe = 1} (both raters used one and the same category throughout).
     */
    public static OptionalDouble weightedKappa(int[][] table) {
        int k = table.length;
        double n = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = 1.0 - Math.abs(i - j) / (double) (k - 1);
                observed += w * table[i][j] / n;
                expected += w * (rows[i] / n) * (cols[j] / n);
            }
        }
        if (Math.abs(1.0 - expected) < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observed - expected) / (1.0 - expected));
    }

    /** Landis and Koch (1977): below 0 poor, to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial, above. */
    static String readingKey(OptionalDouble kappa) {
        if (kappa.isEmpty()) {
            return "team.agreement.undefined";
        }
        double k = kappa.getAsDouble();
        if (k < 0) {
            return "team.agreement.poor";
        }
        if (k <= 0.20) {
            return "team.agreement.slight";
        }
        if (k <= 0.40) {
            return "team.agreement.fair";
        }
        if (k <= 0.60) {
            return "team.agreement.moderate";
        }
        if (k <= 0.80) {
            return "team.agreement.substantial";
        }
        return "team.agreement.almostPerfect";
    }

    /** The assessors of the contributions, sorted. */
    public static List<String> assessors(Collection<Contribution> contributions) {
        return contributions.stream()
                .map(Contribution::assessor)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }
}
