package io.ccmm.storage;

/** A round is a draft while it is rated; a final round is read-only until it is reopened (which is audited). */
public enum RoundStatus {
    DRAFT("draft"),
    FINAL("final");

    private final String code;

    RoundStatus(String code) {
        this.code = code;
    }

    /** The value stored in the file. */
    public String code() {
        return code;
    }

    static RoundStatus ofCode(String code) {
        return FINAL.code.equals(code) ? FINAL : DRAFT;
    }
}
