package io.ccmm.scoring;

/** An item is marked not applicable while the rules in use do not allow it ({@code notApplicable.allowed = false}). */
public final class NotApplicableNotAllowedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int item;
    private final String rulesId;

    public NotApplicableNotAllowedException(int item, String rulesId) {
        super("item " + item + " is marked not applicable, which rules " + rulesId + " do not allow");
        this.item = item;
        this.rulesId = rulesId;
    }

    public int item() {
        return item;
    }

    public String rulesId() {
        return rulesId;
    }
}
