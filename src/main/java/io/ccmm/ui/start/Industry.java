package io.ccmm.ui.start;

import io.ccmm.catalog.Sector;
import java.util.Optional;

/**
 * The kinds of contact center the wizard offers: the catalog's sectors, and "other" for a center that fits none (it
 * pre-marks nothing). Stored by code (the sector id) in the organization's details.
 */
public enum Industry {
    GOVERNMENT_HOTLINE(Sector.GOVERNMENT_HOTLINE),
    UTILITY(Sector.UTILITY),
    TELECOM(Sector.TELECOM),
    FINANCE(Sector.FINANCE),
    ENTERPRISE(Sector.ENTERPRISE),
    OUTSOURCER(Sector.OUTSOURCER),
    OTHER(null);

    private final Sector sector;

    Industry(Sector sector) {
        this.sector = sector;
    }

    public String code() {
        return sector == null ? "other" : sector.id();
    }

    /** The catalog sector whose applicability decides which items are pre-marked not applicable. */
    public Optional<Sector> sector() {
        return Optional.ofNullable(sector);
    }

    public String messageKey() {
        return "industry." + code();
    }

    /** The industry stored under {@code code}; the codes of earlier versions are still read; unknown codes are other. */
    public static Industry fromCode(String code) {
        String c =
                switch (code == null ? "" : code) {
                    case "bank-insurance" -> Sector.FINANCE.id();
                    case "e-commerce" -> Sector.ENTERPRISE.id();
                    default -> code;
                };
        for (Industry i : values()) {
            if (i.code().equals(c)) {
                return i;
            }
        }
        return OTHER;
    }
}
