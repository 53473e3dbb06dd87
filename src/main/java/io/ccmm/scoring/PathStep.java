package io.ccmm.scoring;

import io.ccmm.assessment.Rate;
import java.util.Objects;

/**
 * One step of the improvement path: raise {@code item} from its current rating to 10/10 (the "after" of every step).
 * An unrated angle stays {@link Rate#UNRATED} here and counts 0 in {@code gain}, as the path treats it.
 *
 * @param forLevel the level whose floor or threshold made this step necessary
 * @param floorModule the module whose floor it lifts for {@link Kind#MODULE_FLOOR} steps, "" for threshold steps
 */
public record PathStep(
        int item,
        String module,
        int level,
        Rate beforeC,
        Rate beforeF,
        int gain,
        int forLevel,
        Kind kind,
        String floorModule) {

    /** What a step is for: lifting a module to its floor, or the level's total to its threshold. */
    public enum Kind {
        MODULE_FLOOR,
        THRESHOLD
    }

    public PathStep {
        Objects.requireNonNull(beforeC, "beforeC");
        Objects.requireNonNull(beforeF, "beforeF");
        Objects.requireNonNull(kind, "kind");
        floorModule = floorModule == null ? "" : floorModule;
    }

    /** Item points before the step, unrated angles counting 0. */
    public int beforePoints() {
        return beforeC.points() + beforeF.points();
    }

    public Rate afterC() {
        return Rate.FULL;
    }

    public Rate afterF() {
        return Rate.FULL;
    }
}
