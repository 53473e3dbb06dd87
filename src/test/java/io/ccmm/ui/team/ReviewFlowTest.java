package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.ReviewFlag;
import io.ccmm.ui.workspace.FileRoundSession;
import io.ccmm.ui.workspace.ItemFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shown item flagged for review from the team menu, then marked reviewed; the review filters follow. */
class ReviewFlowTest {

    private AssessmentFile file;
    private long roundId;
    private final TestTeamHost host = new TestTeamHost();

    @BeforeEach
    void open() throws Exception {
        Path master = TeamFixtures.master("ccmm-review");
        roundId = TeamFixtures.roundOf(master);
        file = AssessmentFile.open(master, OpenMode.READ_WRITE);
        file.actAs("组长");
        host.session = new FileRoundSession(file, roundId, "master.ccmm");
    }

    @AfterEach
    void close() throws Exception {
        file.close();
    }

    @Test
    void flaggedWithACommentThenReviewed() throws Exception {
        host.current = OptionalInt.of(12);
        host.dialogs.text = Optional.of("证据与评分不符");
        ReviewFlow.flag(host);

        assertTrue(host.dialogs.asked.get(0).contains("条目 12"), host.dialogs.asked.get(0));
        List<ReviewFlag> flags = file.reviewFlags(roundId);
        assertEquals(1, flags.size());
        assertEquals("证据与评分不符", flags.get(0).comment());
        assertEquals(List.of(12), host.shown, "the item stays on the card");
        assertTrue(ItemFilter.UNREVIEWED.test(item(12), rating(12), host.session.teamMarks()));

        ReviewFlow.reviewed(host);
        assertTrue(file.reviewFlags(roundId).get(0).reviewed());
        assertTrue(ItemFilter.FLAGGED.test(item(12), rating(12), host.session.teamMarks()));
        assertTrue(!ItemFilter.UNREVIEWED.test(item(12), rating(12), host.session.teamMarks()));

        ReviewFlow.reviewed(host);
        assertTrue(host.dialogs.infos.get(0).contains("条目 12"), "an item without an open flag is said so");
    }

    @Test
    void cancelledNothingIsFlagged() throws Exception {
        host.current = OptionalInt.of(12);
        ReviewFlow.flag(host);
        assertTrue(file.reviewFlags(roundId).isEmpty());
        assertTrue(host.switched.isEmpty());
    }

    private io.ccmm.catalog.AssessmentItem item(int id) {
        return host.session.catalog().item(id).orElseThrow();
    }

    private io.ccmm.assessment.Rating rating(int id) throws Exception {
        return file.rating(roundId, id);
    }
}
