package io.ccmm.ui.main;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.PlannedRating;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.plan.PlanChanges;
import io.ccmm.ui.readiness.WhatIfScratch;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ratings tried in the "Why?" what-if are never saved with the round (the file has no place for trials), but they
 * are the user's work: before the round they belong to is put away (another file or round opened, the window closed,
 * the app ended) the user is asked, as the plan window asks about its unfinished forms, to keep them as the planned
 * ratings of the round's plan (Round › Plan, What-if, where they count for "With the plan"), to discard them, or to
 * stay.
 */
final class WhatIfOnLeaving {

    static final int KEEP = 0;
    static final int DISCARD = 1;

    /** What the user's answer lets happen to the round. */
    enum Answer {
        /** The user chose to stay, or keeping was refused (the refusal has been said; the trials stay). */
        STAY,
        /** The round may be put away: nothing was tried, or what was tried is kept in the plan. */
        LEAVE,
        /**
         * The round may be put away and its trials go with it, once it is: when opening the other file or round fails,
         * the user stays with the trials (see {@link #discardOnceLeft}).
         */
        LEAVE_DISCARDING
    }

    private WhatIfOnLeaving() {}

    /**
     * Asks about the trials of the round about to be put away. Keeping writes them as planned ratings in one
     * transaction, all or none: when the file refuses any of them the refusal is said, nothing of them is in the plan
     * and the trials stay. Discarding drops nothing yet: the caller drops them once leaving has happened.
     */
    static Answer ask(FileRoundSession session, WhatIfScratch scratch, DialogService dialogs, Messages m) {
        List<Rating> tried = scratch.tried().values().stream()
                .sorted(Comparator.comparingInt(Rating::item))
                .toList();
        if (tried.isEmpty()) {
            return Answer.LEAVE;
        }
        String items = tried.stream()
                .map(r -> m.get("explain.whatIf.change", r.item(), r.c().points(), r.f().points()))
                .collect(Collectors.joining(m.get("list.separator")));
        int answer = dialogs.choose(
                m.get("whatif.leaving.title"),
                m.get("whatif.leaving.question", tried.size(), items),
                List.of(m.get("whatif.leaving.keep"), m.get("whatif.leaving.discard"), m.get("button.cancel")));
        if (answer == DISCARD) {
            return Answer.LEAVE_DISCARDING;
        }
        if (answer != KEEP) {
            return Answer.STAY;
        }
        List<PlannedRating> planned = tried.stream()
                .filter(r -> r.c().isRated() && r.f().isRated())
                .map(r -> new PlannedRating(r.item(), r.c(), r.f()))
                .toList();
        try {
            session.file().setPlannedRatings(session.roundId(), planned);
        } catch (StorageException e) {
            dialogs.error(
                    m.get("whatif.leaving.title"),
                    m.get(
                            "whatif.leaving.notKept",
                            tried.size(),
                            StorageText.describe(e, m.language().locale())));
            return Answer.STAY;
        }
        // Kept: they are the plan's now (the dashboard's "With the plan" shows them even if the user stays).
        PlanChanges.changed(session.file());
        scratch.tried().clear();
        return Answer.LEAVE;
    }

    /** Drops the trials when the user said to discard them and the round has been put away ({@code next} opened). */
    static <T> Optional<T> discardOnceLeft(Optional<T> next, Answer answer, WhatIfScratch scratch) {
        if (next.isPresent() && answer == Answer.LEAVE_DISCARDING) {
            scratch.tried().clear();
        }
        return next;
    }
}
