package io.ccmm.storage;

/**
 * The value one copy ({@code source}: a field copy's file identity, or an interchange file's assessors) changed an
 * item to, with that assessor's note, justification and the names of the item's evidence in the copy.
 */
public record Contribution(
        int item, String source, String assessor, ItemValue value, String justification, String note, String evidence) {

    public Contribution {
        justification = justification == null ? "" : justification;
        note = note == null ? "" : note;
        evidence = evidence == null ? "" : evidence;
    }
}
