package io.ccmm.portfolio;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user narrows the portfolio to: an industry, a readiness level, final rounds or drafts, and a search over
 * organization, site and round title (case-insensitive). Empty values do not filter. A team library applies the same
 * filter in SQL.
 */
public record PortfolioFilter(Optional<String> industry, OptionalInt level, Optional<Boolean> isFinal, String search) {

    public static final PortfolioFilter ALL =
            new PortfolioFilter(Optional.empty(), OptionalInt.empty(), Optional.empty(), "");

    public PortfolioFilter {
        industry = industry == null ? Optional.empty() : industry.filter(i -> !i.isBlank());
        level = level == null ? OptionalInt.empty() : level;
        isFinal = isFinal == null ? Optional.empty() : isFinal;
        search = search == null ? "" : search.strip();
    }

    /** Whether {@code row} passes; a row with a problem passes only an empty filter or a search on its source. */
    public boolean matches(PortfolioRow row) {
        if (row.hasProblem()) {
            return industry.isEmpty()
                    && level.isEmpty()
                    && isFinal.isEmpty()
                    && (search.isEmpty() || contains(row.source()));
        }
        return industry.map(i -> i.equals(row.industry())).orElse(true)
                && (level.isEmpty() || level.getAsInt() == row.readinessLevel())
                && isFinal.map(f -> f == row.isFinal()).orElse(true)
                && (search.isEmpty()
                        || contains(row.organization())
                        || contains(row.site())
                        || contains(row.roundTitle()));
    }

    private boolean contains(String text) {
        return text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }
}
