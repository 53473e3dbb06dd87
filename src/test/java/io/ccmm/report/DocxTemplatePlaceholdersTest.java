package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.storage.Branding;
import io.ccmm.team.Agreement;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Word template's logo, raters, agreement and scoring-explanation placeholders, in a template edited by script. */
class DocxTemplatePlaceholdersTest {

    static byte[] logo;

    @BeforeAll
    static void load() throws Exception {
        PlanReportTest.load();
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x00FF00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        logo = out.toByteArray();
    }

    /** The default template, edited as a user would: a line of their own and the logo in the page header. */
    static byte[] editedTemplate(Language language) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        DocxTemplate.writeDefault(ReportText.of(language), plain);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(plain.toByteArray()))) {
            XWPFParagraph own =
                    doc.insertNewParagraph(doc.getParagraphs().get(0).getCTP().newCursor());
            XWPFRun a = own.createRun();
            a.setText("Prepared for the board by {{consul");
            a.setItalic(true);
            own.createRun().setText("tancy}} for {{client}}");
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("{{logo}}");
            header.createParagraph().createRun().setText("Confidential");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static ReportModel model(Language language, ReportExtras extras) {
        return new ReportService()
                .model(
                        ReportInput.of(PlanReportTest.bundle, PlanReportTest.bank)
                                .withPlan(PlanReportTest.plan(true).withExtras(extras)),
                        language);
    }

    static XWPFDocument fill(byte[] template, ReportModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxTemplate.fill(template, model, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void logoRatersAgreementAndExplanationAreFilledAndTheUsersTextStays() throws Exception {
        ReportExtras extras = new ReportExtras(
                new Branding("Acme 咨询", "某银行", logo, "image/png", ""),
                List.of("张三", "李四"),
                Optional.empty(),
                List.of(
                        new Agreement.Figure("张三", "李四", "", Agreement.Angle.C, 40, 85.0, OptionalDouble.of(0.72)),
                        new Agreement.Figure("张三", "李四", "1.0", Agreement.Angle.F, 12, 75.0, OptionalDouble.empty())));
        for (Language language : Language.values()) {
            ReportModel model = model(language, extras);
            ReportText t = model.text();
            try (XWPFDocument doc = fill(editedTemplate(language), model)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertFalse(text.contains("{{"), text);
                assertEquals(
                        "Prepared for the board by Acme 咨询 for 某银行",
                        doc.getParagraphs().get(0).getText());
                assertTrue(doc.getParagraphs().get(0).getRuns().get(0).isItalic(), "the user's formatting stays");
                assertTrue(text.contains(t.get("cover.raters") + ": 张三" + t.get("list.separator") + "李四"), text);

                // The logo: at the top of the body and in the page header, whose own text stays.
                assertFalse(
                        doc.getParagraphs()
                                .get(1)
                                .getRuns()
                                .get(0)
                                .getEmbeddedPictures()
                                .isEmpty(),
                        "logo on top");
                XWPFHeader header = doc.getHeaderList().get(0);
                assertEquals(1, header.getAllPictures().size(), "logo in the header");
                assertTrue(
                        header.getParagraphs().stream()
                                .anyMatch(p -> p.getText().equals("Confidential")),
                        header.getParagraphs().size() + " " + header.getText());

                XWPFTable agreement = doc.getTables().stream()
                        .filter(tb -> tb.getRow(0).getCell(0).getText().equals(t.get("team.column.pair")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no agreement table"));
                assertEquals(3, agreement.getNumberOfRows(), "header and one row per figure");
                assertEquals("0.72", agreement.getRow(1).getCell(5).getText());

                ExtrasSection.ExplainedLevel first =
                        model.extras().explanation().get(0);
                XWPFParagraph title = doc.getParagraphs().stream()
                        .filter(p -> p.getText().equals(first.title()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no explanation title " + first.title()));
                assertTrue(title.getRuns().get(0).isBold());
                int at = doc.getParagraphs().indexOf(title);
                assertEquals(
                        first.lines().get(0).text(),
                        doc.getParagraphs().get(at + 1).getText());
                for (ExtrasSection.ExplainedLevel level : model.extras().explanation()) {
                    assertTrue(text.contains(level.title()), level.title());
                }
            }
        }
    }

    @Test
    void withoutBrandingOrTeamThosePlaceholdersLeaveNothing() throws Exception {
        ReportModel model = model(Language.EN, ReportExtras.NONE);
        try (XWPFDocument doc = fill(editedTemplate(Language.EN), model)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertFalse(text.contains("{{"), text);
            assertFalse(text.contains("Raters:"), text);
            assertTrue(doc.getHeaderList().get(0).getAllPictures().isEmpty());
            assertTrue(doc.getTables().stream()
                    .noneMatch(tb -> tb.getRow(0).getCell(0).getText().equals("Raters")));
            // radar and the trend chart of the plan's two rounds, no logo
            assertEquals(2, doc.getAllPictures().size());
        }
    }
}
