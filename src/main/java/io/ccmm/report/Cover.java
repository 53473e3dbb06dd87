package io.ccmm.report;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the cover says: who was assessed, in which round, by whom, and against which catalog and rules. Strings are ""
 * when not given; {@code generatedBy} is product and version, {@code generatedOn} the export date (yyyy-MM-dd).
 */
public record Cover(
        String organization,
        String site,
        OptionalInt yearsInOperation,
        String roundTitle,
        String roundDate,
        List<String> assessors,
        SourceRef catalog,
        SourceRef rules,
        String generatedBy,
        String generatedOn) {

    public Cover {
        organization = nonNull(organization);
        site = nonNull(site);
        yearsInOperation = yearsInOperation == null ? OptionalInt.empty() : yearsInOperation;
        roundTitle = nonNull(roundTitle);
        roundDate = nonNull(roundDate);
        assessors = assessors == null ? List.of() : List.copyOf(assessors);
        generatedBy = nonNull(generatedBy);
        generatedOn = nonNull(generatedOn);
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
