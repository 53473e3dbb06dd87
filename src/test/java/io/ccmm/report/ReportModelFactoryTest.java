package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.ProductInfo;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The report model of the bundled sample (a 12345 hotline, readiness L2, target L3), built from the real engine result
 * in both languages. The ladder figures are those {@code ccmm score} prints for the same file.
 */
class ReportModelFactoryTest {

    static final String SAMPLE = "/assessment-items/samples/12345-hotline-2026.json";
    static final String ORGANIZATION = "某市12345政务服务便民热线";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final CatalogBundle bundle = CatalogLoader.bundled();
    private final Catalog catalog = bundle.catalog();
    private final ReadinessEngine engine = ReadinessEngine.of(bundle);

    static Assessment sample(Catalog catalog) throws Exception {
        try (InputStream in = ReportModelFactoryTest.class.getResourceAsStream(SAMPLE)) {
            return InterchangeJson.read(in.readAllBytes(), catalog, false);
        }
    }

    private ReportModel model(Assessment assessment, Language lang, List<ReportInput.Action> actions) {
        ReadinessResult result = engine.score(assessment);
        return ReportModelFactory.create(catalog, bundle.rules(), assessment, result, actions, lang, TODAY);
    }

    @Test
    void theSampleReadsLevelTwoWithTheLadderOfTheEngineInChinese() throws Exception {
        Assessment sample = sample(catalog);
        ReportModel m = model(sample, Language.ZH, List.of());

        assertEquals(Language.ZH, m.language());
        assertEquals(2, m.readiness().level());
        assertEquals("L2 专业级", m.readiness().label());
        assertEquals(
                sample.ratings().stream().filter(Rating::isRated).count(),
                m.readiness().ratedItems());
        assertEquals(170, m.readiness().totalItems());
        assertEquals("模块 5.0 加分：L1–L3 的总分各加 40 分。", m.readiness().bonusText());

        assertEquals(5, m.ladder().size());
        assertLevel(m.ladder().get(0), "L1 应用级", LevelStatus.ACHIEVED, "已达成", 1195, 1240, 40, "96.4", 60, 0);
        assertLevel(m.ladder().get(1), "L2 专业级", LevelStatus.ACHIEVED, "已达成", 1865, 2180, 40, "85.6", 70, 0);
        assertLevel(m.ladder().get(2), "L3 标杆级", LevelStatus.NOT_MET, "未达成", 2115, 2760, 40, "76.6", 80, 93);
        assertEquals(List.of(), m.ladder().get(0).reasons());
        assertEquals(
                List.of("总分为 76.6%，低于 80% 的阈值，差 93 分。", "模块 3.0 数据与绩效 低于 60% 的底线，差 27 分。"),
                m.ladder().get(2).reasons());
        // L4 and L5 hold the sample's not-applicable 5.0 items; only what does not depend on them is pinned here.
        assertNotEquals(LevelStatus.ACHIEVED, m.ladder().get(3).status());
        assertTrue(
                m.ladder()
                        .get(3)
                        .reasons()
                        .containsAll(List.of("已运营 7 年；本等级要求至少 8 年。", "模块 3.0 数据与绩效 低于 65% 的底线，差 97 分。", "尚未达成 L3。")),
                m.ladder().get(3).reasons().toString());
        assertNotEquals(LevelStatus.ACHIEVED, m.ladder().get(4).status());

        assertEquals(5, m.modules().size());
        ModuleRow data = m.modules().get(2);
        assertEquals("3.0 数据与绩效", data.label());
        assertEquals(35, data.items());
        assertEquals(345, data.points());
        assertEquals(700, data.maxPoints());
        assertEquals(new BigDecimal("49.3"), data.percent());

        ImprovementPath path = m.path();
        assertTrue(path.exists());
        assertEquals(3, path.targetLevel());
        assertEquals("标杆级", path.targetName());
        assertEquals(6, path.steps().size());
        assertEquals(95, path.totalGain());
        assertEquals(
                List.of(86, 93, 31, 94, 100, 106),
                path.steps().stream().map(PathStep::item).toList());
        PathStep first = path.steps().get(0);
        assertEquals(catalog.item(86).orElseThrow().title().zh(), first.title());
        assertEquals(Rate.NONE, first.beforeC());
        assertEquals(Rate.FULL, first.afterC());
        assertEquals(20, first.gain());
        assertEquals(List.of(), path.notes(), "7 years are enough for L3");

        assertEquals(170, m.items().size());
        ItemRow item1 = m.items().get(0);
        assertEquals(1, item1.id());
        assertEquals(catalog.item(1).orElseThrow().title().zh(), item1.title());
        assertEquals(sample.ratingsByItem().get(1).note(), item1.note());
        assertFalse(item1.note().isEmpty());
        ItemRow item5 = m.items().get(4);
        assertTrue(item5.isAtZero(), "item 5 is rated 0/0");

        Cover cover = m.cover();
        assertEquals(ORGANIZATION, cover.organization());
        assertEquals("市民服务中心主中心", cover.site());
        assertEquals(OptionalInt.of(7), cover.yearsInOperation());
        assertEquals("2026 年度自评估", cover.roundTitle());
        assertEquals("2026-03-01", cover.roundDate());
        assertEquals(List.of("张敏", "李卫东"), cover.assessors());
        assertEquals("cc-cmm-oc-2025", cover.catalog().id());
        assertEquals(catalog.sha256(), cover.catalog().sha256());
        assertEquals("cc-cmm-oc-2025-default", cover.rules().id());
        assertEquals(bundle.rules().sha256(), cover.rules().sha256());
        assertEquals(64, cover.rules().sha256().length());
        assertEquals(ProductInfo.current().name() + " " + ProductInfo.current().version(), cover.generatedBy());
        assertEquals("2026-03-02", cover.generatedOn());

        RulesAppendix appendix = m.appendix();
        assertEquals(bundle.rules().description().zh(), appendix.rulesDescription());
        assertEquals(5, appendix.levels().size());
        RuleRow l3 = appendix.levels().get(2);
        assertEquals("标杆级", l3.name());
        assertEquals(80, l3.thresholdPercent());
        assertEquals(60, l3.moduleFloorPercent());
        assertEquals(5, l3.minOperatingYears());
        assertEquals(List.of("1.0", "2.0", "3.0", "4.0"), l3.requiredModules());
        assertTrue(appendix.bonusRule().contains("L1–L3"), appendix.bonusRule());
        assertTrue(appendix.catalogStatement().contains("工作版"), appendix.catalogStatement());
        assertEquals(catalog.title().zh(), appendix.catalogTitle());

        assertSame(sample, m.source());
        assertEquals(List.of(), m.actions());
    }

