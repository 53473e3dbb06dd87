package io.ccmm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.NotApplicableRule;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.ui.TestSessions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Not applicable in the workspace, without the toolkit: over a session that keeps ratings in memory (every save
 * recorded, as the audit trail records it), so N/A is tested whatever the file format holds.
 */
class NotApplicableViewModelTest {

    private final FileRoundSession real = TestSessions.empty();
    private final Map<Integer, Rating> stored = new TreeMap<>();
    private final List<Rating> saves = new ArrayList<>();

    private RoundSession memory(ScoringRules rules) {
        return (RoundSession) Proxy.newProxyInstance(
                RoundSession.class.getClassLoader(), new Class<?>[] {RoundSession.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "save" -> {
                            Rating r = (Rating) args[0];
                            saves.add(r);
                            if (r.isEmpty()) {
                                stored.remove(r.item());
                            } else {
                                stored.put(r.item(), r);
                            }
                            return null;
                        }
                        case "ratings" -> {
                            return Map.copyOf(stored);
                        }
                        case "rules" -> {
                            return rules;
                        }
                        default -> {
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private WorkspaceViewModel workspace() {
        return new WorkspaceViewModel(memory(real.rules()), new SimpleObjectProperty<>(Language.EN));
    }

    @Test
    void markingNotApplicableNeedsAJustificationAndIsOneUndoableStep() {
        WorkspaceViewModel vm = workspace();
        vm.rateC(Rate.FULL);
        assertFalse(vm.markNotApplicable("   "), "a blank justification is refused");
        assertEquals(Rate.FULL, vm.rating(1).c(), "the refusal changes nothing");
        assertEquals(
                "A justification is required to mark an item not applicable.",
                vm.problemProperty().get());

        assertTrue(vm.markNotApplicable("  No outbound calls at this center. "));
        assertEquals(
                new Rating(1, Rate.UNRATED, Rate.UNRATED, "", true, "No outbound calls at this center."),
                stored.get(1));
        assertEquals(1, vm.decidedCountProperty().get(), "N/A counts towards completion");
        assertEquals(0, vm.ratedCountProperty().get());

        assertTrue(vm.undo());
        assertEquals(Rating.of(1, Rate.FULL, Rate.UNRATED), stored.get(1), "undo puts the rating back");
        assertTrue(vm.redo());
        assertTrue(stored.get(1).notApplicable());

        assertTrue(vm.markApplicable());
        assertFalse(stored.get(1).notApplicable());
        assertEquals("No outbound calls at this center.", stored.get(1).justification(), "nothing typed is lost");
        assertEquals(0, vm.decidedCountProperty().get());
    }

    @Test
    void aJustificationDraftBelongsToItsItemAndIsSavedLikeANote() {
        WorkspaceViewModel vm = workspace();
        vm.markNotApplicable("first");
        vm.editJustification(1, "first, and the reason in full");
        vm.next();
        assertEquals(2, vm.currentItem().id());
        assertEquals("first, and the reason in full", stored.get(1).justification(), "flushed under item 1");
        assertFalse(stored.containsKey(2));

        vm.select(1);
        vm.editJustification(1, "   ");
        vm.flushNote();
        assertEquals(
                "first, and the reason in full", stored.get(1).justification(), "an emptied justification is not kept");
        vm.editJustification(1, "changed");
        assertTrue(vm.undo(), "a draft is saved first, then taken back");
        assertEquals("first, and the reason in full", stored.get(1).justification());
    }

    @Test
    void theFilterNextUndecidedAndTheHintSeeNotApplicableItems() {
        WorkspaceViewModel vm = workspace();
        vm.markNotApplicable("not here");
        vm.select(1);
        assertTrue(vm.nextUnrated());
        assertEquals(2, vm.currentItem().id(), "an N/A item is decided: next undecided skips it");
        vm.filterProperty().set(ItemFilter.NOT_APPLICABLE);
        assertEquals(
                List.of(1), vm.visibleItems().stream().map(AssessmentItem::id).toList());
        vm.filterProperty().set(ItemFilter.UNRATED);
        assertFalse(vm.visibleItems().stream().anyMatch(i -> i.id() == 1));

        AssessmentItem withHint = vm.catalog().items().stream()
                .filter(i -> i.hint().isPresent())
                .findFirst()
                .orElseThrow();
        assertEquals(withHint.hint().get().en(), vm.suggestedJustification(withHint.id()));
    }

    @Test
    void rulesThatAllowNoNotApplicableRefuseIt() {
        ScoringRules strict = real.rules().withNotApplicable(new NotApplicableRule(false, 0));
        WorkspaceViewModel vm = new WorkspaceViewModel(memory(strict), new SimpleObjectProperty<>(Language.ZH));
        assertFalse(vm.notApplicableAllowed());
        assertFalse(vm.markNotApplicable("理由"));
        assertTrue(saves.isEmpty(), "nothing saved");
        assertEquals("本评估的评分规则不允许将条目标为不适用。", vm.problemProperty().get());
    }
}
