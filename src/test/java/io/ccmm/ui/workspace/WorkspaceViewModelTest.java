package io.ccmm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The workspace logic, without the JavaFX toolkit. */
class WorkspaceViewModelTest {

    private final FileRoundSession session = TestSessions.empty();
    private final WorkspaceViewModel vm = new WorkspaceViewModel(session, new SimpleObjectProperty<>(Language.ZH));

    @Test
    void twoKeystrokesRateAnItemAndAdvanceToTheNextUnrated() {
        assertEquals(1, vm.currentItem().id());
        vm.rateC(Rate.FULL);
        assertEquals(1, vm.currentItem().id(), "one angle rated: stays");
        vm.rateF(Rate.PARTIAL);
        assertEquals(2, vm.currentItem().id());
        assertEquals(
                new Rating(1, Rate.FULL, Rate.PARTIAL, ""), session.ratings().get(1));
        assertEquals(1, vm.ratedCountProperty().get());
        assertEquals(2, vm.revisionProperty().get());
    }

    @Test
    void changingARatedItemDoesNotAdvance() {
        vm.rateC(Rate.FULL);
        vm.rateF(Rate.FULL);
        vm.select(1);
        vm.rateF(Rate.NONE);
        assertEquals(1, vm.currentItem().id());
        assertEquals(10, vm.rating(1).points());
    }

    @Test
    void nextUnratedSkipsRatedItemsAndWraps() {
        vm.rate(2, Rate.FULL, Rate.FULL);
        vm.rate(3, Rate.FULL, Rate.FULL);
        vm.select(1);
        vm.rate(1, Rate.FULL, Rate.FULL);
        assertTrue(vm.nextUnrated());
        assertEquals(4, vm.currentItem().id());
        vm.select(170);
        vm.rate(170, Rate.NONE, Rate.NONE);
        assertTrue(vm.nextUnrated());
        assertEquals(4, vm.currentItem().id());
    }

    @Test
    void undoAndRedoRestoreRatingsAndShowTheItem() {
        vm.rateC(Rate.FULL);
        vm.rateF(Rate.FULL);
        vm.rateC(Rate.NONE);
        assertEquals(Rate.NONE, vm.rating(2).c());
        assertTrue(vm.undo());
        assertEquals(Rate.UNRATED, vm.rating(2).c());
        assertTrue(vm.undo());
        assertEquals(1, vm.currentItem().id());
        assertEquals(Rate.UNRATED, vm.rating(1).f());
        assertEquals(0, vm.ratedCountProperty().get());
        assertTrue(vm.redo());
        assertEquals(Rate.FULL, vm.rating(1).f());
        assertEquals(1, vm.ratedCountProperty().get());
    }

    @Test
    void notesAreSavedAndFilterable() {
        vm.setNote(5, "执行记录不完整");
        assertEquals("执行记录不完整", session.ratings().get(5).note());
        vm.filterProperty().set(ItemFilter.HAS_NOTE);
        assertEquals(
                List.of(5), vm.visibleItems().stream().map(AssessmentItem::id).toList());
    }

    @Test
    void filtersByUnratedZeroLevelModuleAndRevision() {
        vm.rate(1, Rate.NONE, Rate.FULL);
        vm.rate(2, Rate.FULL, Rate.FULL);
        vm.filterProperty().set(ItemFilter.UNRATED);
        assertEquals(168, vm.visibleItems().size());
        vm.filterProperty().set(ItemFilter.ANY_ZERO);
        assertEquals(
                List.of(1), vm.visibleItems().stream().map(AssessmentItem::id).toList());
        vm.filterProperty().set(ItemFilter.REVISED_2025);
        assertEquals(
                List.of(151, 155, 159, 161, 166),
                vm.visibleItems().stream().map(AssessmentItem::id).toList());
        vm.filterProperty().set(ItemFilter.ALL);
        vm.levelFilterProperty().set(5);
        vm.moduleFilterProperty().set("5.0");
        assertEquals(8, vm.visibleItems().size());
    }

    @Test
    void searchFindsByNumberAndByTextInEitherLanguage() {
        AssessmentItem target = vm.catalog().item(65).orElseThrow();
        vm.searchProperty().set("65");
        assertEquals(List.of(target), vm.visibleItems());
        String zhWord = target.title().zh().substring(0, 4);
        vm.searchProperty().set(zhWord);
        assertTrue(vm.visibleItems().contains(target), zhWord);
        vm.searchProperty().set(target.title().en().toUpperCase());
        assertTrue(vm.visibleItems().contains(target));
    }

    @Test
    void nextAndPreviousFollowTheVisibleItems() {
        vm.levelFilterProperty().set(5);
        vm.select(vm.visibleItems().get(0).id());
        int first = vm.currentItem().id();
        vm.next();
        assertEquals(vm.visibleItems().get(1).id(), vm.currentItem().id());
        vm.previous();
        vm.previous();
        assertEquals(first, vm.currentItem().id());
    }

    @Test
    void aFailedSaveKeepsTheOldRatingAndSaysWhy() {
        RoundSession real = TestSessions.empty();
        RoundSession failing = (RoundSession) Proxy.newProxyInstance(
                RoundSession.class.getClassLoader(), new Class<?>[] {RoundSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save")) {
                        throw new RoundSession.SessionException("the file is locked", null);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WorkspaceViewModel v = new WorkspaceViewModel(failing, new SimpleObjectProperty<>(Language.EN));
        v.rateC(Rate.FULL);
        assertEquals(Rate.UNRATED, v.rating(1).c());
        assertEquals("the file is locked", v.problemProperty().get());
        assertFalse(v.savedProperty().get());
    }
}
