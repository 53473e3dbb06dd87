package io.ccmm.catalog;

import java.util.Optional;

/**
 * The sectors an item's {@code applicability} may name (CATALOG.md). Choosing one in the new-assessment wizard pre-marks
 * the items outside it not applicable.
 */
public enum Sector {
    /** 12345, 12315, 12333 and other public-service hotlines. */
    GOVERNMENT_HOTLINE("government-hotline"),
    /** 95598, water and gas service lines. */
    UTILITY("utility"),
    TELECOM("telecom"),
    /** Banks, card centers, insurance, securities. */
    FINANCE("finance"),
    /** E-commerce, travel, manufacturing, automotive, retail. */
    ENTERPRISE("enterprise"),
    /** Business-process outsourcers serving clients. */
    OUTSOURCER("outsourcer");

    private final String id;

    Sector(String id) {
        this.id = id;
    }

    /** The id the catalog file uses, e.g. {@code government-hotline}. */
    public String id() {
        return id;
    }

    public static Optional<Sector> fromId(String id) {
        for (Sector s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
