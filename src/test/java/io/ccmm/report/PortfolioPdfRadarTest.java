package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.portfolio.PortfolioRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The portfolio summary's radar names its axes as the readiness report's radar does: module id and name. */
class PortfolioPdfRadarTest {

    private static final List<String> MODULES = List.of("1.0", "2.0", "3.0", "4.0", "5.0");

    @Test
    void axesAreLabelledWithTheModulesNamesInTheReportsLanguage() {
        String zh = radar(MODULES, Language.ZH);
        for (String label : List.of("1.0 设计与规划", "2.0 运营与管理", "3.0 数据与绩效", "4.0 客户体验", "5.0 创新与提高")) {
            assertTrue(zh.contains(">" + label + "</text>"), label + " in " + zh);
        }
        String en = radar(MODULES, Language.EN);
        assertTrue(en.contains(">1.0 Design &amp; Planning</text>"), en);
        assertTrue(en.contains(">4.0 Customer Experience</text>"), en);
        assertFalse(en.contains("设计与规划"), "no Chinese in the English summary");
        assertFalse(zh.contains(">1.0</text>"), "never the bare id for a module the catalog knows");
    }

    @Test
    void aModuleTheCatalogDoesNotKnowKeepsItsId() {
        String svg = radar(List.of("1.0", "2.0", "9.0"), Language.EN);
        assertTrue(svg.contains(">9.0</text>"), svg);
        assertTrue(svg.contains(">2.0 Operations &amp; Management</text>"), svg);
    }

    private static String radar(List<String> modules, Language language) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        modules.forEach(m -> percents.put(m, new BigDecimal("55.0")));
        PortfolioRow site = new PortfolioRow(
                "a.ccmm",
                "某市12345热线",
                "总部",
                "government",
                "uid",
                "2026",
                "2026-01-01",
                false,
                1,
                2,
                BigDecimal.TEN,
                60,
                percents,
                0,
                0,
                1,
                List.of(),
                Optional.empty());
        SvgCanvas svg = new SvgCanvas(600, 300);
        PortfolioPdf.radar(svg, modules, List.of(site), language);
        return svg.toSvg("radar");
    }
}
