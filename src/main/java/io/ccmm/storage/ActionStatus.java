package io.ccmm.storage;

/** Where an improvement action stands. */
public enum ActionStatus {
    OPEN("open"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    /** The value stored in the file. */
    public String code() {
        return code;
    }

    static ActionStatus ofCode(String code) {
        for (ActionStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return OPEN;
    }
}
