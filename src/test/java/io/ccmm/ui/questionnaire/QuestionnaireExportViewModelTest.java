package io.ccmm.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.questionnaire.Questionnaires;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The export form without the toolkit: a field copy starts on its assigned items; problems in the window's language. */
class QuestionnaireExportViewModelTest {

    final Catalog catalog = CatalogLoader.bundled().catalog();

    @Test
    void aFieldCopyStartsOnItsAssignedItemsAndTheRequestCarriesThem() {
        QuestionnaireExportViewModel vm = new QuestionnaireExportViewModel(catalog, 4, Language.EN, "26-80");
        assertEquals(
                QuestionnaireExportViewModel.ScopeChoice.ASSIGNED,
                vm.scopeProperty().get());
        assertEquals(List.of("Choose where to save the workbook."), vm.problemList());
        vm.targetProperty().set(Path.of("q.xlsx"));
        vm.assessorProperty().set(" IT ");
        Questionnaires.Request r = vm.request().orElseThrow();
        assertEquals(
                new Questionnaires.Request(
                        OptionalLong.of(4), Optional.empty(), Optional.of("26-80"), "IT", Language.EN, false),
                r);
    }

    @Test
    void itemsThatAreNotInTheCatalogAreNamedInTheWindowsLanguage() {
        QuestionnaireExportViewModel vm = new QuestionnaireExportViewModel(catalog, 1, Language.ZH, "");
        vm.targetProperty().set(Path.of("q.xlsx"));
        vm.scopeProperty().set(QuestionnaireExportViewModel.ScopeChoice.ITEMS);
        assertEquals(List.of("请填写要询问的条目编号（例如 1-25, 40）。"), vm.problemList());
        vm.itemsProperty().set("1-5, 400");
        assertTrue(
                vm.problemList().get(0).contains("“1-5, 400”"), vm.problemList().toString());
        assertTrue(vm.request().isEmpty());
        vm.itemsProperty().set("1-5, 40");
        assertEquals(Optional.of("1-5, 40"), vm.request().orElseThrow().items());
        assertEquals(List.of(), vm.problemList());
        assertTrue(vm.validProperty().get());
    }
}
