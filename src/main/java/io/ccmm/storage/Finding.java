package io.ccmm.storage;

import java.util.Objects;

/**
 * What the consultant noted about one item on site, apart from the item's note: a strength, weakness or observation
 * with its severity. {@code author} is who wrote it ("" = unknown), {@code created} a UTC instant ("" before it is
 * stored). An id of 0 means "not stored yet".
 */
public record Finding(
        long id,
        long roundId,
        int item,
        FindingKind kind,
        Priority severity,
        String text,
        String author,
        String created) {

    public Finding {
        kind = Objects.requireNonNullElse(kind, FindingKind.OBSERVATION);
        severity = Objects.requireNonNullElse(severity, Priority.MEDIUM);
        text = text == null ? "" : text;
        author = author == null ? "" : author;
        created = created == null ? "" : created;
    }

    /** A new finding to hand to {@link PlanRepository#addFinding}. */
    public static Finding of(long roundId, int item, FindingKind kind, Priority severity, String text) {
        return new Finding(0, roundId, item, kind, severity, text, "", "");
    }

    public Finding withText(String newText) {
        return new Finding(id, roundId, item, kind, severity, newText, author, created);
    }

    public Finding withKind(FindingKind newKind) {
        return new Finding(id, roundId, item, newKind, severity, text, author, created);
    }

    public Finding withSeverity(Priority newSeverity) {
        return new Finding(id, roundId, item, kind, newSeverity, text, author, created);
    }
}
