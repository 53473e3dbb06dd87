package io.ccmm.team;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.ImprovementAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One copy to merge, as read: who rated it, its scope, the values it was handed out with (empty for interchange JSON
 * and plain copies, whose base is the master's current value), its ratings, evidence, actions and audit entries.
 *
 * @param source the copy's identity in the master (a field copy's file identity, else derived from the assessor)
 * @param label what to call the copy in messages (its file name)
 * @param scope item ranges ("" = every item)
 */
public record CopyContent(
        String source,
        String label,
        String assessor,
        String scope,
        Optional<Map<Integer, Rating>> base,
        Map<Integer, Rating> ratings,
        List<CopyEvidence> evidence,
        List<ImprovementAction> actions,
        List<AuditEntry> audit) {

    public CopyContent {
        base = base.map(Map::copyOf);
        ratings = Map.copyOf(ratings);
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
        audit = List.copyOf(audit);
    }

    /** One attachment of an item in the copy. */
    public record CopyEvidence(int item, String name, String sha256, byte[] content) {}

    public boolean inScope(int item) {
        return io.ccmm.storage.ItemRanges.contains(scope, item);
    }
}
