package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings, the action plan, planned ratings, the executive summary and branding, and the step that adds them. */
class PlanStorageTest {

    @TempDir
    Path dir;

    @Test
    void aVersionTwoFileIsMigratedAndKeepsItsRatingsAndActions() throws Exception {
        Path file = dir.resolve("old.ccmm");
        StorageOptions v2 = StorageOptions.defaults().withSchema(2, List.of(Schema.MIGRATIONS.get(0)));
        long roundId;
        try (AssessmentFile old = AssessmentFile.create(file, Fixtures.ORG, v2)) {
            assertEquals(2, old.schemaVersion());
            roundId = old.createRound(Fixtures.BASELINE).id();
            old.saveRating(roundId, Rating.of(Fixtures.item(0), Rate.FULL, Rate.PARTIAL));
            old.addAction(ImprovementAction.of(roundId, Fixtures.item(0), "写下流程", "李四", "2026-06-30"));
        }
        try (AssessmentFile migrated = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(Schema.CURRENT_VERSION, migrated.schemaVersion());
            assertEquals(
                    Rate.PARTIAL, migrated.rating(roundId, Fixtures.item(0)).f());
            List<PlanAction> plan = migrated.planActions(roundId);
            assertEquals(1, plan.size());
            assertEquals("写下流程", plan.get(0).action().what());
            assertEquals(Priority.MEDIUM, plan.get(0).priority());
            assertEquals(List.of(), migrated.findings(roundId));
            assertEquals("", migrated.executiveSummary(roundId));
            assertEquals(Branding.NONE, migrated.branding());
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertTrue(beside.anyMatch(p -> p.getFileName().toString().contains("backup")
                    || p.getFileName().toString().contains("v2")));
        }
    }

    @Test
    void findingsAreKeptPerRoundAndEdited() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            file.actAs("王五");
            Finding added = file.addFinding(
                    Finding.of(round, Fixtures.item(3), FindingKind.WEAKNESS, Priority.HIGH, " 排班无预测依据 "));
            assertEquals("排班无预测依据", added.text());
            assertEquals("王五", added.author());
            file.updateFinding(added.withSeverity(Priority.LOW).withKind(FindingKind.OBSERVATION));
            Finding changed = file.findings(round).get(0);
            assertEquals(Priority.LOW, changed.severity());
            assertEquals(FindingKind.OBSERVATION, changed.kind());
            assertTrue(file.auditTrail(round).stream().anyMatch(e -> e.field().equals("finding.severity")));
            file.removeFinding(added.id());
            assertEquals(List.of(), file.findings(round));
        }
    }

    @Test
    void aFindingWithoutTextOrOfAnUnknownItemIsRefusedAndNothingIsStored() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            StorageException blank = assertThrows(
                    StorageException.class,
                    () -> file.addFinding(Finding.of(round, Fixtures.item(0), FindingKind.STRENGTH, null, "  ")));
            assertEquals(StorageException.Reason.FINDING_WITHOUT_TEXT, blank.reason());
            StorageException unknown = assertThrows(
                    StorageException.class,
                    () -> file.addFinding(Finding.of(round, 999, FindingKind.STRENGTH, null, "好")));
            assertEquals(StorageException.Reason.UNKNOWN_ITEM, unknown.reason());
            assertEquals(List.of(), file.findings(round));
        }
    }

    @Test
    void anActionRaisesSeveralItemsWithPriorityEffortAndTargets() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            Finding finding =
                    file.addFinding(Finding.of(round, Fixtures.item(1), FindingKind.WEAKNESS, Priority.HIGH, "无质检标准"));
            PlanAction plan = PlanAction.of(
                            ImprovementAction.of(round, Fixtures.item(1), "建立质检标准", "质检组", "2026-09-30"))
                    .withPriority(Priority.HIGH)
                    .withEffort("20 人天")
                    .withTarget(Rate.FULL, Rate.FULL)
                    .withMoreItems(List.of(Fixtures.item(5), Fixtures.item(2), Fixtures.item(1)))
                    .withFinding(finding.id());
            PlanAction stored = file.addPlanAction(plan);
            assertTrue(stored.action().id() > 0);
            assertEquals(List.of(Fixtures.item(1), Fixtures.item(2), Fixtures.item(5)), stored.items());
            assertEquals(finding.id(), stored.findingId());
            assertEquals(Rate.FULL, stored.targetF());
            assertEquals("20 人天", stored.effort());

            file.updatePlanAction(stored.withPriority(Priority.LOW)
                    .withMoreItems(List.of())
                    .withAction(stored.action().withStatus(ActionStatus.DONE)));
            PlanAction updated = file.planActions(round).get(0);
            assertEquals(Priority.LOW, updated.priority());
            assertEquals(ActionStatus.DONE, updated.action().status());
            assertEquals(List.of(Fixtures.item(1)), updated.items());
            // The plain list of actions sees the same action.
            assertEquals(1, file.actions(round).size());

            file.removeFinding(finding.id());
            assertEquals(0, file.planActions(round).get(0).findingId());
            file.removePlanAction(updated.action().id());
            assertEquals(List.of(), file.planActions(round));
        }
    }

    @Test
    void plannedRatingsSummaryAndBrandingAreStored() throws Exception {
        Path path;
        long round;
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            path = file.path();
            round = file.createRound(Fixtures.BASELINE).id();
            file.setPlannedRating(round, Fixtures.item(0), Rate.FULL, Rate.FULL);
            file.setPlannedRating(round, Fixtures.item(1), Rate.FULL, Rate.PARTIAL);
            file.setPlannedRating(round, Fixtures.item(1), Rate.FULL, Rate.FULL);
            file.setPlannedRating(round, Fixtures.item(0), Rate.UNRATED, Rate.FULL);
            file.saveExecutiveSummary(round, "  中心目前处于 L2。 ");
            file.saveBranding(new Branding("咨询公司", "某银行", logo, "image/png", "#1a5fb4"));
        }
        try (AssessmentFile file = AssessmentFile.open(path, OpenMode.READ_ONLY)) {
            assertEquals(
                    List.of(Fixtures.item(1)),
                    List.copyOf(file.plannedRatings(round).keySet()));
            assertEquals(
                    new PlannedRating(Fixtures.item(1), Rate.FULL, Rate.FULL),
                    file.plannedRatings(round).get(Fixtures.item(1)));
            assertEquals("中心目前处于 L2。", file.executiveSummary(round));
            Branding b = file.branding();
            assertEquals("咨询公司", b.consultancy());
            assertArrayEquals(logo, b.logo());
            assertEquals("#1a5fb4", b.accent());
            assertThrows(StorageException.class, () -> file.saveExecutiveSummary(round, "x"));
        }
    }

    @Test
    void anOverlongSummaryIsRefusedAndTheOldOneStays() throws Exception {
        try (AssessmentFile file = Fixtures.newFile(dir)) {
            long round = file.createRound(Fixtures.BASELINE).id();
            file.saveExecutiveSummary(round, "短");
            StorageException e = assertThrows(
                    StorageException.class,
                    () -> file.saveExecutiveSummary(round, "长".repeat(Rating.MAX_TEXT_LENGTH + 1)));
            assertEquals(StorageException.Reason.PLAN_TEXT_TOO_LONG, e.reason());
            assertEquals("短", file.executiveSummary(round));
        }
    }

    @Test
    void aBadAccentColourIsNamed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Branding("", "", null, "", "blue"));
        assertTrue(e.getMessage().contains("blue"));
    }
}
