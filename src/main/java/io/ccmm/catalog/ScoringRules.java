package io.ccmm.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/** The readiness rules file ({@code scoring.json}): per-level thresholds and the bonus. */
public record ScoringRules(
        String id,
        String version,
        String catalogId,
        LocalizedText description,
        List<LevelRule> levels,
        BonusRule bonus,
        @JsonIgnore String sha256) {

    public ScoringRules {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    ScoringRules withSha256(String digest) {
        return new ScoringRules(id, version, catalogId, description, levels, bonus, digest);
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
