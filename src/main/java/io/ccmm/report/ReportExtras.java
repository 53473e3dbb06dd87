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

    /** The same extras with {@link #brandingOver} the user's default branding. */
    public ReportExtras withBrandingDefaults(Branding defaults) {
        return new ReportExtras(brandingOver(branding, defaults), raters, signOff, agreement);
    }

    /**
     * The branding a report carries: the file's own, and where the file has none of a part (the consultancy's name, the
     * logo, the accent colour, the client's name), that part of {@code defaults} (the user's default branding).
     */
    public static Branding brandingOver(Branding file, Branding defaults) {
        if (defaults == null || defaults.isEmpty()) {
            return file;
        }
        boolean ownLogo = file.logo().length > 0;
        return new Branding(
                file.consultancy().isEmpty() ? defaults.consultancy() : file.consultancy(),
                file.client().isEmpty() ? defaults.client() : file.client(),
                ownLogo ? file.logo() : defaults.logo(),
                ownLogo ? file.logoType() : defaults.logoType(),
                file.accent().isEmpty() ? defaults.accent() : file.accent());
    }
}
