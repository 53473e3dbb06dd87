package io.ccmm.ui.team;

import io.ccmm.storage.ReviewFlag;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.Optional;
import java.util.OptionalInt;

/** File › Team › flag the shown item for review with a comment, or mark it reviewed; the filters then find it. */
final class ReviewFlow {

    private ReviewFlow() {}

    static void flag(TeamHost window) {
        FileRoundSession session = window.session();
        OptionalInt item = window.currentItem();
        if (session == null || item.isEmpty()) {
            return;
        }
        Messages m = window.teamMessages();
        int id = item.getAsInt();
        Optional<String> comment = window.teamDialogs()
                .askText(m.get("team.review.title"), m.get("team.review.comment", id), current(session, id));
        if (comment.isEmpty()) {
            return;
        }
        window.flushEdits();
        try {
            session.file().flagForReview(session.roundId(), id, comment.get());
            window.switchRound(session.roundId());
            window.showItem(id);
        } catch (StorageException e) {
            window.teamDialogs()
                    .error(
                            m.get("team.review.title"),
                            StorageText.describe(e, m.language().locale()));
        }
    }

    static void reviewed(TeamHost window) {
        FileRoundSession session = window.session();
        OptionalInt item = window.currentItem();
        if (session == null || item.isEmpty()) {
            return;
        }
        Messages m = window.teamMessages();
        int id = item.getAsInt();
        if (!session.teamMarks().unreviewed().contains(id)) {
            window.teamDialogs().info(m.get("team.review.title"), m.get("team.review.notFlagged", id));
            return;
        }
        window.flushEdits();
        try {
            session.file().markReviewed(session.roundId(), id);
            window.switchRound(session.roundId());
            window.showItem(id);
        } catch (StorageException e) {
            window.teamDialogs()
                    .error(
                            m.get("team.review.title"),
                            StorageText.describe(e, m.language().locale()));
        }
    }

    private static String current(FileRoundSession session, int item) {
        try {
            return session.file().reviewFlags(session.roundId()).stream()
                    .filter(f -> f.item() == item)
                    .map(ReviewFlag::comment)
                    .findFirst()
                    .orElse("");
        } catch (StorageException e) {
            return "";
        }
    }
}
