package io.ccmm.scoring;

import java.util.Objects;

/**
 * One reason a level is not achieved. {@code count} is set only for {@link ReasonCode#UNRATED_ITEMS} and
 * {@link ReasonCode#TOO_MANY_NOT_APPLICABLE} (0 otherwise), {@code allowed} only for the latter (0 otherwise, and it may
 * be 0 there too), {@code module} only for {@link ReasonCode#MODULE_BELOW_FLOOR} ("" otherwise).
 */
public record Reason(ReasonCode code, int count, String module, int allowed) {

    public Reason {
        Objects.requireNonNull(code, "code");
        module = module == null ? "" : module;
        if (hasCount(code) != (count > 0) || count < 0) {
            throw new IllegalArgumentException(code + " with count " + count);
        }
        if (hasModule(code) == module.isEmpty()) {
            throw new IllegalArgumentException(code + " with module \"" + module + "\"");
        }
        if (allowed < 0 || (!hasAllowed(code) && allowed != 0) || (hasAllowed(code) && count <= allowed)) {
            throw new IllegalArgumentException(code + " with count " + count + " and allowed " + allowed);
        }
    }

    /** A reason without an allowed number. */
    public Reason(ReasonCode code, int count, String module) {
        this(code, count, module, 0);
    }

    public static Reason unratedItems(int count) {
        return new Reason(ReasonCode.UNRATED_ITEMS, count, "");
    }

    public static Reason moduleBelowFloor(String module) {
        return new Reason(ReasonCode.MODULE_BELOW_FLOOR, 0, module);
    }

    /** {@code count} required items are not applicable where the rules allow {@code allowed}. */
    public static Reason tooManyNotApplicable(int count, int allowed) {
        return new Reason(ReasonCode.TOO_MANY_NOT_APPLICABLE, count, "", allowed);
    }

    /** A reason without detail: years unknown or short, below threshold, previous level not achieved. */
    public static Reason of(ReasonCode code) {
        return new Reason(code, 0, "");
    }

    /** True when this kind of reason carries a count. */
    public static boolean hasCount(ReasonCode code) {
        return code == ReasonCode.UNRATED_ITEMS || code == ReasonCode.TOO_MANY_NOT_APPLICABLE;
    }

    /** True when this kind of reason names a module ({@link ReasonCode#MODULE_BELOW_FLOOR}). */
    public static boolean hasModule(ReasonCode code) {
        return code == ReasonCode.MODULE_BELOW_FLOOR;
    }

    /** True when this kind of reason carries the allowed number ({@link ReasonCode#TOO_MANY_NOT_APPLICABLE}). */
    public static boolean hasAllowed(ReasonCode code) {
        return code == ReasonCode.TOO_MANY_NOT_APPLICABLE;
    }
}
