package io.ccmm.ui.main;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.readiness.WhatIfScratch;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.Comparator;
import java.util.List;
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

    private WhatIfOnLeaving() {}

    /**
     * True when the round may be put away: nothing tried, or what was tried kept in the plan or discarded by the user.
     * False when the user chose to stay, or keeping was refused (the refusal has been said; the trials stay).
     */
    static boolean mayLeave(FileRoundSession session, WhatIfScratch scratch, DialogService dialogs, Messages m) {
        List<Rating> tried = scratch.tried().values().stream()
                .sorted(Comparator.comparingInt(Rating::item))
                .toList();
        if (tried.isEmpty()) {
            return true;
        }
        String items = tried.stream()
                .map(r -> m.get("explain.whatIf.change", r.item(), r.c().points(), r.f().points()))
                .collect(Collectors.joining(m.get("list.separator")));
        int answer = dialogs.choose(
                m.get("whatif.leaving.title"),
                m.get("whatif.leaving.question", tried.size(), items),
                List.of(m.get("whatif.leaving.keep"), m.get("whatif.leaving.discard"), m.get("button.cancel")));
        if (answer == DISCARD) {
            scratch.tried().clear();
            return true;
        }
        if (answer != KEEP) {
            return false;
        }
        try {
            for (Rating r : tried) {
                if (r.c().isRated() && r.f().isRated()) {
                    session.file().setPlannedRating(session.roundId(), r.item(), r.c(), r.f());
                }
            }
        } catch (StorageException e) {
            dialogs.error(
                    m.get("whatif.leaving.title"),
                    StorageText.describe(e, m.language().locale()));
            return false;
        }
        scratch.tried().clear();
        return true;
    }
}
