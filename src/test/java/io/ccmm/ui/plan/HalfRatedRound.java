package io.ccmm.ui.plan;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A round the dashboard's projection tests start from: every item at 5/5 (50 %, below L1), and the items of its
 * improvement path to L1 with six years in operation, which raised to 10/10 reach L1.
 */
record HalfRatedRound(FileRoundSession session, List<Integer> pathToL1) {

    static HalfRatedRound create() throws Exception {
        List<Rating> half = new ArrayList<>();
        for (int item = 1; item <= 170; item++) {
            half.add(Rating.of(item, Rate.PARTIAL, Rate.PARTIAL));
        }
        FileRoundSession session = TestSessions.with(half);
        AssessmentFile file = session.file();
        long round = session.roundId();
        List<Integer> path = ReadinessEngine.of(file.catalogBundleOf(round))
                .score(file.ratings(round), OptionalInt.of(6), OptionalInt.of(1))
                .path()
                .orElseThrow()
                .steps()
                .stream()
                .map(PathStep::item)
                .toList();
        return new HalfRatedRound(session, path);
    }
}
