package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.library.PublishedRound;
import io.ccmm.plan.SummaryDraft;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.report.RoundPlanReader;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan of a round (its report section and summary draft) and a round published to the team library count the open
 * conflicts merging left, and count one less once one is resolved.
 */
class PlanConflictsTest {

    @TempDir
    Path dir;

    @Test
    void thePlanTheSummaryAndTheLibraryCountOpenConflicts() throws Exception {
        Path master = dir.resolve("master.ccmm");
        long roundId;
        try (AssessmentFile f = AssessmentFile.create(master, TeamFilesTest.ORG)) {
            roundId = f.createRound(TeamFilesTest.ROUND).id();
        }
        Path a = dir.resolve("a.ccmm");
        Path b = dir.resolve("b.ccmm");
        TeamFiles.handOut(master, OptionalLong.empty(), "张三", Scope.ALL, a);
        TeamFiles.handOut(master, OptionalLong.empty(), "李四", Scope.ALL, b);
        TeamFilesTest.rate(a, "张三", new int[][] {{2, 10, 5}, {7, 10, 10}, {9, 5, 5}});
        TeamFilesTest.rate(b, "李四", new int[][] {{2, 5, 5}, {7, 0, 10}, {9, 5, 5}});
        TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());

        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            assertEquals(2, RoundPlanReader.read(m, roundId).conflicts());
            assertEquals(
                    2,
                    PublishedRound.read(m, roundId, false, ConflictCount.OPEN, master)
                            .conflicts());
            String summary = SummaryDraft.write(
                    m.catalogBundleOf(roundId).catalog(),
                    ReadinessEngine.of(m.catalogBundleOf(roundId)).score(m.exportRound(roundId)),
                    Optional.empty(),
                    RoundPlanReader.read(m, roundId).conflicts(),
                    Language.EN);
            assertTrue(summary.contains("2 items have conflicting ratings"), summary);

            m.actAs("组长");
            m.resolveConflict(roundId, 7, Rating.of(7, Rate.FULL, Rate.FULL), "张三");
            assertEquals(1, RoundPlanReader.read(m, roundId).conflicts());
            assertEquals(
                    1,
                    PublishedRound.read(m, roundId, false, ConflictCount.OPEN, master)
                            .conflicts());
        }
    }
}
