package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A realistic report model built by hand: a 12345 government hotline, 170 items over the five modules, a few unrated
 * items, items at 0, notes with hostile content, a path to L3 and improvement actions.
 */
final class SampleReport {

    static final String ORGANIZATION = "某市12345政务服务热线";
    static final String SCRIPT_NOTE = "<script>alert(1)</script> 需复核";
    static final String FORMULA_NOTE = "=cmd|' /C calc'!A0";
    static final String CATALOG_SHA = "3f9a1c0b7e2d4a6f8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a";
    static final String RULES_SHA = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";

    private static final String[][] MODULES = {
        {"1.0", "设计与规划", "Design & Planning", "35"},
        {"2.0", "运营与管理", "Operations & Management", "40"},
        {"3.0", "数据与绩效", "Data & Performance", "35"},
        {"4.0", "客户体验", "Customer Experience", "30"},
        {"5.0", "创新与提高", "Innovation & Improvement", "30"}
    };

    private static final String[][] TOPICS = {
        {"中心战略与年度经营目标经管理层批准并定期回顾", "Center strategy and annual goals approved and reviewed by management"},
        {"服务渠道规划覆盖热线、网络与移动端", "Channel plan covers hotline, web and mobile"},
        {"坐席排班依据话务预测并按时段优化", "Agent schedules follow the forecast and are optimised by interval"},
        {"知识库内容有专人维护且更新及时", "Knowledge base has an owner and is kept current"},
        {"质检抽样覆盖全部业务类型与班组", "Quality sampling covers every business type and team"},
        {"工单流转时限明确并有超时预警", "Case routing has time limits and overdue alerts"},
        {"新员工培训有课程体系与上岗考核", "New-hire training has a curriculum and a go-live test"},
        {"关键绩效指标定义统一并每日发布", "Key indicators are defined once and published daily"},
        {"客户满意度调查方法科学且样本充足", "Satisfaction surveys are sound and sufficiently sampled"},
        {"投诉处理闭环并分析根因", "Complaints are closed and their root causes analysed"},
        {"应急预案覆盖系统故障与话务突增并定期演练", "Contingency plans cover outages and surges and are rehearsed"},
        {"信息安全与个人信息保护制度落实到岗", "Information security and privacy rules are applied at every desk"},
        {"智能语音导航与在线客服持续优化", "Voice IVR and chat bots are improved continuously"},
        {"员工满意度与流失率定期监测", "Staff satisfaction and attrition are monitored"},
        {"现场管理有巡场记录并及时处置异常", "Floor walks are recorded and exceptions handled"}
    };

    private SampleReport() {}

