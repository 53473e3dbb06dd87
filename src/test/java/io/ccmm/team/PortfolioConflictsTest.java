package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.portfolio.PortfolioReader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio counts the open conflicts that merging disagreeing field copies left in a round. */
class PortfolioConflictsTest {

    @TempDir
    Path dir;

    @Test
    void openConflictsShowInThePortfolioUntilResolved() throws Exception {
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

        assertEquals(2, new PortfolioReader().read(master).conflicts());

        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            m.actAs("组长");
            m.resolveConflict(roundId, 2, Rating.of(2, Rate.FULL, Rate.PARTIAL), "张三");
        }
        assertEquals(1, new PortfolioReader().read(master).conflicts());
    }
}
