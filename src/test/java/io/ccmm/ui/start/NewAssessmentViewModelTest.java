package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NewAssessmentViewModelTest {

    private final NewAssessmentViewModel vm = new NewAssessmentViewModel(Messages.of(Language.ZH));

    @Test
    void needsAnOrganizationNameAndSaysSo() {
        assertFalse(vm.validProperty().get());
        assertTrue(vm.problemsText().get().contains("请填写组织名称"));
        vm.nameProperty().set("某市12345热线");
        assertTrue(vm.validProperty().get(), vm.problemsText().get());
        assertEquals("", vm.problemsText().get());
    }

    @Test
    void yearsMustBeAWholeNumberOrEmpty() {
        vm.nameProperty().set("热线");
        vm.yearsProperty().set("七");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.problemsText().get().contains("“七”"));
        vm.yearsProperty().set("");
        assertTrue(vm.validProperty().get());
        assertEquals(
                OptionalInt.empty(), vm.result().orElseThrow().organization().yearsInOperation());
        vm.yearsProperty().set(" 7 ");
        assertEquals(OptionalInt.of(7), vm.result().orElseThrow().organization().yearsInOperation());
    }

    @Test
    void producesOrganizationAndRound() {
        vm.nameProperty().set("  某供电公司95598 ");
        vm.siteProperty().set("华东分中心");
        vm.industryProperty().set(Industry.UTILITY);
        vm.assessorsProperty().set("张三，李四, 王五、");
        vm.dateProperty().set(LocalDate.of(2026, 3, 1));
        vm.targetLevelProperty().set(4);
        var a = vm.result().orElseThrow();
        assertEquals("某供电公司95598", a.organization().name());
        assertEquals("utility", a.organization().industry());
        assertEquals(List.of("张三", "李四", "王五"), a.round().assessors());
        assertEquals("2026-03-01", a.round().date());
        assertEquals(OptionalInt.of(4), a.round().targetLevel());
        assertTrue(a.round().title().contains(String.valueOf(LocalDate.now().getYear())));
        assertEquals("某供电公司95598.ccmm", vm.suggestedFileName());
    }
}
