package io.ccmm.storage;

/**
 * An item the copies changed to different values: the round keeps {@code kept} until someone resolves it (picks one
 * assessor's value or sets a consensus value with a note; {@code resolution} says which, for the audit trail).
 */
public record Conflict(
        int item,
        ItemValue kept,
        String keptJustification,
        boolean resolved,
        String resolution,
        String resolvedBy,
        String resolvedAt) {

    public Conflict {
        keptJustification = keptJustification == null ? "" : keptJustification;
        resolution = resolution == null ? "" : resolution;
        resolvedBy = resolvedBy == null ? "" : resolvedBy;
        resolvedAt = resolvedAt == null ? "" : resolvedAt;
    }

    public static Conflict open(int item, ItemValue kept, String keptJustification) {
        return new Conflict(item, kept, keptJustification, false, "", "", "");
    }
}
