package io.ccmm.report;

import io.ccmm.storage.Branding;
import io.ccmm.storage.SignOff;
import io.ccmm.team.Agreement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code .ccmm} file adds to the cover and appendices of a round's report, as stored: the file's branding, the
 * raters whose field copies were merged into the round, the round's sign-off and the rater agreement figures (the same
 * as {@code ccmm agreement}). {@link #NONE} for a report without them (interchange JSON, a single-rater round).
 */
public record ReportExtras(
        Branding branding, List<String> raters, Optional<SignOff> signOff, List<Agreement.Figure> agreement) {

    public static final ReportExtras NONE = new ReportExtras(Branding.NONE, List.of(), Optional.empty(), List.of());

    public ReportExtras {
        branding = Objects.requireNonNullElse(branding, Branding.NONE);
        raters = raters == null ? List.of() : List.copyOf(raters);
        signOff = signOff == null ? Optional.empty() : signOff;
        agreement = agreement == null ? List.of() : List.copyOf(agreement);
    }
}
