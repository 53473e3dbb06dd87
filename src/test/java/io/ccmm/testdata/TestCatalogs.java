package io.ccmm.testdata;

import io.ccmm.catalog.Area;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.BonusRule;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Guidance;
import io.ccmm.catalog.LevelDefinition;
import io.ccmm.catalog.LevelRule;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.catalog.ScoringRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Catalogs and rules built in test code, so that tests never depend on what the bundled catalog holds. Every catalog
 * built here passes the catalog validation (titles, guidance, evidence, areas, levels).
 */
public final class TestCatalogs {

    public static final List<String> MODULES = List.of("1.0", "2.0", "3.0", "4.0", "5.0");
    private static final List<String> CORE = List.of("1.0", "2.0", "3.0", "4.0");

    /**
     * Items per module and level of the real-shape catalog: 170 items, R(1) = 60 items in 1.0–4.0, module 5.0 only at
     * L4/L5. Rows are modules 1.0..5.0, columns levels 1..5.
     */
    private static final int[][] REAL_SHAPE = {
        {14, 7, 5, 4, 2},
        {20, 10, 8, 6, 4},
        {13, 6, 6, 3, 2},
        {13, 7, 6, 2, 2},
        {0, 0, 0, 15, 15}
    };

    private TestCatalogs() {}

    /** One item to be: its module and level (ids are given in list order from 1). */
    public record Spec(String module, int level) {}

    public static Spec item(String module, int level) {
        return new Spec(module, level);
    }

    /** A catalog of the real CC-CMM-OC 2025 shape (170 items) with levels shuffled inside each module by a fixed seed. */
    public static Catalog realShape() {
        Random random = new Random(2025);
        List<Spec> specs = new ArrayList<>();
        for (int m = 0; m < MODULES.size(); m++) {
            List<Spec> module = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                for (int k = 0; k < REAL_SHAPE[m][level - 1]; k++) {
                    module.add(item(MODULES.get(m), level));
                }
            }
            Collections.shuffle(module, random);
            specs.addAll(module);
        }
        return catalog("cc-cmm-oc-2025", specs);
    }

    public static Catalog catalog(List<Spec> specs) {
        return catalog("test-generated", specs);
    }

    /** A catalog declaring all five modules (one area each) with the given items, ids 1..n in list order. */
    public static Catalog catalog(String id, List<Spec> specs) {
        List<CatalogModule> modules = new ArrayList<>();
        for (String m : MODULES) {
            modules.add(new CatalogModule(
                    m,
                    text("模块 " + m, "Module " + m),
                    text("模块说明 " + m, "About module " + m),
                    List.of(new Area(area(m), text("领域 " + m, "Area " + m)))));
        }
        List<LevelDefinition> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(new LevelDefinition(level, text("等级 " + level, "Level " + level), text("说明", "About")));
        }
        List<AssessmentItem> items = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            int itemId = i + 1;
            items.add(new AssessmentItem(
                    itemId,
                    s.module(),
                    area(s.module()),
                    s.level(),
                    text("条目 " + itemId, "Item " + itemId),
                    text("要求 " + itemId, "Requirement " + itemId),
                    new Guidance(text("完全", "Full"), text("部分", "Partial"), text("不符合", "None")),
                    List.of(text("证据 " + itemId, "Evidence " + itemId)),
                    false));
        }
        return new Catalog(
                id, "1", text("测试条目库", "Test catalog"), text("测试", "Generated in tests"), modules, levels, items, "");
    }

    private static String area(String module) {
        return module.substring(0, module.indexOf('.')) + ".1";
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The defaults of SCORING.md §2, written out here rather than read from the bundled rules file. */
    public static ScoringRules defaultRules() {
        return rules(
                new int[] {60, 70, 80, 85, 90},
                new int[] {50, 55, 60, 65, 70},
                new int[] {0, 0, 5, 8, 10},
                new BonusRule("5.0", List.of(1, 2, 3), 10));
    }

    /** Rules with the default required modules (1.0–4.0 for L1–L3, 1.0–5.0 for L4–L5) and the given numbers. */
    public static ScoringRules rules(int[] thresholds, int[] floors, int[] years, BonusRule bonus) {
        List<LevelRule> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(new LevelRule(
                    level, thresholds[level - 1], floors[level - 1], years[level - 1], level <= 3 ? CORE : MODULES));
        }
        return new ScoringRules("test-rules", "1", "cc-cmm-oc-2025", text("测试规则", "Test rules"), levels, bonus, "");
    }

    public static ScoringRules withLevels(ScoringRules base, List<LevelRule> levels) {
        return new ScoringRules(
                base.id(), base.version(), base.catalogId(), base.description(), levels, base.bonus(), "");
    }

    public static ScoringRules withBonus(ScoringRules base, BonusRule bonus) {
        return new ScoringRules(
                base.id(), base.version(), base.catalogId(), base.description(), base.levels(), bonus, "");
    }
}
