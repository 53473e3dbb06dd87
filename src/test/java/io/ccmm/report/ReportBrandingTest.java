package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.catalog.Language;
import io.ccmm.storage.Branding;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The file's branding on the reports: logo, client and consultancy on the cover and in headers, in every format. */
class ReportBrandingTest {

    static final String CONSULTANCY = "Acme & Partners 咨询";
    static final String CLIENT = "某银行股份有限公司";

    static byte[] logo;

    @BeforeAll
    static void makeLogo() throws Exception {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xAA3300));
        g.fillRect(0, 0, 240, 80);
        g.setColor(Color.WHITE);
        g.fillOval(20, 10, 60, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        logo = png.toByteArray();
        PlanReportTest.load();
    }

    static ReportModel model(Branding branding, Language language) {
        ReportPlan plan = PlanReportTest.plan(true)
                .withExtras(new ReportExtras(branding, List.of(), Optional.empty(), List.of()));
        return new ReportService()
                .model(
                        ReportInput.of(PlanReportTest.bundle, PlanReportTest.bank)
                                .withPlan(plan),
                        language);
    }

    static byte[] write(String format, ReportModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportService().format(format).write(model, out);
        return out.toByteArray();
    }

    static Branding branded() {
        return new Branding(CONSULTANCY, CLIENT, logo, "image/png", "#AA3300");
    }

    /** The images drawn on a PDF page. */
    static List<PDImageXObject> images(PDPage page) throws Exception {
        List<PDImageXObject> found = new java.util.ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                found.add(image);
            }
        }
        return found;
    }

    @Test
    void thePdfCoverCarriesTheLogoClientAndConsultancyAndTheRunningHeaderTheConsultancy() throws Exception {
        ReportModel model = model(branded(), Language.ZH);
        assertTrue(
                model.extras().warnings().isEmpty(), model.extras().warnings().toString());
        byte[] pdf = write("pdf", model);
        Path out = Path.of("target", "branded-report-zh.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDImageXObject> cover = images(doc.getPage(0));
            assertEquals(1, cover.size(), "the logo on the cover");
            assertEquals(240, cover.get(0).getWidth());
            assertEquals(80, cover.get(0).getHeight());
            assertEquals(new Color(0xAA3300).getRGB(), cover.get(0).getImage().getRGB(120, 5), "the logo's own pixels");
            org.apache.pdfbox.text.PDFTextStripper strip = new org.apache.pdfbox.text.PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String first = strip.getText(doc);
            assertTrue(first.contains("客户"), first);
            assertTrue(first.contains(CLIENT), first);
            assertTrue(first.contains("评估机构"), first);
            assertTrue(first.contains(CONSULTANCY), first);
            strip.setStartPage(3);
            strip.setEndPage(3);
            assertTrue(strip.getText(doc).contains("Acme & Partners"), "the running header names the consultancy");
        }
    }

    @Test
    void theWordReportHasTheLogoPictureAndTheNames() throws Exception {
        ReportModel model = model(branded(), Language.EN);
        byte[] docx = write("docx", model);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            byte[] expected = model.extras().brand().logoPng();
            boolean found = false;
            for (XWPFPictureData p : doc.getAllPictures()) {
                found |= Arrays.equals(expected, p.getData());
            }
            assertTrue(found, "the logo is one of the pictures");
            assertTrue(
                    doc.getParagraphs()
                                    .get(0)
                                    .getRuns()
                                    .get(0)
                                    .getEmbeddedPictures()
                                    .size()
                            == 1,
                    "the logo opens the cover");
            String text = words.getText();
            assertTrue(text.contains("Client\t" + CLIENT) || text.contains(CLIENT), text);
            assertTrue(text.contains("Prepared by"), text);
            assertTrue(text.contains(CONSULTANCY), text);
            boolean header = false;
            for (XWPFHeader h : doc.getHeaderList()) {
                header |= h.getText().contains(CONSULTANCY);
            }
            assertTrue(header, "the running header names the consultancy");
        }
    }

    @Test
    void theHtmlReportEmbedsTheLogoAndUsesTheAccentColour() throws Exception {
        ReportModel model = model(branded(), Language.EN);
        String html = new String(write("html", model), StandardCharsets.UTF_8);
        String data = "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(model.extras().brand().logoPng());
        assertTrue(html.contains("class=\"brand-logo\""), "the logo");
        assertTrue(html.contains(data), "embedded, not linked");
        assertTrue(html.contains("<dt>Prepared by</dt><dd>Acme &amp; Partners 咨询</dd>"), "the consultancy, escaped");
        assertTrue(html.contains("<dt>Client</dt><dd>" + CLIENT + "</dd>"));
        assertTrue(html.contains("--accent:#AA3300"), "the accent colour");
    }

    @Test
    void theWorkbookNamesClientAndConsultancyInEveryPrintedHeaderAndOnTheSummary() throws Exception {
        ReportModel model = model(branded(), Language.ZH);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write("xlsx", model)))) {
            assertTrue(wb.getNumberOfSheets() > 5);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sh = wb.getSheetAt(i);
                assertEquals(CLIENT, sh.getHeader().getLeft(), sh.getSheetName());
                assertEquals("Acme && Partners 咨询", sh.getHeader().getRight(), "'&' doubled: " + sh.getSheetName());
            }
            XSSFSheet summary = wb.getSheet(ReportText.of(Language.ZH).get("sheet.summary"));
            boolean consultancy = false;
            for (var row : summary) {
                consultancy |= row.getCell(0).getStringCellValue().equals("评估机构")
                        && row.getCell(1).getStringCellValue().equals(CONSULTANCY);
            }
            assertTrue(consultancy, "the summary sheet names the consultancy");
        }
    }

    @Test
    void theJsonReportNamesTheBranding() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write("json", model(branded(), Language.EN)));
        JsonNode branding = json.get("appendices").get("branding");
        assertEquals(CONSULTANCY, branding.get("consultancy").asText());
        assertEquals(CLIENT, branding.get("client").asText());
        assertTrue(branding.get("logo").asBoolean());
    }

    @Test
    void withoutBrandingThereIsNoLogoAndNoBrandLine() throws Exception {
        ReportModel model = model(Branding.NONE, Language.EN);
        try (PDDocument doc = Loader.loadPDF(write("pdf", model))) {
            assertEquals(List.of(), images(doc.getPage(0)));
        }
        String html = new String(write("html", model), StandardCharsets.UTF_8);
        assertFalse(html.contains("brand-logo\" alt"), "no logo");
        assertFalse(html.contains("Prepared by"));
        assertFalse(html.contains("<style>:root { --accent:"), "the report's own accent");
    }

    @Test
    void aDamagedLogoLeavesTheReportWithoutItAndSaysSo() throws Exception {
        byte[] damaged = Arrays.copyOf(logo, 60);
        for (Language language : Language.values()) {
            ReportModel model = model(new Branding(CONSULTANCY, CLIENT, damaged, "image/png", ""), language);
            assertEquals(1, model.extras().warnings().size());
            assertTrue(
                    model.extras().warnings().get(0).contains("60"),
                    model.extras().warnings().get(0));
            assertFalse(model.extras().brand().hasLogo());
            assertEquals(CONSULTANCY, model.extras().brand().consultancy(), "the names stay");
            for (String format : List.of("pdf", "docx", "html", "xlsx", "csv", "json")) {
                assertTrue(write(format, model).length > 0, format);
            }
            try (PDDocument doc = Loader.loadPDF(write("pdf", model))) {
                assertEquals(List.of(), images(doc.getPage(0)));
            }
        }
        ReportModel notAnImage = model(
                new Branding("", "", "GIF89a but not really".getBytes(StandardCharsets.US_ASCII), "image/gif", ""),
                Language.EN);
        assertEquals(1, notAnImage.extras().warnings().size());
        assertTrue(notAnImage.extras().warnings().get(0).contains("without it"));
    }

    @Test
    void aLargeLogoIsScaledDownKeepingItsProportions() throws Exception {
        BufferedImage big = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        ReportModel model = model(new Branding("", "", png.toByteArray(), "image/png", ""), Language.EN);
        ExtrasSection.Brand b = model.extras().brand();
        assertEquals(ExtrasSectionFactory.LOGO_MAX_PIXELS, b.logoWidth());
        assertEquals(267, b.logoHeight());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(b.logoPng()));
        assertArrayEquals(new int[] {b.logoWidth(), b.logoHeight()}, new int[] {read.getWidth(), read.getHeight()});
    }
}
