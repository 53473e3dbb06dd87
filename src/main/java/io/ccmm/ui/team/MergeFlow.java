package io.ccmm.ui.team;

import io.ccmm.team.MergePlan;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamFiles;
import io.ccmm.team.TeamText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * File › Team › Merge field copies: several copies (and interchange JSON) chosen at once, all read and checked before
 * anything changes, what each would bring shown for confirmation, then applied in one transaction.
 */
final class MergeFlow {

    private MergeFlow() {}

    static void run(TeamHost window) {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        Messages m = window.teamMessages();
        DialogService dialogs = window.teamDialogs();
        List<Path> copies = dialogs.chooseFilesToOpen(m.get("team.merge.title"), "CCMM, JSON", "*.ccmm", "*.json");
        if (copies.isEmpty()) {
            return;
        }
        window.flushEdits();
        OptionalLong round = OptionalLong.of(session.roundId());
        try {
            TeamFiles.Merged check = TeamFiles.check(session.file(), copies, round);
            if (!dialogs.confirm(
                    m.get("team.merge.title"),
                    m.get("team.merge.confirm", copies.size(), check.round().title()) + "\n\n" + counts(check, m))) {
                return;
            }
            TeamFiles.Merged merged = TeamFiles.merge(session.file(), copies, round);
            window.switchRound(session.roundId());
            dialogs.info(
                    m.get("team.merge.title"),
                    m.get("team.merge.applied", copies.size(), merged.round().title()) + "\n\n" + counts(merged, m));
        } catch (TeamException e) {
            dialogs.error(
                    m.get("team.merge.title"), TeamText.describe(e, m.language().locale()));
        }
    }

    /** One line per copy, then the totals over the round's items. */
    static String counts(TeamFiles.Merged merged, Messages m) {
        List<String> lines = new ArrayList<>();
        for (MergePlan.CopyCounts c : merged.plan().copies()) {
            lines.add(m.get(
                    "team.merge.copyLine",
                    c.label(),
                    c.assessor(),
                    c.changed(),
                    c.merged(),
                    c.conflicts(),
                    c.evidence(),
                    c.actions()));
        }
        MergePlan plan = merged.plan();
        lines.add(m.get(
                "team.merge.totals",
                String.valueOf(plan.merged().size()),
                String.valueOf(plan.unchanged().size()),
                String.valueOf(plan.conflicts().size())));
        return String.join("\n", lines);
    }
}
