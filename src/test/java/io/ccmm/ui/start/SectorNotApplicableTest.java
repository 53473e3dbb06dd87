package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.Sector;
import io.ccmm.ui.common.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's sector pre-marks the items outside it not applicable, with the catalog's hint, and any can be undone. */
class SectorNotApplicableTest {

    private final Catalog catalog = CatalogLoader.bundled().catalog();

    private List<Integer> outside(Sector sector) {
        return catalog.items().stream()
                .filter(i -> !i.appliesTo(sector))
                .map(AssessmentItem::id)
                .toList();
    }

    @Test
    void theSectorPreMarksTheItemsOutsideItWithTheCatalogsHint() {
        NewAssessmentViewModel vm = new NewAssessmentViewModel(Messages.of(Language.ZH), catalog);
        vm.nameProperty().set("某市12345政务服务热线");
        vm.industryProperty().set(Industry.GOVERNMENT_HOTLINE);
        List<Integer> expected = outside(Sector.GOVERNMENT_HOTLINE);
        assertTrue(!expected.isEmpty(), "the catalog limits some items to other sectors");
        List<Rating> marked = vm.result().orElseThrow().notApplicable();
        assertEquals(expected, marked.stream().map(Rating::item).toList());
        for (Rating r : marked) {
            assertTrue(r.notApplicable());
            assertEquals(
                    catalog.item(r.item()).orElseThrow().hint().orElseThrow().zh(),
                    r.justification(),
                    "item " + r.item());
        }
    }

    @Test
    void anyPreMarkedItemCanBeKeptInScopeAndOtherMarksNothing() {
        NewAssessmentViewModel vm = new NewAssessmentViewModel(Messages.of(Language.EN), catalog);
        vm.nameProperty().set("City hotline");
        vm.industryProperty().set(Industry.GOVERNMENT_HOTLINE);
        NotApplicableChoice kept = vm.notApplicable().get(0);
        kept.marked().set(false);
        List<Integer> marked = vm.result().orElseThrow().notApplicable().stream()
                .map(Rating::item)
                .toList();
        assertEquals(outside(Sector.GOVERNMENT_HOTLINE).size() - 1, marked.size());
        assertTrue(!marked.contains(kept.item()));
        assertTrue(vm.result().orElseThrow().notApplicable().stream().allMatch(r -> r.justification()
                .equals(catalog.item(r.item())
                        .orElseThrow()
                        .hint()
                        .orElseThrow()
                        .en())));

        vm.industryProperty().set(Industry.FINANCE);
        assertEquals(
                outside(Sector.FINANCE),
                vm.notApplicable().stream().map(NotApplicableChoice::item).toList());
        vm.industryProperty().set(Industry.OTHER);
        assertEquals(List.of(), vm.result().orElseThrow().notApplicable());
        assertEquals("other", vm.result().orElseThrow().organization().industry());
    }

    @Test
    void industryCodesOfEarlierFilesAreStillRead() {
        assertEquals(Industry.FINANCE, Industry.fromCode("bank-insurance"));
        assertEquals(Industry.ENTERPRISE, Industry.fromCode("e-commerce"));
        assertEquals(Industry.UTILITY, Industry.fromCode("utility"));
        assertEquals(Industry.OTHER, Industry.fromCode("shipping"));
        for (Industry i : Industry.values()) {
            assertEquals(i, Industry.fromCode(i.code()));
        }
    }
}
