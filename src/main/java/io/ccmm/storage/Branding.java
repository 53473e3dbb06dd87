package io.ccmm.storage;

/**
 * The names, logo and accent colour the file's reports carry. {@code logo} is PNG or JPEG bytes (empty = none) of
 * media type {@code logoType}; {@code accent} is "#rrggbb" or "" for the report's own colour.
 */
public record Branding(String consultancy, String client, byte[] logo, String logoType, String accent) {

    public static final Branding NONE = new Branding("", "", new byte[0], "", "");

    public Branding {
        consultancy = consultancy == null ? "" : consultancy.strip();
        client = client == null ? "" : client.strip();
        logo = logo == null ? new byte[0] : logo.clone();
        logoType = logoType == null ? "" : logoType;
        accent = accent == null ? "" : accent.strip();
        if (!accent.isEmpty() && !accent.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("accent colour " + accent + " is not #rrggbb");
        }
    }

    @Override
    public byte[] logo() {
        return logo.clone();
    }

    public boolean isEmpty() {
        return consultancy.isEmpty() && client.isEmpty() && logo.length == 0 && accent.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branding b
                && consultancy.equals(b.consultancy)
                && client.equals(b.client)
                && java.util.Arrays.equals(logo, b.logo)
                && logoType.equals(b.logoType)
                && accent.equals(b.accent);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(consultancy, client, java.util.Arrays.hashCode(logo), logoType, accent);
    }

    @Override
    public String toString() {
        return "Branding[" + consultancy + ", " + client + ", logo " + logo.length + " bytes, " + accent + "]";
    }
}
