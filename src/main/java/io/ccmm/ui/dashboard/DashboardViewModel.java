package io.ccmm.ui.dashboard;

import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Rescores the round on every rating change; the dashboard and the compact ladder bind to the result. */
public final class DashboardViewModel {

    private final WorkspaceViewModel workspace;
    private final ReadinessEngine engine;
    private final ReadOnlyObjectWrapper<ReadinessResult> result = new ReadOnlyObjectWrapper<>();

    public DashboardViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.engine =
                new ReadinessEngine(workspace.catalog(), workspace.session().rules());
        rescore();
        workspace.revisionProperty().addListener(o -> rescore());
    }

    private void rescore() {
        result.set(engine.score(
                workspace.ratings(), workspace.session().organization().yearsInOperation(), targetLevel()));
    }

    /** The round's target level, else the next level above the current readiness. */
    public OptionalInt targetLevel() {
        OptionalInt own = workspace.session().round().targetLevel();
        if (own.isPresent()) {
            return own;
        }
        ReadinessResult current = result.get();
        int readiness = current == null ? 0 : current.readinessLevel();
        return readiness >= ReadinessEngine.HIGHEST_LEVEL ? OptionalInt.empty() : OptionalInt.of(readiness + 1);
    }

    public ReadOnlyObjectProperty<ReadinessResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadinessResult result() {
        return result.get();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
