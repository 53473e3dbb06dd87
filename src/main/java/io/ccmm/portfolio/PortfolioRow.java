package io.ccmm.portfolio;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One organization and site in the portfolio: its latest round and the readiness of that round, or the problem that
 * kept it from being read.
 *
 * @param source where the row came from: a file path, or the library's URL and round
 * @param roundUid the latest round's UUID ("" for a problem row)
 * @param isFinal whether the latest round is marked final
 * @param readinessLevel the highest achieved level of the latest round, 0 for "below L1"
 * @param nextLevel the level above it, 0 when L5 is reached
 * @param nextLevelPercent the percent of the next level (one decimal), 0 when there is none
 * @param nextLevelThreshold the threshold percent of the next level, 0 when there is none
 * @param modulePercents module id → percent over its applicable items, in catalog order
 * @param notApplicable items of the latest round marked not applicable
 * @param conflicts items of the latest round with unresolved conflicts between assessors (0 when the source does not
 *     know them)
 * @param rounds how many rounds the site has
 * @param trend the readiness of every round, oldest first
 */
public record PortfolioRow(
        String source,
        String organization,
        String site,
        String industry,
        String roundUid,
        String roundTitle,
        String roundDate,
        boolean isFinal,
        int readinessLevel,
        int nextLevel,
        BigDecimal nextLevelPercent,
        int nextLevelThreshold,
        Map<String, BigDecimal> modulePercents,
        int notApplicable,
        int conflicts,
        int rounds,
        List<TrendPoint> trend,
        Optional<RowProblem> problem) {

    public PortfolioRow {
        source = source == null ? "" : source;
        organization = organization == null ? "" : organization;
        site = site == null ? "" : site;
        industry = industry == null ? "" : industry;
        roundUid = roundUid == null ? "" : roundUid;
        roundTitle = roundTitle == null ? "" : roundTitle;
        roundDate = roundDate == null ? "" : roundDate;
        nextLevelPercent = nextLevelPercent == null ? BigDecimal.ZERO : nextLevelPercent;
        modulePercents = modulePercents == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modulePercents));
        trend = trend == null ? List.of() : List.copyOf(trend);
        problem = problem == null ? Optional.empty() : problem;
    }

    /** A marked row for a source that could not be read. */
    public static PortfolioRow problem(String source, RowProblem problem) {
        return new PortfolioRow(
                source,
                "",
                "",
                "",
                "",
                "",
                "",
                false,
                0,
                0,
                BigDecimal.ZERO,
                0,
                Map.of(),
                0,
                0,
                0,
                List.of(),
                Optional.of(problem));
    }

    public boolean hasProblem() {
        return problem.isPresent();
    }

    /** The same row with the conflict count a team-assessment source knows. */
    public PortfolioRow withConflicts(int count) {
        return new PortfolioRow(
                source,
                organization,
                site,
                industry,
                roundUid,
                roundTitle,
                roundDate,
                isFinal,
                readinessLevel,
                nextLevel,
                nextLevelPercent,
                nextLevelThreshold,
                modulePercents,
                notApplicable,
                count,
                rounds,
                trend,
                problem);
    }

    /** The key of "one row per organization and site". */
    public String siteKey() {
        return organization.strip() + "\u0000" + site.strip();
    }
}
