package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.report.InterviewChecklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm plan … --checklist}: the printable interview checklist, read back with PDFBox. */
class InterviewChecklistCommandTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    @TempDir
    Path dir;

    Path file;

    /** Every item at 10/10 except item 1 (unrated), item 2 (C 0, F 5) and item 3 (10/10 but flagged for review). */
    @BeforeEach
    void aFileWithThreeItemsToSettle() throws Exception {
        file = SampleFiles.bankCenter(dir.resolve("center.ccmm"), "2026 复评", "2026-10-01", 3, (f, round) -> {
            for (AssessmentItem item : CATALOG.items()) {
                if (item.id() != 1) {
                    f.saveRating(round, Rating.of(item.id(), Rate.FULL, Rate.FULL));
                }
            }
            f.saveRating(round, Rating.of(2, Rate.NONE, Rate.PARTIAL));
            f.flagForReview(round, 3, "证据已过期");
        });
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Wrapped lines in narrow cells are joined again for comparing. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String title(int item, Language language) {
        return CATALOG.item(item).orElseThrow().title().get(language);
    }

    @Test
    void theChecklistListsTheItemsUnratedAtZeroOrFlaggedWithTheirQuestionsEvidenceAndBoxes() throws Exception {
        Path out = dir.resolve("checklist.pdf");
        CliTest.Result r = CliTest.run("plan", file.toString(), "--checklist", "--lang", "zh", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String text = text(out);
        String flat = squeeze(text);
        assertTrue(flat.contains("访谈核对清单"), text);
        assertTrue(flat.contains("某银行信用卡中心—2026复评"), text);
        assertTrue(flat.contains("现场需确认的条目：3项"), text);
        for (int item : List.of(1, 2, 3)) {
            assertTrue(flat.contains(squeeze(title(item, Language.ZH))), "item " + item + " missing:\n" + text);
        }
        assertFalse(flat.contains(squeeze(title(4, Language.ZH))), "a settled item is not on the list");
        assertTrue(flat.contains("尚未评分"), text);
        assertTrue(flat.contains("当前C0/F5"), text);
        assertTrue(flat.contains("已标记：证据已过期"), text);
        // The requirement to ask about and the first evidence to request of item 2.
        AssessmentItem two = CATALOG.item(2).orElseThrow();
        assertTrue(flat.contains(squeeze(two.requirement().get(Language.ZH))), text);
        if (!two.evidence().isEmpty()) {
            assertTrue(flat.contains(squeeze(two.evidence().get(0).get(Language.ZH))), text);
        }
        // Boxes to tick for C and F, three per angle and item.
        assertEquals(3 * 2 * 3, text.chars().filter(c -> c == '□').count(), text);
    }

    @Test
    void inEnglishAndForOneModuleOnly() throws Exception {
        Path out = dir.resolve("checklist-en.pdf");
        String module = CATALOG.item(1).orElseThrow().module();
        List<Integer> others = List.of(2, 3).stream()
                .filter(i -> !CATALOG.item(i).orElseThrow().module().equals(module))
                .toList();
        CliTest.Result r = CliTest.run(
                "plan", file.toString(), "--checklist", "--module", module, "--lang", "en", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String flat = squeeze(text(out));
        assertTrue(flat.contains("Interviewchecklist"), flat);
        assertTrue(flat.contains(squeeze(title(1, Language.EN))), flat);
        assertTrue(flat.contains("Notratedyet"), flat);
        for (int other : others) {
            assertFalse(flat.contains(squeeze(title(other, Language.EN))), "item " + other + " is in another module");
        }
    }

    @Test
    void neitherFormatNorChecklistOrAnUnknownModuleIsRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("nothing.pdf");
        CliTest.Result none = CliTest.run("plan", file.toString(), "-o", out.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--checklist"), none.err());
        CliTest.Result both =
                CliTest.run("plan", file.toString(), "--format", "csv", "--checklist", "-o", out.toString());
        assertEquals(2, both.exit());
        CliTest.Result module =
                CliTest.run("plan", file.toString(), "--checklist", "--module", "9.9", "-o", out.toString());
        assertEquals(2, module.exit());
        assertTrue(module.err().contains("9.9"), module.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void itemsNotApplicableAreLeftOutAndSettledItemsAreNotListed() {
        Map<Integer, Rating> ratings = new HashMap<>();
        for (AssessmentItem item : CATALOG.items()) {
            ratings.put(item.id(), Rating.of(item.id(), Rate.PARTIAL, Rate.FULL));
        }
        ratings.put(5, Rating.notApplicable(5, "不设外呼"));
        ratings.put(6, Rating.of(6, Rate.FULL, Rate.NONE));
        ratings.put(7, Rating.of(7, Rate.FULL, Rate.UNRATED));
        List<InterviewChecklist.Entry> entries =
                InterviewChecklist.select(CATALOG, ratings, Map.of(5, "N/A?", 8, "核实"));
        assertEquals(List.of(6, 7, 8), entries.stream().map(e -> e.item().id()).toList());
        assertEquals("核实", entries.get(2).flag());
    }
}
