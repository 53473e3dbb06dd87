package io.ccmm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Note drafts, the command stack and advancing, without the toolkit. */
class WorkspaceEditingTest {

    private static WorkspaceViewModel workspace(FileRoundSession session) {
        return new WorkspaceViewModel(session, new SimpleObjectProperty<>(Language.ZH));
    }

    @Test
    void aNoteDraftIsSavedUnderTheItemItWasTypedOnWhicheverItemIsShown() {
        FileRoundSession session = TestSessions.empty();
        WorkspaceViewModel vm = workspace(session);
        vm.select(34);
        vm.editNote(34, "访谈记录");
        vm.next();
        assertEquals(35, vm.currentItem().id());
        assertEquals("访谈记录", session.ratings().get(34).note());
        assertEquals(null, session.ratings().get(35));
        vm.previous();
        vm.flushNote();
        assertEquals("访谈记录", session.ratings().get(34).note());
    }

    @Test
    void aNoteDraftIsSavedBeforeARatingChangesAndIsItsOwnUndoStep() {
        FileRoundSession session = TestSessions.empty();
        WorkspaceViewModel vm = workspace(session);
        vm.editNote(1, "n");
        vm.rateC(Rate.FULL);
        assertEquals(
                new Rating(1, Rate.FULL, Rate.UNRATED, "n"), session.ratings().get(1));
        assertTrue(vm.undo());
        assertEquals(
                new Rating(1, Rate.UNRATED, Rate.UNRATED, "n"),
                session.ratings().get(1));
        assertTrue(vm.undo());
        assertEquals(null, session.ratings().get(1));
        assertFalse(vm.undo());
        assertTrue(vm.redo());
        assertTrue(vm.redo());
        assertEquals(
                new Rating(1, Rate.FULL, Rate.UNRATED, "n"), session.ratings().get(1));
    }

    @Test
    void undoIsASaveOfTheEarlierRating() throws Exception {
        FileRoundSession session = TestSessions.empty();
        WorkspaceViewModel vm = workspace(session);
        vm.rate(7, Rate.FULL, Rate.NONE);
        vm.undo();
        // The window's command stack saved the earlier rating back: the file has it, and audited both changes.
        assertEquals(null, session.ratings().get(7));
        assertEquals(Rating.unrated(7), session.file().rating(session.roundId(), 7));
        assertEquals(
                List.of("10", ""),
                session.file().auditTrail(session.roundId(), 7).stream()
                        .filter(e -> e.field().equals("c"))
                        .map(e -> e.newValue())
                        .toList());
    }

    @Test
    void aBulkChangeIsUndoneInOneStep() {
        FileRoundSession session = TestSessions.empty();
        WorkspaceViewModel vm = workspace(session);
        vm.rateMany(List.of(3, 4, 5), Rate.FULL, Rate.PARTIAL);
        assertEquals(3, vm.ratedCountProperty().get());
        assertTrue(vm.undo());
        assertEquals(0, vm.ratedCountProperty().get());
        assertTrue(session.ratings().isEmpty());
    }

    @Test
    void inAReassessmentRoundACAndAnFKeyOnARatedItemAdvance() {
        List<Rating> all = new ArrayList<>();
        for (int id = 1; id <= 170; id++) {
            all.add(Rating.of(id, Rate.FULL, Rate.FULL));
        }
        FileRoundSession session = TestSessions.with(all);
        WorkspaceViewModel vm = workspace(session);
        vm.rateC(Rate.FULL);
        assertEquals(1, vm.currentItem().id(), "one angle: stays");
        vm.rateF(Rate.NONE);
        assertEquals(2, vm.currentItem().id(), "both angles pressed, one value unchanged: moves on");
        vm.rateF(Rate.PARTIAL);
        vm.rateC(Rate.PARTIAL);
        assertEquals(3, vm.currentItem().id());
        assertEquals(Rating.of(2, Rate.PARTIAL, Rate.PARTIAL), session.ratings().get(2));
    }

    @Test
    void theAuditTrailNamesTheRoundsAssessor() throws Exception {
        FileRoundSession session = TestSessions.empty();
        WorkspaceViewModel vm = workspace(session);
        vm.rateC(Rate.PARTIAL);
        assertEquals(
                List.of("张三"),
                session.file().auditTrail(session.roundId(), 1).stream()
                        .map(e -> e.who())
                        .distinct()
                        .toList());
    }
}
