package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Branding;
import io.ccmm.storage.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccmm report} from a {@code .ccmm} file: the team's raters and sign-off on the cover, the rater agreement
 * appendix with the figures of {@code ccmm agreement}, the scoring explanation appendix in the words of {@code ccmm
 * explain}, and a damaged logo that costs the logo only.
 */
class ReportAppendicesTest {

    private static final String BANK =
            Path.of("assessment-items/samples/bank-card-center-2026.json").toString();

    @TempDir
    Path dir;

    Path master;

    /** A master merged from two raters' field copies of module 1.0 (as the scripted team session), signed off. */
    void teamMaster() throws Exception {
        master = SampleFiles.hotline(dir.resolve("master.ccmm"));
        Path a = dir.resolve("zhangsan.ccmm");
        Path b = dir.resolve("lisi.ccmm");
        assertEquals(
                0,
                CliTest.run("fieldcopy", master.toString(), "--assessor", "张三", "--modules", "1.0", "-o", a.toString())
                        .exit());
        assertEquals(
                0,
                CliTest.run("fieldcopy", master.toString(), "--assessor", "李四", "--modules", "1.0", "-o", b.toString())
                        .exit());
        try (AssessmentFile ca = AssessmentFile.open(a, OpenMode.READ_WRITE);
                AssessmentFile cb = AssessmentFile.open(b, OpenMode.READ_WRITE)) {
            long round = ca.rounds().get(0).id();
            for (int item = 1; item <= 20; item++) {
                Rate c = item % 3 == 0 ? Rate.FULL : item % 3 == 1 ? Rate.PARTIAL : Rate.NONE;
                Rate f = item % 2 == 0 ? Rate.FULL : Rate.PARTIAL;
                ca.saveRating(round, Rating.of(item, c, f));
                cb.saveRating(round, Rating.of(item, item % 5 == 0 ? Rate.FULL : c, item % 4 == 0 ? Rate.PARTIAL : f));
            }
        }
        assertEquals(
                0,
                CliTest.run("merge", master.toString(), a.toString(), b.toString())
                        .exit());
        try (AssessmentFile m = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            m.signOff(m.rounds().get(0).id(), "赵六", "2026-03-05", "结果经复核无误");
            java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(200, 60, 1);
            java.awt.Graphics2D g = logo.createGraphics();
            g.setColor(new java.awt.Color(0x1F7A4D));
            g.fillRect(0, 0, 200, 60);
            g.dispose();
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(logo, "png", png);
            m.saveBranding(new Branding("华信咨询有限公司", "某市政务服务管理局", png.toByteArray(), "image/png", "#1F7A4D"));
        }
    }

    private CliTest.Result report(Path in, String format, String lang, Path out) {
        return CliTest.run("report", in.toString(), "--format", format, "--lang", lang, "-o", out.toString());
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aTeamRoundNamesItsRatersAndSignOffAndGivesTheFiguresOfCcmmAgreement() throws Exception {
        teamMaster();
        JsonNode figures = new ObjectMapper()
                .readTree(CliTest.run("agreement", master.toString(), "--json", "--lang", "en")
                        .out())
                .get("agreement");
        assertTrue(figures.size() >= 4, figures.toString());

        Path json = dir.resolve("r.json");
        assertEquals(0, report(master, "json", "en", json).exit());
        JsonNode appendices = new ObjectMapper().readTree(json.toFile()).get("appendices");
        assertEquals(2, appendices.get("raters").size());
        assertTrue(appendices.get("raters").toString().contains("张三"));
        assertTrue(appendices.get("raters").toString().contains("李四"));
        JsonNode rows = appendices.get("agreement");
        assertEquals(figures.size(), rows.size(), "one row per figure of ccmm agreement");
        for (int i = 0; i < figures.size(); i++) {
            JsonNode f = figures.get(i);
            JsonNode r = rows.get(i);
            assertEquals(
                    f.get("first").asText() + " & " + f.get("second").asText(),
                    r.get("pair").asText());
            assertEquals(f.get("angle").asText(), r.get("angle").asText());
            assertEquals(f.get("items").asInt(), r.get("items").asInt());
            assertEquals(
                    f.get("exactPercent").decimalValue().toPlainString() + "%",
                    r.get("exact").asText());
            String kappa = f.get("kappa").isNull()
                    ? "—"
                    : f.get("kappa")
                            .decimalValue()
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString();
            assertEquals(kappa, r.get("kappa").asText(), r.toString());
            assertEquals(f.get("reading").asText(), r.get("reading").asText());
        }
        assertEquals("赵六, 2026-03-05", appendices.get("signOff").get("by").asText());

        Path html = dir.resolve("r.html");
        assertEquals(0, report(master, "html", "en", html).exit());
        String h = Files.readString(html);
        assertTrue(h.contains("<dt>Raters</dt><dd>张三, 李四</dd>") || h.contains("<dt>Raters</dt><dd>李四, 张三</dd>"), h);
        assertTrue(h.contains("<dt>Signed off</dt><dd>赵六, 2026-03-05</dd>"), "who and when on the cover");
        assertTrue(h.contains("Appendix: rater agreement"));
        assertTrue(
                h.contains("<td>All modules</td><td>C</td><td>20</td><td>85.0%</td><td>0.72</td>"
                        + "<td>substantial agreement</td>"),
                "the published team session's figure");
        assertTrue(h.contains("结果经复核无误"), "the sign-off statement");

        Path pdf = dir.resolve("r.pdf");
        assertEquals(0, report(master, "pdf", "zh", pdf).exit());
        Files.copy(pdf, Path.of("target", "team-report-zh.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String p = pdfText(pdf);
        assertTrue(p.contains("评估员"), p);
        assertTrue(p.contains("华信咨询有限公司") && p.contains("某市政务服务管理局"), "the branding read from the file");
        assertTrue(p.contains("赵六, 2026-03-05"), p);
        assertTrue(p.contains("附录：评估员一致性"), p);
        assertTrue(p.contains("高度一致"), "Landis and Koch in Chinese");
        assertTrue(p.contains("全部模块"), p);

        Path docx = dir.resolve("r.docx");
        assertEquals(0, report(master, "docx", "zh", docx).exit());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("附录：评估员一致性"), text);
            assertTrue(text.contains("85.0%"), text);
            assertTrue(text.contains("签核"), text);
        }

        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(0, report(master, "xlsx", "en", xlsx).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Rater agreement");
            assertTrue(sheet != null, "a rater agreement sheet");
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(1) != null
                        && row.getCell(1).getStringCellValue().equals("All modules")
                        && row.getCell(2).getStringCellValue().equals("C")
                        && row.getCell(4).getNumericCellValue() == 85.0
                        && Math.abs(row.getCell(5).getNumericCellValue() - 0.72) < 0.005;
            }
            assertTrue(found, "the figures as numbers");
        }
    }

