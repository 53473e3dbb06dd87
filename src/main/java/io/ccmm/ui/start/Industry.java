package io.ccmm.ui.start;

/** The kinds of contact center the wizard offers; stored by code in the organization's details. */
public enum Industry {
    GOVERNMENT_HOTLINE("government-hotline"),
    TELECOM("telecom"),
    UTILITY("utility"),
    BANK_INSURANCE("bank-insurance"),
    ECOMMERCE("e-commerce"),
    OUTSOURCER("outsourcer"),
    OTHER("other");

    private final String code;

    Industry(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "industry." + code;
    }
}
