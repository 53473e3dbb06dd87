package io.ccmm.team;

import io.ccmm.storage.MergeChanges;
import java.util.List;

/**
 * What a merge does: the changes to apply in one transaction and, per item the copies cover, whether it was merged
 * (took a new value), stayed unchanged, or is in conflict.
 */
public record MergePlan(MergeChanges changes, List<Integer> merged, List<Integer> unchanged, List<Integer> conflicts) {

    public MergePlan {
        merged = List.copyOf(merged);
        unchanged = List.copyOf(unchanged);
        conflicts = List.copyOf(conflicts);
    }
}
