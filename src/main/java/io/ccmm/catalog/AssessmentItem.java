package io.ccmm.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One assessment item ("考核点") of the catalog. {@code level} is the lowest level that requires it.
 *
 * <p>{@code applicability} lists the sector ids ({@link Sector}) the item applies to; empty means every sector. An item
 * limited to some sectors carries {@code notApplicableHint}, the justification suggested when it is pre-marked not
 * applicable; read it through {@link #hint()}.
 */
public record AssessmentItem(
        int id,
        String module,
        String area,
        int level,
        LocalizedText title,
        LocalizedText requirement,
        Guidance guidance,
        List<LocalizedText> evidence,
        boolean revised2025,
        List<String> applicability,
        LocalizedText notApplicableHint) {

    public AssessmentItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        applicability = applicability == null ? List.of() : List.copyOf(applicability);
    }

    /** An item that applies to every sector. */
    public AssessmentItem(
            int id,
            String module,
            String area,
            int level,
            LocalizedText title,
            LocalizedText requirement,
            Guidance guidance,
            List<LocalizedText> evidence,
            boolean revised2025) {
        this(id, module, area, level, title, requirement, guidance, evidence, revised2025, List.of(), null);
    }

    /** True when the item applies to the sector: it names no sectors, or names this one. */
    public boolean appliesTo(Sector sector) {
        return applicability.isEmpty() || applicability.contains(sector.id());
    }

    /** The justification suggested when the item is pre-marked not applicable, if the catalog gives one. */
    public Optional<LocalizedText> hint() {
        return Optional.ofNullable(notApplicableHint);
    }
}
