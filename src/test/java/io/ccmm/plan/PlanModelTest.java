package io.ccmm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projected readiness, the path as actions, the roadmap and the summary draft, on the bundled bank sample. */
class PlanModelTest {

    static CatalogBundle bundle;
    static ReadinessEngine engine;
    static Assessment bank;

    @BeforeAll
    static void load() throws Exception {
        bundle = CatalogLoader.bundled();
        engine = ReadinessEngine.of(bundle);
        bank = sample("bank-card-center-2026.json");
    }

    static Assessment sample(String name) throws Exception {
        try (InputStream in = PlanModelTest.class.getResourceAsStream("/assessment-items/samples/" + name)) {
            return InterchangeJson.read(in.readAllBytes(), bundle.catalog(), true);
        }
    }

    @Test
    void projectedReadinessIsTheEngineOnThePlannedRatings() {
        Random random = new Random(7);
        List<Integer> ids = bundle.catalog().items().stream().map(i -> i.id()).toList();
        for (int round = 0; round < 20; round++) {
            List<Rating> planned = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                int item = ids.get(random.nextInt(ids.size()));
                planned.add(
                        Rating.of(item, Rate.values()[1 + random.nextInt(3)], Rate.values()[1 + random.nextInt(3)]));
            }
            Map<Integer, Rating> expected = new HashMap<>(bank.ratingsByItem());
            for (Rating p : planned) {
                expected.put(
                        p.item(),
                        p.withNote(expected.getOrDefault(p.item(), Rating.unrated(p.item()))
                                .note()));
            }
            ReadinessResult byEngine = engine.score(
                    expected,
                    bank.organization().yearsInOperation(),
                    bank.round().targetLevel());
            assertEquals(byEngine, Projection.projected(engine, bank, planned));
        }
    }

    @Test
    void thePathAsActionsReachesTheTargetInTheProjection() {
        ReadinessResult now = engine.score(
                bank.ratingsByItem(),
                bank.organization().yearsInOperation(),
                OptionalInt.of(Math.min(5, engine.score(bank).readinessLevel() + 1)));
        ImprovementPath path = now.path().orElseThrow();
        List<PlanEntry> actions = PathActions.of(path, bundle.catalog(), Language.EN, Set.of());
        assertEquals(path.steps().size(), actions.size());
        assertEquals(List.of(path.steps().get(0).item()), actions.get(0).items());
        assertTrue(actions.get(0)
                .title()
                .startsWith("Raise item " + path.steps().get(0).item()));
        ReadinessResult after = engine.score(
                Projection.afterActions(bank.ratingsByItem(), actions),
                bank.organization().yearsInOperation());
        if (path.outsideRatings().isEmpty() && path.unratedItemsLeft() == 0) {
            assertTrue(after.readinessLevel() >= path.targetLevel());
        }
        // An item already planned gets no second action.
        int first = path.steps().get(0).item();
        assertFalse(PathActions.of(path, bundle.catalog(), Language.ZH, Set.of(first)).stream()
                .anyMatch(a -> a.items().contains(first)));
    }

    @Test
    void theRoadmapOrdersActionsByDueDateWithinQuartersAndProjectsEachQuarter() {
        List<PlanEntry> actions = List.of(
                entry("c", "2026-11-20", 3),
                entry("a", "2026-04-02", 1),
                entry("none", "", 4),
                entry("b", "2026-06-30", 2),
                entry("d", "2026-10-01", 5));
        Map<Integer, Rating> empty = Map.of();
        Roadmap roadmap = Roadmap.of(engine, empty, OptionalInt.of(12), actions);
        assertEquals(
                List.of("2026 Q2", "2026 Q4"),
                roadmap.quarters().stream().map(Roadmap.Quarter::label).toList());
        assertEquals(List.of("a", "b"), titles(roadmap.quarters().get(0).actions()));
        assertEquals(List.of("d", "c"), titles(roadmap.quarters().get(1).actions()));
        assertEquals(List.of("none"), titles(roadmap.unscheduled()));
        // Q4's projection includes Q2's actions too: items 1, 2, 3 and 5 at 10/10.
        ReadinessResult q4 = roadmap.quarters().get(1).projected();
        for (int item : List.of(1, 2, 3, 5)) {
            assertEquals(20, q4.item(item).orElseThrow().points(), "item " + item);
        }
        assertEquals(0, q4.item(4).orElseThrow().points());
        assertEquals(
                10 * 4,
                roadmap.quarters().get(0).projected().level(1).points()
                        + (bundle.catalog().item(1).orElseThrow().level() > 1 ? 20 : 0)
                        + (bundle.catalog().item(2).orElseThrow().level() > 1 ? 20 : 0));
    }

    @Test
    void eachQuarterProjectsAtLeastTheLevelOfTheOneBefore() {
        ReadinessResult now =
                engine.score(bank.ratingsByItem(), bank.organization().yearsInOperation(), OptionalInt.of(5));
        List<PlanEntry> fromPath = PathActions.of(now.path().orElseThrow(), bundle.catalog(), Language.EN, Set.of());
        List<PlanEntry> dated = new ArrayList<>();
        for (int i = 0; i < fromPath.size(); i++) {
            PlanEntry e = fromPath.get(i);
            String due = String.format("2027-%02d-15", 1 + i % 12);
            dated.add(new PlanEntry(e.title(), "", due, "open", e.priority(), "", e.items(), Rate.FULL, Rate.FULL));
        }
        Roadmap roadmap =
                Roadmap.of(engine, bank.ratingsByItem(), bank.organization().yearsInOperation(), dated);
        int level = roadmap.currentLevel();
        for (Roadmap.Quarter q : roadmap.quarters()) {
            assertTrue(q.projectedLevel() >= level, q.label());
            level = q.projectedLevel();
        }
    }

    @Test
    void theSummaryDraftOfTheBankSampleInBothLanguages() throws Exception {
        ReadinessResult r = SummaryDraft.scoreForSummary(
                engine,
                bank.ratingsByItem(),
                bank.organization().yearsInOperation(),
                bank.round().targetLevel());
        String en = SummaryDraft.write(bundle.catalog(), r, Optional.empty(), 0, Language.EN);
        String zh = SummaryDraft.write(bundle.catalog(), r, Optional.empty(), 0, Language.ZH);
        System.out.println(
                "--- executive summary draft (en) ---\n" + en + "\n--- executive summary draft (zh) ---\n" + zh);
        int level = r.readinessLevel();
        assertTrue(
                en.startsWith(
                        level == 0
                                ? "The contact center does not yet meet L1"
                                : "The contact center is ready for L" + level),
                en);
        assertTrue(zh.startsWith(level == 0 ? "呼叫中心尚未达到 L1" : "呼叫中心已达到 L" + level), zh);
        if (level < 5) {
            assertTrue(en.contains("What stands between it and L" + (level + 1)), en);
            assertTrue(zh.contains("距离 L" + (level + 1)), zh);
        }
        assertTrue(en.contains("The strongest module is"), en);
        assertTrue(zh.contains("最强的模块是"), zh);
        if (r.path().isPresent() && !r.path().get().steps().isEmpty()) {
            int first = r.path().get().steps().get(0).item();
            assertTrue(en.contains("item " + first + " “"), en);
            assertTrue(zh.contains("第 " + first + " 项"), zh);
        }
        assertFalse(en.contains("{"), en);
        assertFalse(zh.contains("{"), zh);
    }

    @Test
    void theSummaryNamesNotApplicableConflictsAndTheTrend() {
        ReadinessResult r = engine.score(bank);
        Map<Integer, Rating> lower = new HashMap<>();
        for (Rating x : bank.ratings()) {
            lower.put(x.item(), x.isRated() ? Rating.of(x.item(), Rate.NONE, Rate.NONE) : x);
        }
        ReadinessResult before = engine.score(lower, bank.organization().yearsInOperation());
        SummaryDraft.Previous previous = new SummaryDraft.Previous("2025 基线", before);
        String en = SummaryDraft.write(bundle.catalog(), r, Optional.of(previous), 3, Language.EN);
        String zh = SummaryDraft.write(bundle.catalog(), r, Optional.of(previous), 3, Language.ZH);
        assertTrue(en.contains("3 items have conflicting ratings"), en);
        assertTrue(zh.contains("3 个条目的评估人评分不一致"), zh);
        String trendEn = r.readinessLevel() > 0 ? "readiness rose from L0 to L" + r.readinessLevel() : "stayed at L0";
        assertTrue(en.contains("Since the previous round “2025 基线” " + trendEn), en);
        assertTrue(zh.contains("与上一轮“2025 基线”相比"), zh);
        assertTrue(
                en.contains(
                        "the L1 total went from 0.0% to " + r.level(1).percent().toPlainString() + "%"),
                en);
        if (r.completion().notApplicable() > 0) {
            String expected = r.completion().notApplicable() == 1
                    ? "1 item is marked not applicable"
                    : r.completion().notApplicable() + " items are marked not applicable";
            assertTrue(en.contains(expected), en);
        }
    }

    private static PlanEntry entry(String title, String due, int item) {
        return new PlanEntry(title, "", due, "open", "medium", "", List.of(item), Rate.UNRATED, Rate.UNRATED);
    }

    private static List<String> titles(List<PlanEntry> entries) {
        return entries.stream().map(PlanEntry::title).toList();
    }
}
