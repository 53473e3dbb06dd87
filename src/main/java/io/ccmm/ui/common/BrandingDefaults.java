package io.ccmm.ui.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * The consultancy's name, logo and accent colour the user keeps in the settings for reports of files that have no
 * branding of their own (Round › Report branding…, "use as default for new files"). The client's name is per file and
 * never kept here. {@code logo} is PNG or JPEG bytes (base64 in the settings file), {@code accent} "#rrggbb" or "".
 */
public record BrandingDefaults(String consultancy, byte[] logo, String logoType, String accent) {

    public static final BrandingDefaults NONE = new BrandingDefaults("", new byte[0], "", "");

    public BrandingDefaults {
        consultancy = consultancy == null ? "" : consultancy.strip();
        logo = logo == null ? new byte[0] : logo.clone();
        logoType = logoType == null ? "" : logoType;
        accent = accent == null ? "" : accent.strip();
    }

    @Override
    public byte[] logo() {
        return logo.clone();
    }

    public boolean isEmpty() {
        return consultancy.isEmpty() && logo.length == 0 && accent.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrandingDefaults b
                && consultancy.equals(b.consultancy)
                && Arrays.equals(logo, b.logo)
                && logoType.equals(b.logoType)
                && accent.equals(b.accent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(consultancy, Arrays.hashCode(logo), logoType, accent);
    }

    @Override
    public String toString() {
        return "BrandingDefaults[" + consultancy + ", logo " + logo.length + " bytes, " + accent + "]";
    }
}
