package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReportExporterTest {

    static XWPFDocument docx(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportExporter().write(model, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void headingsUseWordsBuiltInHeadingStyles() throws IOException {
        try (XWPFDocument doc = docx(SampleReport.model(Language.ZH))) {
            List<String> h1 = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertEquals(List.of("摘要", "模块概览", "提升至 L3 标杆级 的改进路径", "条目评分", "改进行动", "附录：所用规则"), h1);
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            assertEquals("heading 2", doc.getStyles().getStyle("Heading2").getName());
            assertEquals("Title", doc.getStyles().getStyle("Title").getName());
            String all =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(all.contains(SampleReport.ORGANIZATION));
            assertTrue(all.contains("L2 专业级"));
        }
    }

    @Test
    void itemTableHoldsEveryItemWithAHeaderThatRepeats() throws IOException {
        try (XWPFDocument doc = docx(SampleReport.model(Language.EN))) {
            XWPFTable items = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("No."))
                    .findFirst()
                    .orElseThrow();
            assertEquals(171, items.getNumberOfRows());
            assertTrue(items.getRow(0).isRepeatHeader());
            assertEquals("17", items.getRow(17).getCell(0).getText());
            assertEquals(SampleReport.SCRIPT_NOTE, items.getRow(17).getCell(7).getText());
            // Item 17 is rated 0/0: highlighted.
            assertEquals("FDECEA", items.getRow(17).getCell(0).getColor());
            // Item 23 is not rated: dashes.
            assertEquals("—", items.getRow(23).getCell(4).getText());
        }
    }

    @Test
    void chartsArePngPicturesAndPagesHaveHeaderAndFooter() throws IOException {
        try (XWPFDocument doc = docx(SampleReport.model(Language.ZH))) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertEquals(2, pictures.size());
            for (XWPFPictureData p : pictures) {
                assertEquals("png", p.suggestFileExtension());
                assertTrue(p.getData().length > 5_000);
            }
            assertNotNull(doc.getHeaderFooterPolicy().getDefaultHeader());
            assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains(SampleReport.ORGANIZATION));
            assertTrue(doc.getHeaderFooterPolicy().getDefaultFooter().getText().contains("第"));
        }
    }

    @Test
    void chartsDrawnBesideTheDocumentAreTheModelsChartsInReadingOrder() throws IOException {
        ReportModel model = SampleReport.model(Language.EN);
        DocxCharts.Pictures drawn = DocxCharts.draw(model);
        try (XWPFDocument doc = docx(model)) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertEquals(2, pictures.size());
            assertArrayEquals(drawn.radar().png(), pictures.get(0).getData(), "the radar first");
            assertArrayEquals(drawn.distribution().png(), pictures.get(1).getData(), "then the distribution");
        }
    }
}
