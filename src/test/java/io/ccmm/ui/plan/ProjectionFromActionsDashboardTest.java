package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's projection without planned ratings: the open actions' targets make it, a planned rating wins over
 * them, and marking the action done takes them back (the plan window's changes reach the dashboard at once).
 */
class ProjectionFromActionsDashboardTest {

    private FileRoundSession session;

    @AfterEach
    void close() throws Exception {
        session.file().close();
    }

    @Test
    void anOpenActionsTargetsProjectAndMarkingItDoneTakesThemBack() throws Exception {
        HalfRatedRound half = HalfRatedRound.create();
        session = half.session();
        AssessmentFile file = session.file();
        long round = session.roundId();
        List<Integer> path = half.pathToL1();
        // One open action raising every item of the path to L1, its target left at full compliance.
        file.addPlanAction(PlanAction.of(ImprovementAction.of(round, path.get(0), "Close the L1 gaps", "", ""))
                .withMoreItems(path.subList(1, path.size())));

        Map<Integer, Rating> now = file.ratings(round);
        ReadinessViewModel readiness = new ReadinessViewModel(
                file.catalogBundleOf(round).catalog(),
                file.catalogBundleOf(round).rules(),
                OptionalInt.of(6),
                OptionalInt.of(1),
                () -> now,
                new SimpleLongProperty());
        ProjectedReadiness projected = new ProjectedReadiness(readiness, file, round, new ViewLifetime());
        assertEquals(0, readiness.resultProperty().get().readinessLevel(), "below L1 today");
        assertEquals(OptionalInt.of(1), projected.levelProperty().get(), "the action's targets reach L1");
        assertEquals(path.size(), projected.plannedCount());

        // A planned rating at today's 5/5 wins over the action's target for that item: L1 is out of reach again.
        PlanViewModel plan = new PlanViewModel(file, round);
        plan.setPlanned(path.get(0), Rate.PARTIAL, Rate.PARTIAL);
        assertEquals(OptionalInt.of(0), projected.levelProperty().get());
        assertEquals(0, plan.projection().readinessLevel(), "the plan window agrees");
        plan.setPlanned(path.get(0), Rate.UNRATED, Rate.UNRATED);
        assertEquals(OptionalInt.of(1), projected.levelProperty().get());

        // Done: its effect belongs in the ratings now; nothing planned, nothing open, no projection.
        PlanAction action = file.planActions(round).get(0);
        ImprovementAction a = action.action();
        plan.updateAction(action.withAction(
                new ImprovementAction(a.id(), a.roundId(), a.item(), a.what(), a.owner(), a.due(), ActionStatus.DONE)));
        assertEquals(OptionalInt.empty(), projected.levelProperty().get());
        assertEquals(0, projected.plannedCount());
    }
}