    @Test
    void aSingleRaterFileHasNoTeamOnTheCoverAndNoAgreementAppendix() throws Exception {
        master = SampleFiles.hotline(
                dir.resolve("single.ccmm"), (f, round) -> f.saveRating(round, Rating.of(1, Rate.FULL, Rate.FULL)));
        for (String lang : List.of("en", "zh")) {
            Path html = dir.resolve("single-" + lang + ".html");
            assertEquals(0, report(master, "html", lang, html).exit());
            String h = Files.readString(html);
            assertFalse(h.contains("<dt>Raters</dt>") || h.contains("<dt>评估员</dt>"), h);
            assertFalse(h.contains("rater agreement") || h.contains("评估员一致性"), "no agreement appendix");
            assertFalse(h.contains("<dt>Signed off</dt>") || h.contains("<dt>签核</dt>"), "not signed off");
            Path pdf = dir.resolve("single-" + lang + ".pdf");
            assertEquals(0, report(master, "pdf", lang, pdf).exit());
            String p = pdfText(pdf);
            assertFalse(p.contains("Appendix: rater agreement") || p.contains("附录：评估员一致性"), p);
        }
    }

    /** The explanation appendix says, level by level, exactly what {@code ccmm explain} prints. */
    @Test
    void theScoringExplanationAppendixHasTheWordsOfCcmmExplain() throws Exception {
        for (String lang : List.of("en", "zh")) {
            CliTest.Result explain = CliTest.run("explain", BANK, "--lang", lang);
            assertEquals(0, explain.exit(), explain.err());
            List<String> expected = new ArrayList<>();
            String[] lines = explain.out().split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    expected.add(lines[i].strip());
                }
            }
            assertTrue(expected.size() > 40, "five levels explained: " + expected);

            Path html = dir.resolve("explain-" + lang + ".html");
            assertEquals(0, report(Path.of(BANK), "html", lang, html).exit());
            String h = Files.readString(html);
            int at = h.indexOf(lang.equals("en") ? "Appendix: how each level was scored" : "附录：各等级的计分说明");
            assertTrue(at > 0, "the appendix");
            List<String> shown = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("<(h3|p)[^>]*>([^<]*)</\\1>")
                    .matcher(h.substring(at));
            while (m.find()) {
                shown.add(unescape(m.group(2)));
            }
            assertEquals(expected, shown.subList(1, shown.size()), "the same lines in the same order");

            Path docx = dir.resolve("explain-" + lang + ".docx");
            assertEquals(0, report(Path.of(BANK), "docx", lang, docx).exit());
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
                List<String> paragraphs = doc.getParagraphs().stream()
                        .map(p -> p.getText().strip())
                        .toList();
                int start = paragraphs.indexOf(expected.get(0));
                assertTrue(start > 0, paragraphs.toString());
                assertEquals(expected, paragraphs.subList(start, start + expected.size()));
            }

            Path pdf = dir.resolve("explain-" + lang + ".pdf");
            assertEquals(0, report(Path.of(BANK), "pdf", lang, pdf).exit());
            String flat = pdfText(pdf).replaceAll("\\s+", "");
            for (String line : expected) {
                assertTrue(flat.contains(line.replaceAll("\\s+", "")), lang + ": " + line);
            }
        }
    }

    @Test
    void aDamagedLogoInTheFileStillMakesTheReportAndTellsTheUser() throws Exception {
        master = SampleFiles.hotline(
                dir.resolve("branded.ccmm"),
                (f, round) -> f.saveBranding(new Branding(
                        "Acme 咨询",
                        "",
                        "\u0089PNG\r\n\u001a\n broken".getBytes(StandardCharsets.ISO_8859_1),
                        "image/png",
                        "")));
        Path pdf = dir.resolve("branded.pdf");
        CliTest.Result r = report(master, "pdf", "en", pdf);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("could not be read as an image"), r.err());
        assertTrue(pdfText(pdf).contains("Acme 咨询"), "the names are kept");
        CliTest.Result zh = report(master, "html", "zh", dir.resolve("branded.html"));
        assertEquals(0, zh.exit());
        assertTrue(zh.err().contains("无法作为图像读取"), zh.err());
        assertFalse(Files.readString(dir.resolve("branded.html")).contains("data:image/png"));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
