package io.ccmm.ui.branding;

import io.ccmm.report.ReportExtras;
import io.ccmm.storage.Branding;
import io.ccmm.ui.common.BrandingDefaults;

/**
 * The user's default branding (kept in the settings) as the file and the reports take it: the consultancy's name, logo
 * and accent colour stand in, part by part, where a file has none of its own ({@link ReportExtras#brandingOver}); the
 * client's name always belongs to the file.
 */
public final class DefaultBranding {

    private DefaultBranding() {}

    /** What "use as default for new files" keeps of {@code b}: all but the client's name. */
    public static BrandingDefaults of(Branding b) {
        return new BrandingDefaults(b.consultancy(), b.logo(), b.logoType(), b.accent());
    }

    /** The defaults as a branding without a client; an accent colour the settings file spells wrongly is left out. */
    public static Branding toBranding(BrandingDefaults d) {
        if (d == null || d.isEmpty()) {
            return Branding.NONE;
        }
        String accent = d.accent().matches("#[0-9a-fA-F]{6}") ? d.accent() : "";
        return new Branding(d.consultancy(), "", d.logo(), d.logoType(), accent);
    }

    /** What the branding dialog shows for a file: its own branding, the defaults where it has none. */
    public static Branding forFile(Branding file, BrandingDefaults defaults) {
        return ReportExtras.brandingOver(file, toBranding(defaults));
    }
}
