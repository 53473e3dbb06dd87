package io.ccmm.report;

import java.util.List;

/**
 * The rules a report was computed with, in words: the rules file's own description, one row per level, the 5.0 bonus
 * rule as a sentence, the not-applicable rule (whether items may be N/A, and the limit per level) as a sentence, and the
 * statement that the catalog is a working catalog and not the licensed text.
 */
public record RulesAppendix(
        String rulesDescription,
        List<RuleRow> levels,
        String bonusRule,
        String catalogTitle,
        String catalogStatement,
        String notApplicableRule) {

    public RulesAppendix {
        rulesDescription = Cover.nonNull(rulesDescription);
        levels = levels == null ? List.of() : List.copyOf(levels);
        bonusRule = Cover.nonNull(bonusRule);
        catalogTitle = Cover.nonNull(catalogTitle);
        catalogStatement = Cover.nonNull(catalogStatement);
        notApplicableRule = Cover.nonNull(notApplicableRule);
    }

    /** Rules without a not-applicable sentence. */
    public RulesAppendix(
            String rulesDescription,
            List<RuleRow> levels,
            String bonusRule,
            String catalogTitle,
            String catalogStatement) {
        this(rulesDescription, levels, bonusRule, catalogTitle, catalogStatement, "");
    }
}
