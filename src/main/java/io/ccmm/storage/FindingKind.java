package io.ccmm.storage;

/** What a finding says about an item: a strength to keep, a weakness to fix, or an observation. */
public enum FindingKind {
    STRENGTH("strength"),
    WEAKNESS("weakness"),
    OBSERVATION("observation");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    /** The value stored in the file. */
    public String code() {
        return code;
    }

    static FindingKind ofCode(String code) {
        for (FindingKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return OBSERVATION;
    }
}
