package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportExporterTest {

    static byte[] pdf(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportExporter().write(model, out);
        return out.toByteArray();
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void chineseTextExtractsWithTheOrganizationAndTheReadinessLevel() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SampleReport.model(Language.ZH)))) {
            String text = text(doc);
            assertTrue(text.contains(SampleReport.ORGANIZATION), "organization name");
            assertTrue(text.contains("L2 专业级"), "readiness level");
            assertTrue(text.contains("就绪度评估报告"));
            assertTrue(text.contains("提升至 L3 标杆级 的改进路径"));
            assertTrue(text.contains("<script>alert(1)</script>"), "a note is shown as typed");
            assertTrue(text.contains("第 2 页，共 " + doc.getNumberOfPages() + " 页"));
            assertTrue(text.contains("cc-cmm-oc-2025-default"));
            // Ideographs that share a glyph with a Kangxi radical copy as the ideograph (目, not ⽬).
            assertTrue(text.contains("条目评分"));
            assertTrue(text.contains("中心战略与年度经营目标"));
            assertTrue(text.codePoints().noneMatch(PdfFonts::isRadicalOrCompatibility), "no radicals in the text");
        }
    }

    @Test
    void englishReportSaysTheLevelInEnglish() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SampleReport.model(Language.EN)))) {
            String text = text(doc);
            assertTrue(text.contains(SampleReport.ORGANIZATION));
            assertTrue(text.contains("L2 Professional"));
            assertTrue(text.contains("Summary"));
            assertTrue(text.contains("Page 3 of " + doc.getNumberOfPages()));
            assertFalse(text.contains("专业级"), "no Chinese level names in the English report");
            // Ligatures the font forms (ff, fi, fl, ffi) copy as their letters.
            assertTrue(text.contains("Staff satisfaction"), "ff ligature extracts as letters");
            assertTrue(text.contains("sufficiently"), "ffi ligature extracts as letters");
            assertTrue(text.contains("defined"), "fi ligature extracts as letters");
        }
    }

    @Test
    void everyPageIsA4AndTheBundledRegularFaceIsEmbeddedOnceAsASubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SampleReport.model(Language.ZH)))) {
            assertTrue(doc.getNumberOfPages() >= 8, "cover, summary, charts, path, items over pages, appendix");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-Regular"), font.getName());
                    PDType0Font t0 = (PDType0Font) font;
                    assertTrue(t0.getDescendantFont().getFontDescriptor().getFontFile2() != null, "TrueType program");
                    fonts.add(font.getName().substring(7));
                }
            }
            // Bold text is the regular face filled and outlined: no second face in the file.
            assertEquals(Set.of("NotoSansSC-Regular"), fonts);
        }
        // A subset: the 10 MB font shrinks to what the pages use.
        assertTrue(pdf(SampleReport.model(Language.EN)).length < 1_000_000);
    }

    @Test
    void itemsTableContinuesOnFollowingPagesWithItsHeader() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SampleReport.model(Language.EN)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithItemHeader = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                if (page.contains("Mod.") && page.contains("Note")) {
                    pagesWithItemHeader++;
                }
            }
            assertTrue(pagesWithItemHeader >= 3, "170 items need several pages, each with the header row");
            String all = text(doc);
            assertTrue(all.contains("170 5.0"), "the last item is there");
        }
    }

    @Test
    void aRowTallerThanAPageSplitsAcrossPagesWithoutLosingText() throws IOException {
        ReportModel sample = SampleReport.model(Language.ZH);
        StringBuilder note = new StringBuilder("开头标记 ");
        for (int i = 0; i < 400; i++) {
            note.append("第").append(i).append("条记录，跨部门转办超时；");
        }
        note.append(" 结尾标记");
        List<ItemRow> items = new ArrayList<>(sample.items());
        ItemRow first = items.get(0);
        items.set(
                0,
                new ItemRow(
                        first.id(),
                        first.module(),
                        first.title(),
                        first.level(),
                        Rate.FULL,
                        Rate.PARTIAL,
                        15,
                        note.toString()));
        ReportModel model = sample.withItems(items);
        try (PDDocument doc = Loader.loadPDF(pdf(model))) {
            String text = text(doc).replaceAll("\\s", "");
            assertTrue(text.contains("开头标记"));
            assertTrue(text.contains("结尾标记"));
            assertTrue(text.contains("第399条记录"));
        }
    }

    @Test
    void aModelWithoutPathActionsOrRatingsStillRenders() throws IOException {
        ReportModel s = SampleReport.model(Language.EN);
        ReportModel empty = new ReportModel(
                Language.EN,
                new Cover("", "", null, "", "", List.of(), new SourceRef("", ""), new SourceRef("", ""), "", ""),
                new Readiness(0, ReportText.of(Language.EN).belowLevelOne(), 0, 0, ""),
                List.of(),
                List.of(),
                ImprovementPath.none(),
                List.of(),
                List.of(),
                new RulesAppendix("", List.of(), "", "", ""),
                s.source());
        try (PDDocument doc = Loader.loadPDF(pdf(empty))) {
            String text = text(doc);
            assertTrue(text.contains("Below L1"));
            assertTrue(text.contains("No improvement path"));
        }
    }

    @Test
    void charactersMissingFromTheFontDoNotBreakTheExport() throws IOException {
        ReportModel s = SampleReport.model(Language.EN);
        List<ItemRow> items = new ArrayList<>(s.items());
        ItemRow first = items.get(0);
        items.set(
                0,
                new ItemRow(
                        first.id(),
                        first.module(),
                        first.title(),
                        first.level(),
                        first.c(),
                        first.f(),
                        first.points(),
                        "emoji 😀 tab\there bell\u0007 done"));
        ReportModel model = s.withItems(items);
        try (PDDocument doc = Loader.loadPDF(pdf(model))) {
            assertTrue(text(doc).contains("done"));
        }
    }
}