    static ReportModel model(Language lang) {
        ReportText t = ReportText.of(lang);
        boolean zh = lang == Language.ZH;
        Random random = new Random(20260301);

        List<ItemRow> items = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        Map<String, int[]> moduleTotals = new LinkedHashMap<>();
        int id = 1;
        for (String[] m : MODULES) {
            int count = Integer.parseInt(m[3]);
            int[] totals = new int[3];
            for (int k = 0; k < count; k++, id++) {
                String[] topic = TOPICS[(id * 7 + k) % TOPICS.length];
                String title = zh ? topic[0] : topic[1];
                int level = m[0].equals("5.0") ? (k % 3 == 0 ? 5 : 4) : 1 + Math.min(4, k * 5 / count);
                Rate c;
                Rate f;
                if (id % 23 == 0) {
                    c = Rate.UNRATED;
                    f = Rate.UNRATED;
                } else if (id % 17 == 0) {
                    c = Rate.NONE;
                    f = Rate.NONE;
                } else {
                    c = pick(random, level);
                    f = pick(random, level + 1);
                }
                String note = "";
                if (id == 12) {
                    note = "制度齐全，执行记录不完整；2025 年第三季度抽查 120 份工单，其中 18 份超过办结时限，"
                            + "原因集中在跨部门转办环节（住建、交通、市场监管），建议建立转办超时自动提醒并纳入月度考核。"
                            + "Follow-up agreed with the deputy director: weekly review of overdue cases until the rate is below 5%.";
                } else if (id == 17) {
                    note = SCRIPT_NOTE;
                } else if (id == 34) {
                    note = FORMULA_NOTE;
                } else if (id == 51) {
                    note = "+1 追加说明：2026-01 起试行";
                } else if (id % 9 == 0) {
                    note = zh ? "现场查看记录，抽样 30 条" : "Records checked on site, 30 sampled";
                }
                ItemRow row = new ItemRow(id, m[0], title, level, c, f, c.points() + f.points(), note);
                items.add(row);
                ratings.add(new Rating(id, c, f, note));
                totals[0]++;
                totals[1] += row.isRated() ? 1 : 0;
                totals[2] += row.points();
            }
            moduleTotals.put(m[0], totals);
        }

        List<ModuleRow> modules = new ArrayList<>();
        for (String[] m : MODULES) {
            int[] tt = moduleTotals.get(m[0]);
            modules.add(
                    new ModuleRow(m[0], zh ? m[1] : m[2], tt[0], tt[1], tt[2], tt[0] * 20, percent(tt[2], tt[0] * 20)));
        }
        int rated = (int) items.stream().filter(ItemRow::isRated).count();

        String[] names = zh
                ? new String[] {"应用级", "专业级", "标杆级", "精益级", "卓越级"}
                : new String[] {"Application", "Professional", "Benchmark", "Lean", "Excellence"};
        List<LevelRow> ladder = List.of(
                new LevelRow(
                        1,
                        names[0],
                        LevelStatus.ACHIEVED,
                        t.status(LevelStatus.ACHIEVED),
                        1010,
                        1240,
                        60,
                        percent(1010, 1240),
                        60,
                        0,
                        List.of()),
                new LevelRow(
                        2,
                        names[1],
                        LevelStatus.ACHIEVED,
                        t.status(LevelStatus.ACHIEVED),
                        1540,
                        2020,
                        60,
                        percent(1540, 2020),
                        70,
                        0,
                        List.of()),
                new LevelRow(
                        3,
                        names[2],
                        LevelStatus.NOT_MET,
                        t.status(LevelStatus.NOT_MET),
                        1955,
                        2620,
                        60,
                        percent(1955, 2620),
                        80,
                        141,
                        List.of(
                                t.reasonBelowThreshold(percent(1955, 2620), 80, 141),
                                t.reasonModuleBelowFloor("3.0", zh ? "数据与绩效" : "Data & Performance", 60, 35))),
                new LevelRow(
                        4,
                        names[3],
                        LevelStatus.INCOMPLETE,
                        t.status(LevelStatus.INCOMPLETE),
                        2160,
                        3040,
                        0,
                        percent(2160, 3040),
                        85,
                        424,
                        List.of(
                                t.reasonUnratedItems(6),
                                t.reasonOperatingYearsShort(7, 8),
                                t.reasonBelowThreshold(percent(2160, 3040), 85, 424),
                                t.reasonPreviousLevelNotAchieved(3))),
                new LevelRow(
                        5,
                        names[4],
                        LevelStatus.INCOMPLETE,
                        t.status(LevelStatus.INCOMPLETE),
                        2480,
                        3400,
                        0,
                        percent(2480, 3400),
                        90,
                        580,
                        List.of(
                                t.reasonUnratedItems(7),
                                t.reasonOperatingYearsShort(7, 10),
                                t.reasonPreviousLevelNotAchieved(4))));

        List<PathStep> steps = new ArrayList<>();
        items.stream()
                .filter(i -> i.level() <= 3 && !i.module().equals("5.0") && i.points() < 20)
                .sorted((a, b) -> a.points() != b.points()
                        ? Integer.compare(a.points(), b.points())
                        : Integer.compare(a.id(), b.id()))
                .limit(14)
                .forEach(i -> steps.add(new PathStep(
                        i.id(), i.module(), i.title(), i.c(), i.f(), Rate.FULL, Rate.FULL, 20 - i.points())));
        ImprovementPath path = new ImprovementPath(3, names[2], steps, List.of(t.reasonOperatingYearsShort(7, 8)));

        List<ActionRow> actions = List.of(
                new ActionRow(
                        OptionalInt.of(12),
                        zh
                                ? "建立跨部门转办超时自动提醒，纳入月度考核"
                                : "Automatic overdue reminders for cross-department referrals, in the monthly review",
                        zh ? "张三" : "Zhang San",
                        "2026-04-30",
                        t.actionStatus("IN_PROGRESS")),
                new ActionRow(
                        OptionalInt.of(17),
                        zh ? "补齐质检抽样规则并覆盖夜班" : "Complete the quality sampling rules, night shift included",
                        zh ? "李四" : "Li Si",
                        "2026-05-15",
                        t.actionStatus("NOT_STARTED")),
                new ActionRow(
                        OptionalInt.empty(),
                        "-" + (zh ? "整理 2025 年度话务数据用于预测模型" : "Prepare 2025 call data for the forecasting model"),
                        zh ? "王五" : "Wang Wu",
                        "2026-06-01",
                        t.actionStatus("NOT_STARTED")),
                new ActionRow(
                        OptionalInt.of(34),
                        zh ? "应急预案演练（系统故障场景）" : "Contingency rehearsal (system outage)",
                        zh ? "赵六" : "Zhao Liu",
                        "2026-03-20",
                        t.actionStatus("DONE")));

        List<RuleRow> rules = List.of(
                new RuleRow(1, names[0], 60, 50, 0, List.of("1.0", "2.0", "3.0", "4.0")),
                new RuleRow(2, names[1], 70, 55, 0, List.of("1.0", "2.0", "3.0", "4.0")),
                new RuleRow(3, names[2], 80, 60, 5, List.of("1.0", "2.0", "3.0", "4.0")),
                new RuleRow(4, names[3], 85, 65, 8, List.of("1.0", "2.0", "3.0", "4.0", "5.0")),
                new RuleRow(5, names[4], 90, 70, 10, List.of("1.0", "2.0", "3.0", "4.0", "5.0")));
        RulesAppendix appendix = new RulesAppendix(
                zh
                        ? "CC-CMM-OC 2025 就绪度默认规则：各级总分阈值、模块底线与运营年限为本产品的默认值（公开资料未给出的数值）；持有认证机构确切阈值的顾问可替换本文件。"
                        : "Default readiness rules for CC-CMM-OC 2025: the level thresholds, module floors and operating years are this product's documented defaults where the public description is silent.",
                rules,
                t.bonusRule("5.0", "L1–L3", 10),
                zh
                        ? "CC-CMM-OC 2025 联络中心能力成熟度 · 工作版条目库"
                        : "CC-CMM-OC 2025 Contact Center Capability Maturity · Working Catalog",
                zh
                        ? "本条目库为工作版：按 CC-CMM-OC 2025 公开的结构（5 个模块、170 个考核点、C-Rate/F-Rate 10/5/0 评分、L1–L5 五个等级、5.0 模块加分）由本产品团队用自己的语言编写，并非标准所有方授权的正式条文。"
                        : "This is a working catalog written in our own words by the product team, following the public structure of CC-CMM-OC 2025 (5 modules, 170 assessment items, C-Rate/F-Rate at 10/5/0, levels L1–L5, the module 5.0 bonus). It is not the licensed text of the standard's owner.");

        Cover cover = new Cover(
                ORGANIZATION,
                zh ? "主中心（市民服务中心三楼）" : "Main center (Citizen Service Center, 3rd floor)",
                OptionalInt.of(7),
                zh ? "2026 年度自评（基线）" : "2026 self-assessment (baseline)",
                "2026-03-01",
                zh ? List.of("张三", "李四") : List.of("Zhang San", "Li Si"),
                new SourceRef("cc-cmm-oc-2025", CATALOG_SHA),
                new SourceRef("cc-cmm-oc-2025-default", RULES_SHA),
                "CCMM Readiness 0.1.0",
                "2026-03-02");
        Readiness readiness = new Readiness(2, names[1], rated, items.size(), t.bonusApplied("5.0", 60, "L1–L3"));
        Assessment source = new Assessment(
                new CatalogRef("cc-cmm-oc-2025", CATALOG_SHA),
                new Organization(ORGANIZATION, "主中心", "", OptionalInt.of(7)),
                new RoundInfo("2026 年度自评", "2026-03-01", List.of("张三", "李四"), OptionalInt.of(3)),
                ratings);
        return new ReportModel(lang, cover, readiness, ladder, modules, path, items, actions, appendix, source);
    }

    private static Rate pick(Random random, int level) {
        int r = random.nextInt(100);
        int full = 78 - level * 9;
        if (r < full) {
            return Rate.FULL;
        }
        return r < full + 28 ? Rate.PARTIAL : Rate.NONE;
    }

    static BigDecimal percent(int points, int max) {
        return BigDecimal.valueOf(100L * points).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP);
    }

    /** Writes the sample in every format and both languages to target/report-samples (for looking at). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(dir);
        for (Language lang : Language.values()) {
            ReportModel model = model(lang);
            for (ReportExporter e : ReportExporterRegistry.defaults().all()) {
                long start = System.nanoTime();
                Path out = dir.resolve("sample-" + lang.code() + "." + e.extension());
                try {
                    e.export(model, out);
                    System.out.printf(
                            "%s %d ms %d bytes%n", out, (System.nanoTime() - start) / 1_000_000, Files.size(out));
                } catch (UnsupportedOperationException ex) {
                    System.out.println(e.id() + " not yet");
                }
            }
        }
    }
}
