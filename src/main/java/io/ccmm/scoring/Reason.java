package io.ccmm.scoring;

import java.util.Objects;

/**
 * One reason a level is not achieved. {@code count} is set only for {@link ReasonCode#UNRATED_ITEMS} (0 otherwise),
 * {@code module} only for {@link ReasonCode#MODULE_BELOW_FLOOR} ("" otherwise).
 */
public record Reason(ReasonCode code, int count, String module) {

    public Reason {
        Objects.requireNonNull(code, "code");
        module = module == null ? "" : module;
        if (hasCount(code) != (count > 0) || count < 0) {
            throw new IllegalArgumentException(code + " with count " + count);
        }
        if (hasModule(code) == module.isEmpty()) {
            throw new IllegalArgumentException(code + " with module \"" + module + "\"");
        }
    }

    public static Reason unratedItems(int count) {
        return new Reason(ReasonCode.UNRATED_ITEMS, count, "");
    }

    public static Reason moduleBelowFloor(String module) {
        return new Reason(ReasonCode.MODULE_BELOW_FLOOR, 0, module);
    }

    /** A reason without detail: years unknown or short, below threshold, previous level not achieved. */
    public static Reason of(ReasonCode code) {
        return new Reason(code, 0, "");
    }

    /** True when this kind of reason carries a count ({@link ReasonCode#UNRATED_ITEMS}). */
    public static boolean hasCount(ReasonCode code) {
        return code == ReasonCode.UNRATED_ITEMS;
    }

    /** True when this kind of reason names a module ({@link ReasonCode#MODULE_BELOW_FLOOR}). */
    public static boolean hasModule(ReasonCode code) {
        return code == ReasonCode.MODULE_BELOW_FLOOR;
    }
}
