package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;

/**
 * The value of an item that a merge compares (FORMATS.md "Team assessments"): its C and F rates, or not applicable.
 * Notes, justifications and evidence are not part of it.
 */
public record ItemValue(Rate c, Rate f, boolean notApplicable) {

    public static final ItemValue UNRATED = new ItemValue(Rate.UNRATED, Rate.UNRATED, false);

    public ItemValue {
        if (notApplicable) {
            c = Rate.UNRATED;
            f = Rate.UNRATED;
        }
    }

    public static ItemValue of(Rating rating) {
        return new ItemValue(rating.c(), rating.f(), rating.notApplicable());
    }

    /** {@code rating} with this value (and its own note); {@code justification} when this value is N/A. */
    public Rating applyTo(Rating rating, String justification) {
        if (notApplicable) {
            return new Rating(rating.item(), Rate.UNRATED, Rate.UNRATED, rating.note(), true, justification);
        }
        return new Rating(rating.item(), c, f, rating.note(), false, "");
    }

    /** Short, language-neutral text: "C10 F5", "C– F0", "N/A". */
    public String text() {
        if (notApplicable) {
            return "N/A";
        }
        return "C" + rate(c) + " F" + rate(f);
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "–";
    }
}
