package io.ccmm.report;

/**
 * The headline: the highest achieved level (0 = below L1) with its name in the report language, how much of the
 * catalog is rated, and the 5.0 bonus as it applied, in words ("" when the rules have no bonus; see
 * {@link ReportText#bonusApplied}).
 */
public record Readiness(
        int level, String levelName, int ratedItems, int totalItems, String bonusText, int notApplicableItems) {

    /** No item not applicable. */
    public Readiness(int level, String levelName, int ratedItems, int totalItems, String bonusText) {
        this(level, levelName, ratedItems, totalItems, bonusText, 0);
    }

    /** "150 of 170 items rated", with the not-applicable count when there are any. */
    public String completionText(ReportText text) {
        return notApplicableItems == 0
                ? text.format("summary.completion", ratedItems, totalItems)
                : text.format("summary.completion.notApplicable", ratedItems, totalItems, notApplicableItems);
    }

    /** The share of items decided (rated or not applicable), 0–1, for a completion bar. */
    public double decidedFraction() {
        return totalItems == 0 ? 0 : (double) (ratedItems + notApplicableItems) / totalItems;
    }

    public Readiness {
        if (level < 0 || level > 5) {
            throw new IllegalArgumentException("readiness level " + level + " is not 0..5");
        }
        levelName = Cover.nonNull(levelName);
        bonusText = Cover.nonNull(bonusText);
    }

    /** "L2 专业级", or just the name ("低于 L1") for level 0. */
    public String label() {
        return level == 0 ? levelName : "L" + level + " " + levelName;
    }
}
