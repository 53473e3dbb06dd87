package io.ccmm.catalog;

import java.util.List;

/** One assessment item ("考核点") of the catalog. {@code level} is the lowest level that requires it. */
public record AssessmentItem(
        int id,
        String module,
        String area,
        int level,
        LocalizedText title,
        LocalizedText requirement,
        Guidance guidance,
        List<LocalizedText> evidence,
        boolean revised2025) {

    public AssessmentItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
