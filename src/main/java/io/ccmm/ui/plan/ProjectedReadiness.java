package io.ccmm.ui.plan;

import io.ccmm.assessment.Rating;
import io.ccmm.plan.PlanEntry;
import io.ccmm.plan.Projection;
import io.ccmm.report.RoundPlanReader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.ReadinessViewModel;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The readiness the round would reach with its plan ({@link Projection}: the planned ratings, and the targets of open
 * actions where an item has none), beside today's: recomputed on every rating change and whenever the plan window
 * changes the plan. Empty while the round has neither a planned rating nor an open action (or its plan cannot be read:
 * the dashboard then simply shows no projection).
 */
public final class ProjectedReadiness {

    private final ReadinessViewModel readiness;
    private final AssessmentFile file;
    private final long roundId;
    private List<Rating> planned = List.of();
    private List<PlanEntry> actions = List.of();
    private final ReadOnlyObjectWrapper<OptionalInt> level = new ReadOnlyObjectWrapper<>(OptionalInt.empty());

    public ProjectedReadiness(ReadinessViewModel readiness, AssessmentFile file, long roundId, ViewLifetime lifetime) {
        this.readiness = readiness;
        this.file = file;
        this.roundId = roundId;
        readPlan();
        project();
        lifetime.onChange(readiness.resultProperty(), r -> project());
        lifetime.onChange(PlanChanges.of(file), revision -> {
            readPlan();
            project();
        });
    }

    private void readPlan() {
        try {
            planned = file.plannedRatings(roundId).values().stream()
                    .map(p -> Rating.of(p.item(), p.c(), p.f()))
                    .toList();
            actions = Projection.open(file.planActions(roundId).stream()
                    .map(RoundPlanReader::entry)
                    .toList());
        } catch (StorageException e) {
            planned = List.of();
            actions = List.of();
        }
    }

    private void project() {
        if (planned.isEmpty() && actions.isEmpty()) {
            level.set(OptionalInt.empty());
            return;
        }
        int projected = readiness
                .engine()
                .score(Projection.withActions(readiness.ratingsNow(), planned, actions), readiness.yearsInOperation())
                .readinessLevel();
        level.set(OptionalInt.of(projected));
    }

    /** The level the plan would reach, empty without planned ratings. */
    public ReadOnlyObjectProperty<OptionalInt> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** How many items the projection takes from the plan: planned, or raised by an open action. */
    public int plannedCount() {
        return Projection.plannedItems(planned, actions);
    }
}
