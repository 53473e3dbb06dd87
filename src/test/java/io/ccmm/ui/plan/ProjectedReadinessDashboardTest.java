package io.ccmm.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's ladder shows, beside today's level, the level the planned ratings reach, and follows the plan live. */
@ExtendWith(ApplicationExtension.class)
class ProjectedReadinessDashboardTest {

    private FileRoundSession session;
    private List<Integer> pathItems;

    @Start
    void start(Stage stage) throws Exception {
        // Every item at 5/5: 50%, below L1. Planning the path's items at 10/10 reaches L1.
        HalfRatedRound half = HalfRatedRound.create();
        session = half.session();
        AssessmentFile file = session.file();
        long round = session.roundId();
        pathItems = half.pathToL1();
        for (int item : pathItems) {
            file.setPlannedRating(round, item, Rate.FULL, Rate.FULL);
        }
        CcmmApplication.open(stage, session, Language.EN);
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theLadderShowsTheLevelWithThePlanAndFollowsThePlanWindow(FxRobot robot) throws Exception {
        robot.clickOn("Readiness");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(label(robot, ".readiness-level").getText().startsWith("L1"));
        Label mark = label(robot, "#projectedMark");
        assertTrue(mark.getText().contains("): L1"), mark.getText());
        assertTrue(mark.getText().contains("(" + pathItems.size() + " items planned)"), mark.getText());
        // The ghost tag sits in the ladder on the row of L1.
        Label tag = label(robot, "#projectedTag");
        GridPane ladder = (GridPane) tag.getParent();
        Node l1 = ladder.getChildren().stream()
                .filter(n -> n instanceof Label l
                        && l.getStyleClass().contains("ladder-level")
                        && l.getText().startsWith("L1"))
                .findFirst()
                .orElseThrow();
        assertEquals(GridPane.getRowIndex(l1), GridPane.getRowIndex(tag));

        // Taking one planned rating back in the plan window's model: the projection falls below L1 at once.
        PlanViewModel plan = new PlanViewModel(session.file(), session.roundId());
        int first = pathItems.get(0);
        WaitForAsyncUtils.asyncFx(() -> {
                    plan.setPlanned(first, Rate.UNRATED, Rate.UNRATED);
                    return null;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        mark = label(robot, "#projectedMark");
        assertFalse(mark.getText().contains("): L1"), mark.getText());
        assertTrue(mark.getText().contains("(" + (pathItems.size() - 1) + " items planned)"), mark.getText());

        WaitForAsyncUtils.asyncFx(() -> {
                    plan.setPlanned(first, Rate.FULL, Rate.FULL);
                    return null;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#projectedMark").getText().contains("): L1"));

        // With no planned rating left there is no projection to show.
        for (int item : pathItems) {
            WaitForAsyncUtils.asyncFx(() -> {
                        plan.setPlanned(item, Rate.UNRATED, Rate.UNRATED);
                        return null;
                    })
                    .get();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#projectedMark").tryQuery().isEmpty());
        assertTrue(robot.lookup("#projectedTag").tryQuery().isEmpty());
    }
}
