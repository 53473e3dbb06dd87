package io.ccmm.assessment;

import java.util.Objects;

/** The rating of one item: C-Rate (method), F-Rate (execution) and the assessor's note ("" when none). */
public record Rating(int item, Rate c, Rate f, String note) {

    public Rating {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
        note = note == null ? "" : note;
    }

    public static Rating of(int item, Rate c, Rate f) {
        return new Rating(item, c, f, "");
    }

    public static Rating unrated(int item) {
        return new Rating(item, Rate.UNRATED, Rate.UNRATED, "");
    }

    /** Rated when both angles are present (SCORING.md §2). */
    public boolean isRated() {
        return c.isRated() && f.isRated();
    }

    /** Item points s = c + f, absent angles counting 0. */
    public int points() {
        return c.points() + f.points();
    }

    public boolean isEmpty() {
        return !c.isRated() && !f.isRated() && note.isEmpty();
    }

    public Rating withC(Rate rate) {
        return new Rating(item, rate, f, note);
    }

    public Rating withF(Rate rate) {
        return new Rating(item, c, rate, note);
    }

    public Rating withNote(String text) {
        return new Rating(item, c, f, text);
    }
}
