package io.ccmm.storage;

/** High, medium or low: the severity of a finding and the priority of an improvement action. */
public enum Priority {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String code;

    Priority(String code) {
        this.code = code;
    }

    /** The value stored in the file. */
    public String code() {
        return code;
    }

    static Priority ofCode(String code) {
        for (Priority p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return MEDIUM;
    }
}
