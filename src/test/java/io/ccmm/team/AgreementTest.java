package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.ItemValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AgreementTest {

    /**
     * The worked example of Cohen's kappa on Wikipedia ("Cohen's kappa", section "Simple example": 50 grant proposals,
     * both readers yes 20, A yes B no 5, A no B yes 10, both no 15; po = 0.7, pe = 0.5, kappa = 0.4). With only the
     * two outer categories (0 and 10) used, linear weights give 0 to the one disagreement there is, so the weighted
     * kappa equals Cohen's unweighted kappa.
     */
    @Test
    void publishedExampleOfFiftyProposals() {
        int[][] table = {{15, 0, 10}, {0, 0, 0}, {5, 0, 20}};
        assertEquals(0.4, Agreement.weightedKappa(table).getAsDouble(), 1e-12);
    }

    /**
     * By hand: rows rater A (0, 5, 10), columns rater B, {{2,1,0},{0,3,1},{0,1,2}}, n = 10, weights 1, 0.5, 0.
     * po = 7/10 + 0.5 × 3/10 = 0.85. Row sums 3, 4, 3; column sums 2, 5, 3; pe = (35 + 0.5 × 50) / 100 = 0.60.
     * kappa = (0.85 − 0.60) / 0.40 = 0.625: substantial agreement.
     */
    @Test
    void handComputedThreeCategoryTable() {
        int[][] table = {{2, 1, 0}, {0, 3, 1}, {0, 1, 2}};
        // pe: diagonal 3×2 + 4×5 + 3×3 = 35; one step apart 3×5 + 4×2 + 4×3 + 3×5 = 50, half weight 25; (35+25)/100.
        double pe = 0.60;
        double po = 0.85;
        assertEquals((po - pe) / (1 - pe), Agreement.weightedKappa(table).getAsDouble(), 1e-12);
        assertEquals(0.625, Agreement.weightedKappa(table).getAsDouble(), 1e-12);
        assertEquals(
                "substantial agreement",
                Agreement.figure("A", "B", "", Agreement.Angle.C, pairs(table)).reading(Locale.ENGLISH));
    }

    @Test
    void perfectAndOppositeRatingsAndNoVariation() {
        assertEquals(
                1.0,
                Agreement.weightedKappa(new int[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 3}})
                        .getAsDouble(),
                1e-12);
        // Complete opposition on the outer categories: po = 0, pe = 0.5 → −1.
        assertEquals(
                -1.0,
                Agreement.weightedKappa(new int[][] {{0, 0, 2}, {0, 0, 0}, {2, 0, 0}})
                        .getAsDouble(),
                1e-12);
        assertEquals(OptionalDouble.empty(), Agreement.weightedKappa(new int[][] {{4, 0, 0}, {0, 0, 0}, {0, 0, 0}}));
        assertEquals(OptionalDouble.empty(), Agreement.weightedKappa(new int[3][3]));
    }

    @Test
    void landisAndKochReadingsInBothLanguages() {
        assertEquals(
                "几乎完全一致",
                Agreement.figure("A", "B", "", Agreement.Angle.F, pairs(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}))
                        .reading(Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "poor agreement",
                Agreement.figure("A", "B", "", Agreement.Angle.F, pairs(new int[][] {{0, 0, 2}, {0, 0, 0}, {2, 0, 0}}))
                        .reading(Locale.ENGLISH));
        assertEquals(
                "not enough variation to judge",
                Agreement.figure("A", "B", "", Agreement.Angle.F, pairs(new int[][] {{3, 0, 0}, {0, 0, 0}, {0, 0, 0}}))
                        .reading(Locale.ENGLISH));
    }

    @Test
    void perPairAndPerModuleWithTheNumberOfItemsCompared() {
        var catalog = CatalogLoader.bundled().catalog();
        int item1 = catalog.itemsOf("1.0").get(0).id();
        int item2 = catalog.itemsOf("1.0").get(1).id();
        int item3 = catalog.itemsOf("2.0").get(0).id();
        List<Contribution> contributions = List.of(
                c(item1, "张三", 10, 10),
                c(item1, "Li", 10, 5),
                c(item2, "张三", 5, 5),
                c(item2, "Li", 5, 5),
                c(item3, "张三", 0, 0),
                c(item3, "Li", 10, 0),
                new Contribution(item3, "w", "Wang", new ItemValue(Rate.UNRATED, Rate.UNRATED, true), "n/a", "", ""));
        List<Agreement.Figure> figures = Agreement.of(contributions, catalog);
        Agreement.Figure allC = figures.stream()
                .filter(f -> f.first().equals("Li")
                        && f.second().equals("张三")
                        && f.module().isEmpty()
                        && f.angle() == Agreement.Angle.C)
                .findFirst()
                .orElseThrow();
        assertEquals(3, allC.items());
        assertEquals(200.0 / 3, allC.exactPercent(), 1e-9);
        Agreement.Figure m1f = figures.stream()
                .filter(f -> f.first().equals("Li") && f.module().equals("1.0") && f.angle() == Agreement.Angle.F)
                .findFirst()
                .orElseThrow();
        assertEquals(2, m1f.items());
        assertEquals(50.0, m1f.exactPercent(), 1e-9);
        // Wang's only item is N/A: compared with nobody on C or F.
        assertTrue(figures.stream()
                .filter(f -> f.first().equals("Li") && f.second().equals("Wang"))
                .allMatch(f -> f.items() == 0));
    }

    private static Contribution c(int item, String who, int c, int f) {
        return new Contribution(
                item,
                who,
                who,
                new ItemValue(Rate.ofPoints(c).orElseThrow(), Rate.ofPoints(f).orElseThrow(), false),
                "",
                "",
                "");
    }

    private static List<int[]> pairs(int[][] table) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int n = 0; n < table[i][j]; n++) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }
}