    @Test
    void theSameRoundInEnglishHasEnglishWordsAndTheSameFigures() throws Exception {
        Assessment sample = sample(catalog);
        ReportModel zh = model(sample, Language.ZH, List.of());
        ReportModel en = model(sample, Language.EN, List.of());

        assertEquals("L2 Professional", en.readiness().label());
        assertEquals(
                "Module 5.0 bonus: 40 points added to the totals of L1–L3.",
                en.readiness().bonusText());
        assertEquals("Achieved", en.ladder().get(1).statusText());
        assertTrue(en.ladder()
                .get(3)
                .reasons()
                .containsAll(List.of(
                        "In operation for 7 years; this level needs at least 8.",
                        "Module 3.0 Data & Performance is below its 65% floor: 97 points short.",
                        "L3 is not achieved yet.")));
        assertEquals("3.0 Data & Performance", en.modules().get(2).label());
        assertEquals("Benchmark", en.path().targetName());
        assertEquals(
                catalog.item(86).orElseThrow().title().en(),
                en.path().steps().get(0).title());
        assertEquals(
                catalog.item(1).orElseThrow().title().en(), en.items().get(0).title());
        assertEquals(bundle.rules().description().en(), en.appendix().rulesDescription());
        assertTrue(en.appendix().catalogStatement().contains("not the licensed text"));

        // Figures do not depend on the language.
        for (int i = 0; i < 5; i++) {
            LevelRow a = zh.ladder().get(i);
            LevelRow b = en.ladder().get(i);
            assertEquals(a.totalPoints(), b.totalPoints());
            assertEquals(a.percent(), b.percent());
            assertEquals(a.gapPoints(), b.gapPoints());
            assertEquals(a.reasons().size(), b.reasons().size());
        }
        assertEquals(
                zh.path().steps().stream().map(PathStep::item).toList(),
                en.path().steps().stream().map(PathStep::item).toList());
    }

    @Test
    void unratedItemsStayUnratedAndUnknownYearsBecomeNotes() throws Exception {
        Assessment sample = sample(catalog);
        List<Rating> ratings = sample.ratings().stream()
                .filter(r -> r.item() > 5)
                .map(r -> r.item() == 6 ? r.withF(Rate.UNRATED) : r)
                .toList();
        Organization org = sample.organization();
        Assessment partial = new Assessment(
                sample.catalog(),
                new Organization(org.name(), org.site(), org.industry(), OptionalInt.empty()),
                sample.round(),
                ratings);
        ReportModel m = model(partial, Language.ZH, List.of());

        assertEquals(170, m.items().size(), "every catalog item is listed");
        ItemRow item1 = m.items().get(0);
        assertEquals(Rate.UNRATED, item1.c());
        assertEquals(Rate.UNRATED, item1.f());
        assertFalse(item1.isRated());
        assertFalse(item1.isAtZero(), "unrated is not highlighted as 0");
        ItemRow item6 = m.items().get(5);
        assertEquals(Rate.UNRATED, item6.f());
        assertEquals(
                ratings.stream().filter(Rating::isRated).count(),
                m.readiness().ratedItems(),
                "items 1-5 dropped and item 6 half rated");

        assertEquals(0, m.readiness().level());
        assertEquals("未达 L1", m.readiness().label());
        LevelRow l1 = m.ladder().get(0);
        assertEquals(LevelStatus.INCOMPLETE, l1.status());
        assertEquals("未评完", l1.statusText());
        assertTrue(l1.reasons().get(0).startsWith("尚有 "), l1.reasons().toString());
        assertTrue(m.ladder().get(2).reasons().contains("未填写运营年限；本等级要求至少 5 年。"));

        assertTrue(m.path().exists());
        assertTrue(
                m.path().notes().contains("未填写运营年限；本等级要求至少 5 年。"),
                m.path().notes().toString());
        assertTrue(
                m.path().notes().stream().anyMatch(n -> n.contains("个必评条目未评分")),
                m.path().notes().toString());
        assertTrue(m.cover().yearsInOperation().isEmpty());
    }

