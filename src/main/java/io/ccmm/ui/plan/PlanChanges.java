package io.ccmm.ui.plan;

import io.ccmm.storage.AssessmentFile;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the views of an open file that its plan changed (the plan window changes planned ratings in the file; the
 * dashboard shows the readiness they project). One counter per open file, counted up on the FX thread after every
 * change of the plan; a file no longer used is forgotten with it.
 */
public final class PlanChanges {

    private static final Map<AssessmentFile, ReadOnlyLongWrapper> REVISIONS = new WeakHashMap<>();

    private PlanChanges() {}

    /** The plan revision of {@code file}: it changes whenever the plan window changes the plan. */
    public static synchronized ReadOnlyLongProperty of(AssessmentFile file) {
        return REVISIONS.computeIfAbsent(file, f -> new ReadOnlyLongWrapper()).getReadOnlyProperty();
    }

    /** Counts the plan of {@code file} changed (on the FX thread). */
    public static void changed(AssessmentFile file) {
        ReadOnlyLongWrapper revision;
        synchronized (PlanChanges.class) {
            revision = REVISIONS.get(file);
        }
        if (revision != null) {
            revision.set(revision.get() + 1);
        }
    }
}
