package io.ccmm.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * The readiness rules file ({@code scoring.json}): per-level thresholds, the bonus and the not-applicable limit (a
 * missing {@code notApplicable} block takes {@link NotApplicableRule#DEFAULT}).
 */
public record ScoringRules(
        String id,
        String version,
        String catalogId,
        LocalizedText description,
        List<LevelRule> levels,
        BonusRule bonus,
        NotApplicableRule notApplicable,
        @JsonIgnore String sha256) {

    public ScoringRules {
        levels = levels == null ? List.of() : List.copyOf(levels);
        notApplicable = notApplicable == null ? NotApplicableRule.DEFAULT : notApplicable;
    }

    /** Rules with the default not-applicable block. */
    public ScoringRules(
            String id,
            String version,
            String catalogId,
            LocalizedText description,
            List<LevelRule> levels,
            BonusRule bonus,
            String sha256) {
        this(id, version, catalogId, description, levels, bonus, NotApplicableRule.DEFAULT, sha256);
    }

    ScoringRules withSha256(String digest) {
        return new ScoringRules(id, version, catalogId, description, levels, bonus, notApplicable, digest);
    }

    /** The same rules with another not-applicable block (and no digest: they were not read from a file). */
    public ScoringRules withNotApplicable(NotApplicableRule rule) {
        return new ScoringRules(id, version, catalogId, description, levels, bonus, rule, "");
    }

    public Optional<BonusRule> bonusRule() {
        return Optional.ofNullable(bonus);
    }

    public LevelRule level(int level) {
        return levels.stream()
                .filter(l -> l.level() == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule for level " + level));
    }
}
