package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.RoundInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A re-assessment (copy of a round) takes the plan along: findings, actions not done, planned ratings, summary. */
class PlanCarryTest {

    private static final RoundInfo AGAIN = new RoundInfo("2026 复评", "2026-10-01", List.of("张三"), OptionalInt.of(3));

    @TempDir
    Path dir;

    @Test
    void theCopyCarriesFindingsOpenActionsWithTheirLinksPlannedRatingsAndTheSummary() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            file.actAs("王五");
            Finding weak = file.addFinding(
                    Finding.of(round, Fixtures.item(3), FindingKind.WEAKNESS, Priority.HIGH, "排班无预测依据"));
            file.addFinding(Finding.of(round, Fixtures.item(1), FindingKind.STRENGTH, Priority.LOW, "知识库维护及时"));
            PlanAction open = file.addPlanAction(
                    PlanAction.of(ImprovementAction.of(round, Fixtures.item(3), "建立预测模型", "李四", "2026-06-30"))
                            .withPriority(Priority.HIGH)
                            .withEffort("10 人天")
                            .withTarget(Rate.FULL, Rate.PARTIAL)
                            .withMoreItems(List.of(Fixtures.item(4), Fixtures.item(5)))
                            .withFinding(weak.id()));
            PlanAction started = file.addPlanAction(
                    PlanAction.of(ImprovementAction.of(round, Fixtures.item(6), "Train the team leads", "Li", "")));
            file.updatePlanAction(started.withAction(started.action().withStatus(ActionStatus.IN_PROGRESS)));
            PlanAction done = file.addPlanAction(PlanAction.of(
                    ImprovementAction.of(round, Fixtures.item(7), "Publish the forecast", "Wang", "2026-04-01")));
            file.updatePlanAction(done.withAction(done.action().withStatus(ActionStatus.DONE)));
            file.setPlannedRating(round, Fixtures.item(3), Rate.FULL, Rate.FULL);
            file.setPlannedRating(round, Fixtures.item(8), Rate.PARTIAL, Rate.FULL);
            file.saveExecutiveSummary(round, "中心已达到 L2。");

            long copy = file.copyRound(round, AGAIN).id();

            List<Finding> findings = file.findings(copy);
            assertEquals(2, findings.size());
            Finding carried = findings.stream()
                    .filter(f -> f.kind() == FindingKind.WEAKNESS)
                    .findFirst()
                    .orElseThrow();
            assertEquals("排班无预测依据", carried.text());
            assertEquals(Priority.HIGH, carried.severity());
            assertEquals(Fixtures.item(3), carried.item());
            assertEquals("王五", carried.author());
            assertEquals(copy, carried.roundId());
            assertNotEquals(weak.id(), carried.id());

            List<PlanAction> actions = file.planActions(copy);
            assertEquals(
                    List.of("建立预测模型", "Train the team leads"),
                    actions.stream().map(a -> a.action().what()).toList());
            PlanAction a = actions.get(0);
            assertEquals(copy, a.action().roundId());
            assertNotEquals(open.action().id(), a.action().id());
            assertEquals(Priority.HIGH, a.priority());
            assertEquals("10 人天", a.effort());
            assertEquals(Rate.FULL, a.targetC());
            assertEquals(Rate.PARTIAL, a.targetF());
            assertEquals(List.of(Fixtures.item(3), Fixtures.item(4), Fixtures.item(5)), a.items());
            assertEquals(carried.id(), a.findingId(), "the action answers the finding's copy, not the old finding");
            assertEquals(ActionStatus.IN_PROGRESS, actions.get(1).action().status());

            Map<Integer, PlannedRating> planned = file.plannedRatings(copy);
            assertEquals(file.plannedRatings(round), planned);
            assertEquals("中心已达到 L2。", file.executiveSummary(copy));

            // The source round keeps everything, the done action included; the two rounds are independent afterwards.
            assertEquals(3, file.planActions(round).size());
            assertEquals(2, file.findings(round).size());
            file.removeFinding(carried.id());
            file.removePlanAction(a.action().id());
            assertEquals(2, file.findings(round).size());
            assertEquals(
                    List.of(Fixtures.item(3), Fixtures.item(4), Fixtures.item(5)),
                    file.planActions(round).stream()
                            .filter(x -> x.action().id() == open.action().id())
                            .findFirst()
                            .orElseThrow()
                            .items());
            assertEquals(
                    weak.id(),
                    file.planActions(round).stream()
                            .filter(x -> x.action().id() == open.action().id())
                            .findFirst()
                            .orElseThrow()
                            .findingId());
        }
    }

    @Test
    void aRoundWithoutAPlanIsCopiedWithAnEmptyPlan() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            long copy = file.copyRound(round, AGAIN).id();
            assertTrue(file.findings(copy).isEmpty());
            assertTrue(file.planActions(copy).isEmpty());
            assertTrue(file.plannedRatings(copy).isEmpty());
            assertEquals("", file.executiveSummary(copy));
        }
    }
}
