package io.ccmm.team;

import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.MergeChanges;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence limits of attaching, applied to the attachments a merge would add: none larger than the master accepts,
 * no item and no round holding more than {@link EvidenceLimits} allows afterwards. The first attachment over a limit
 * refuses the whole merge, naming the copy it came from and its item.
 */
final class MergeEvidence {

    private MergeEvidence() {}

    static void check(
            MergeChanges changes, List<CopyContent> copies, List<Evidence> existing, long maxBytes, String roundTitle)
            throws TeamException {
        Map<String, String> copyOf = new HashMap<>();
        for (CopyContent copy : copies) {
            for (CopyContent.CopyEvidence e : copy.evidence()) {
                copyOf.putIfAbsent(copy.source() + ":" + e.item() + ":" + e.sha256(), copy.label());
            }
        }
        Map<Integer, Integer> onItem = new HashMap<>();
        existing.forEach(e -> onItem.merge(e.item(), 1, Integer::sum));
        int inRound = existing.size();
        for (MergeChanges.NewEvidence e : changes.evidence()) {
            String copy = copyOf.getOrDefault(e.origin(), e.author());
            if (e.content().length > maxBytes) {
                throw new TeamException(
                        TeamException.Reason.EVIDENCE_TOO_LARGE,
                        copy,
                        e.item(),
                        e.name(),
                        size(e.content().length),
                        size(maxBytes));
            }
            int now = onItem.merge(e.item(), 1, Integer::sum);
            if (!EvidenceLimits.allowsAnotherOnItem(now - 1)) {
                throw new TeamException(
                        TeamException.Reason.EVIDENCE_TOO_MANY_ON_ITEM,
                        copy,
                        e.item(),
                        EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM);
            }
            inRound++;
            if (!EvidenceLimits.allowsAnotherInRound(inRound - 1)) {
                throw new TeamException(
                        TeamException.Reason.EVIDENCE_TOO_MANY_IN_ROUND,
                        copy,
                        e.item(),
                        roundTitle,
                        EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND);
            }
        }
    }

    /** A size as people read it: 512 bytes, 3.5 KB, 50 MB. */
    private static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
