package io.ccmm.team;

import io.ccmm.storage.MergeChanges;
import java.util.List;

/**
 * What a merge does: the changes to apply in one transaction and, per item the copies cover, whether it was merged
 * (took a new value), stayed unchanged, or is in conflict; and the same counted for each copy ({@code copies}, in the
 * order they were given).
 */
public record MergePlan(
        MergeChanges changes,
        List<Integer> merged,
        List<Integer> unchanged,
        List<Integer> conflicts,
        List<CopyCounts> copies) {

    public MergePlan {
        merged = List.copyOf(merged);
        unchanged = List.copyOf(unchanged);
        conflicts = List.copyOf(conflicts);
        copies = List.copyOf(copies);
    }

    public MergePlan(MergeChanges changes, List<Integer> merged, List<Integer> unchanged, List<Integer> conflicts) {
        this(changes, merged, unchanged, conflicts, List.of());
    }

    /**
     * What one copy brought: the items of its scope it changed from its base, of those the ones the round took
     * ({@code merged}) and the ones in conflict, and the attachments and actions it added (each counted once, for the
     * first copy that brought it).
     */
    public record CopyCounts(
            String label, String assessor, int changed, int merged, int conflicts, int evidence, int actions) {}
}
