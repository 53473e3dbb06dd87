package io.ccmm.report;

import io.ccmm.assessment.Rate;
import java.util.Objects;

/**
 * One item in the item table. An unrated angle is {@link Rate#UNRATED} (shown as "—"); {@code points} is c + f with
 * absent angles counting 0; {@code note} is the assessor's text as typed ("" when none). A not-applicable item has no
 * C or F and carries its {@code justification} ("" for every other item).
 */
public record ItemRow(
        int id,
        String module,
        String title,
        int level,
        Rate c,
        Rate f,
        int points,
        String note,
        boolean notApplicable,
        String justification) {

    public ItemRow {
        module = Cover.nonNull(module);
        title = Cover.nonNull(title);
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
        note = Cover.nonNull(note);
        justification = notApplicable ? Cover.nonNull(justification) : "";
    }

    /** An applicable item. */
    public ItemRow(int id, String module, String title, int level, Rate c, Rate f, int points, String note) {
        this(id, module, title, level, c, f, points, note, false, "");
    }

    public boolean isRated() {
        return c.isRated() && f.isRated();
    }

    /** Rated (at least one angle) and scoring nothing: the rows a report highlights. */
    public boolean isAtZero() {
        return points == 0 && (c.isRated() || f.isRated());
    }
}
