package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merging several field copies and a colleague's JSON in one go: all checked first, shown per copy, applied at once. */
class MergeFlowTest {

    private Path master;
    private long roundId;
    private Path a;
    private Path b;
    private Path json;
    private AssessmentFile file;
    private final TestTeamHost host = new TestTeamHost();

    @BeforeEach
    void copies() throws Exception {
        master = TeamFixtures.master("ccmm-merge-flow");
        roundId = TeamFixtures.roundOf(master);
        a = TeamFixtures.handOut(master, "张三", "");
        b = TeamFixtures.handOut(master, "李四", "1-25");
        TeamFixtures.rate(a, "张三", Rating.of(2, Rate.FULL, Rate.FULL), Rating.of(30, Rate.PARTIAL, Rate.NONE));
        TeamFixtures.rate(b, "李四", Rating.of(2, Rate.PARTIAL, Rate.FULL), Rating.of(4, Rate.FULL, Rate.FULL));
        Assessment exported;
        try (AssessmentFile m = AssessmentFile.openForReading(master)) {
            exported = m.exportRound(roundId);
        }
        json = master.resolveSibling("wang.json");
        Files.write(
                json,
                InterchangeJson.write(new Assessment(
                        exported.catalog(),
                        exported.organization(),
                        new RoundInfo("2026 自评", "2026-03-01", List.of("王五"), OptionalInt.of(3)),
                        List.of(Rating.notApplicable(9, "不适用于政务热线")),
                        exported.uid())));
        file = AssessmentFile.open(master, OpenMode.READ_WRITE);
        host.session = new FileRoundSession(file, roundId, "master.ccmm");
    }

    @AfterEach
    void close() throws Exception {
        file.close();
    }

    @Test
    void severalCopiesAndJsonAreShownPerCopyThenMergedInOneGo() throws Exception {
        host.dialogs.chosen = List.of(a, b, json);
        host.dialogs.answer = true;
        MergeFlow.run(host);

        String asked = host.dialogs.confirmed.get(0);
        assertTrue(asked.contains("3"), asked);
        assertTrue(asked.contains("张三.ccmm（张三）：修改 2 个条目，其中合并 1 个、冲突 1 个"), asked);
        assertTrue(asked.contains("李四.ccmm（李四）：修改 2 个条目，其中合并 1 个、冲突 1 个"), asked);
        assertTrue(asked.contains("wang.json（王五）：修改 1 个条目，其中合并 1 个、冲突 0 个"), asked);
        assertTrue(asked.contains("合计：合并 3 个条目"), asked);
        assertTrue(asked.contains("冲突 1 个。"), asked);

        assertEquals(Rate.PARTIAL, file.rating(roundId, 30).c());
        assertEquals(Rate.FULL, file.rating(roundId, 4).c());
        assertTrue(file.rating(roundId, 9).notApplicable());
        assertEquals(
                List.of(2), file.conflicts(roundId).stream().map(c -> c.item()).toList());
        assertEquals(List.of(roundId), host.switched);
        assertTrue(host.dialogs.infos.get(0).contains("已将 3 份副本合并"), host.dialogs.infos.get(0));
    }

    @Test
    void aCopyOfAnotherFileRefusesTheWholeMergeNamingIt() throws Exception {
        Path other = TeamFixtures.master("ccmm-merge-other");
        Path stranger = TeamFixtures.handOut(other, "赵六", "");
        TeamFixtures.rate(stranger, "赵六", Rating.of(3, Rate.FULL, Rate.FULL));
        host.dialogs.chosen = List.of(a, stranger, b);
        host.dialogs.answer = true;
        MergeFlow.run(host);

        assertTrue(host.dialogs.confirmed.isEmpty(), "nothing offered to apply");
        assertTrue(host.dialogs.errors.get(0).contains("赵六.ccmm"), host.dialogs.errors.get(0));
        assertEquals(Rating.unrated(30), file.rating(roundId, 30), "the good copies were not merged either");
        assertTrue(file.contributions(roundId).isEmpty());
    }

    @Test
    void declinedAfterTheCheckNothingChanges() throws Exception {
        host.dialogs.chosen = List.of(a, b);
        host.dialogs.answer = false;
        MergeFlow.run(host);

        assertEquals(1, host.dialogs.confirmed.size());
        assertEquals(Rating.unrated(30), file.rating(roundId, 30));
        assertTrue(file.conflicts(roundId).isEmpty());
        assertTrue(host.switched.isEmpty());
    }
}