    @Test
    void noPathWhenTheTargetIsReachedOrNotSet() throws Exception {
        Assessment sample = sample(catalog);
        ReadinessResult reached = engine.score(sample.ratings(), OptionalInt.of(7), OptionalInt.of(2));
        ReportModel m =
                ReportModelFactory.create(catalog, bundle.rules(), sample, reached, List.of(), Language.EN, TODAY);
        assertFalse(m.path().exists());

        ReadinessResult none = engine.score(sample.ratings(), OptionalInt.of(7), OptionalInt.empty());
        assertFalse(ReportModelFactory.create(catalog, bundle.rules(), sample, none, List.of(), Language.EN, TODAY)
                .path()
                .exists());
    }

    @Test
    void actionsKeepTheirOrderWithTheStatusInWords() throws Exception {
        List<ReportInput.Action> actions = List.of(
                new ReportInput.Action(OptionalInt.of(26), "制定招聘画像", "张敏", "2026-06-30", "IN_PROGRESS"),
                new ReportInput.Action(OptionalInt.of(95), "绩效方案评分细则", "", "", "OPEN"),
                new ReportInput.Action(OptionalInt.empty(), "年度复评", "李卫东", "2027-03-01", "in-progress"),
                new ReportInput.Action(OptionalInt.of(96), "申诉渠道", "", "", "DONE"));
        ReportModel zh = model(sample(catalog), Language.ZH, actions);
        assertEquals(
                List.of("进行中", "待办", "进行中", "已完成"),
                zh.actions().stream().map(ActionRow::status).toList());
        assertEquals(OptionalInt.of(26), zh.actions().get(0).item());
        assertEquals("制定招聘画像", zh.actions().get(0).what());
        assertEquals("张敏", zh.actions().get(0).owner());
        assertEquals("2026-06-30", zh.actions().get(0).due());
        assertTrue(zh.actions().get(2).item().isEmpty());

        ReportModel en = model(sample(catalog), Language.EN, actions);
        assertEquals(
                List.of("In progress", "Open", "In progress", "Done"),
                en.actions().stream().map(ActionRow::status).toList());
    }

    @Test
    void aResultOfAnotherCatalogIsRefused() throws Exception {
        Assessment sample = sample(catalog);
        ReadinessResult result = engine.score(sample);
        ReadinessResult other = new ReadinessResult(
                "another-catalog",
                "",
                result.rulesId(),
                result.rulesSha256(),
                result.yearsInOperation(),
                result.readinessLevel(),
                result.completion(),
                result.levels(),
                result.modules(),
                result.items(),
                result.path());
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportModelFactory.create(catalog, bundle.rules(), sample, other, List.of(), Language.ZH, TODAY));
    }

    @Test
    void levelRangesReadAsPeopleWriteThem() {
        assertEquals("L1–L3", ReportModelFactory.levelRange(List.of(3, 1, 2)));
        assertEquals("L1, L3", ReportModelFactory.levelRange(List.of(1, 3)));
        assertEquals("L2", ReportModelFactory.levelRange(List.of(2)));
        assertEquals("", ReportModelFactory.levelRange(List.of()));
    }

    private static void assertLevel(
            LevelRow row,
            String label,
            LevelStatus status,
            String statusText,
            int total,
            int max,
            int bonus,
            String percent,
            int threshold,
            int gap) {
        assertEquals(label, row.label());
        assertEquals(status, row.status(), label);
        assertEquals(statusText, row.statusText(), label);
        assertEquals(total, row.totalPoints(), label);
        assertEquals(max, row.maxPoints(), label);
        assertEquals(bonus, row.bonusPoints(), label);
        assertEquals(new BigDecimal(percent), row.percent(), label);
        assertEquals(threshold, row.thresholdPercent(), label);
        assertEquals(gap, row.gapPoints(), label);
    }
}
