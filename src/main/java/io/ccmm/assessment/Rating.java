package io.ccmm.assessment;

import java.util.Objects;

/**
 * The rating of one item: C-Rate (method), F-Rate (execution), the assessor's note ("" when none), or "not
 * applicable" with its justification (SCORING.md §2). An N/A item has no C or F.
 *
 * <p>The justification is kept when an item goes back from N/A to rated, so nothing typed is lost; it only counts
 * (and is only exported) while the item is N/A.
 */
public record Rating(int item, Rate c, Rate f, String note, boolean notApplicable, String justification) {

    /**
     * The longest note or justification, in UTF-16 chars, that the window, import and storage accept (every exporter
     * handles it; a spreadsheet cell holds at most 32,767).
     */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public Rating {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
        note = note == null ? "" : note;
        justification = justification == null ? "" : justification;
        if (notApplicable && (c.isRated() || f.isRated())) {
            throw new IllegalArgumentException("item " + item + ": an item is either rated or not applicable");
        }
    }

    public Rating(int item, Rate c, Rate f, String note) {
        this(item, c, f, note, false, "");
    }

    public static Rating of(int item, Rate c, Rate f) {
        return new Rating(item, c, f, "");
    }

    public static Rating unrated(int item) {
        return new Rating(item, Rate.UNRATED, Rate.UNRATED, "");
    }

    /** An N/A item with its justification (and no note). */
    public static Rating notApplicable(int item, String justification) {
        return new Rating(item, Rate.UNRATED, Rate.UNRATED, "", true, justification);
    }

    /** Rated when both angles are present (SCORING.md §2); an N/A item is never rated. */
    public boolean isRated() {
        return c.isRated() && f.isRated();
    }

    /** Rated or N/A: nothing left to decide for this item. */
    public boolean isDecided() {
        return notApplicable || isRated();
    }

    /** Item points s = c + f, absent angles counting 0 (an N/A item has none). */
    public int points() {
        return c.points() + f.points();
    }

    public boolean isEmpty() {
        return !c.isRated() && !f.isRated() && note.isEmpty() && !notApplicable && justification.isEmpty();
    }

    /** Sets C-Rate; an N/A item becomes applicable again (its justification is kept). */
    public Rating withC(Rate rate) {
        return new Rating(item, rate, notApplicable ? Rate.UNRATED : f, note, false, justification);
    }

    /** Sets F-Rate; an N/A item becomes applicable again (its justification is kept). */
    public Rating withF(Rate rate) {
        return new Rating(item, notApplicable ? Rate.UNRATED : c, rate, note, false, justification);
    }

    public Rating withNote(String text) {
        return new Rating(item, c, f, text, notApplicable, justification);
    }

    /** Marks the item N/A: both angles are cleared, the note stays. */
    public Rating withNotApplicable(String text) {
        return new Rating(item, Rate.UNRATED, Rate.UNRATED, note, true, text);
    }

    /** Takes back N/A: the item is unrated again, note and justification stay. */
    public Rating withApplicable() {
        return new Rating(
                item, notApplicable ? Rate.UNRATED : c, notApplicable ? Rate.UNRATED : f, note, false, justification);
    }

    public Rating withJustification(String text) {
        return new Rating(item, c, f, note, notApplicable, text);
    }
}
