package io.ccmm.report;

import io.ccmm.assessment.Rate;
import java.util.Objects;

/** One step of the improvement path: raise {@code item} from its ratings to {@code after}, gaining points. */
public record PathStep(
        int item, String module, String title, Rate beforeC, Rate beforeF, Rate afterC, Rate afterF, int gain) {

    public PathStep {
        module = Cover.nonNull(module);
        title = Cover.nonNull(title);
        Objects.requireNonNull(beforeC, "beforeC");
        Objects.requireNonNull(beforeF, "beforeF");
        Objects.requireNonNull(afterC, "afterC");
        Objects.requireNonNull(afterF, "afterF");
    }
}
