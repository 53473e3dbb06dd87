package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.OpenMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ccmm report: every format from the sample, the exit codes of FORMATS.md, and nothing written on failure. */
class ReportCommandTest {

    static final String ORGANIZATION = "某市12345政务服务便民热线";

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path json = dir.resolve("12345-hotline-2026.json");
        if (!Files.exists(json)) {
            try (InputStream in = getClass().getResourceAsStream("/assessment-items/samples/12345-hotline-2026.json")) {
                Files.write(json, in.readAllBytes());
            }
        }
        return json;
    }

    private Path out(String name) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        return out.resolve(name);
    }

    private List<Path> outputs() throws IOException {
        Path out = dir.resolve("out");
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.sorted().toList();
        }
    }

    private CliTest.Result report(Path in, String format, String lang, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("report", in.toString(), "--format", format, "--lang", lang, "-o", out.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void everyFormatIsWrittenFromTheSample() throws Exception {
        for (String format : List.of("pdf", "docx", "html", "xlsx", "csv", "json")) {
            Path out = out("sample." + format);
            CliTest.Result r = report(sample(), format, "zh", out);
            assertEquals(0, r.exit(), format + ": " + r.err());
            assertEquals("", r.err());
            assertTrue(Files.size(out) > 0, format);
        }
        assertEquals(6, outputs().size(), "no temporary files: " + outputs());

        try (PDDocument pdf = Loader.loadPDF(out("sample.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(ORGANIZATION), "organization name in the PDF text");
            assertTrue(text.contains("L2"), "readiness level in the PDF text");
            assertTrue(text.contains("L2 专业级"));
            assertTrue(text.contains("96.4%"), "the L1 percent of ccmm score");
            assertTrue(text.contains("提升至 L3 标杆级 的改进路径"));
        }
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out("sample.docx")));
                XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            String text = words.getText();
            assertTrue(text.contains(ORGANIZATION));
            assertTrue(text.contains("L2 专业级"));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(out("sample.xlsx")))) {
            assertTrue(xlsx.getNumberOfSheets() >= 3);
        }
        String html = Files.readString(out("sample.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(ORGANIZATION));
        byte[] csv = Files.readAllBytes(out("sample.csv"));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM for Excel");
        String json = Files.readString(out("sample.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"ccmm-assessment\""), json.substring(0, 80));
    }

    @Test
    void englishReportSaysTheLevelInEnglish() throws Exception {
        Path out = out("sample-en.pdf");
        CliTest.Result r = report(sample(), "PDF", "EN", out);
        assertEquals(0, r.exit(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(ORGANIZATION));
            assertTrue(text.contains("L2 Professional"));
        }
    }

    @Test
    void aCcmmFileReportsTheRoundWithItsImprovementActions() throws Exception {
        Path ccmm = dir.resolve("center.ccmm");
        assertEquals(
                0,
                CliTest.run("import", sample().toString(), "--into", ccmm.toString())
                        .exit());
        try (AssessmentFile f = AssessmentFile.open(ccmm, OpenMode.READ_WRITE)) {
            long round = f.latestRound().orElseThrow().id();
            ImprovementAction a = f.addAction(ImprovementAction.of(round, 26, "制定坐席招聘画像与甄选流程", "张敏", "2026-06-30"));
            f.updateAction(a.withStatus(ActionStatus.IN_PROGRESS));
            f.addAction(ImprovementAction.of(round, 95, "月度绩效方案补充评分细则", "李卫东", "2026-05-31"));
        }
        Path out = out("center.html");
        CliTest.Result r = report(ccmm, "html", "zh", out, "--round", "1");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("制定坐席招聘画像与甄选流程"), "the round's actions are in the report");
        assertTrue(html.contains("进行中"));
        assertTrue(html.contains("待办"));
        assertTrue(html.contains(ORGANIZATION));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(
                broken,
                "{\"format\": \"ccmm-assessment\", \"formatVersion\": 1, \"ratings\": [{\"item\": 1, \"c\": 7}]}");
        Path out = out("broken.pdf");
        CliTest.Result r = report(broken, "pdf", "zh", out);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ccmm: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
        assertEquals(List.of(), outputs());

        CliTest.Result missing = report(dir.resolve("nope.json"), "pdf", "zh", out);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("文件不存在"), missing.err()); // messages follow --lang
        missing = report(dir.resolve("nope.json"), "pdf", "en", out);
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(List.of(), outputs());
    }

    @Test
    void aFailedReportLeavesAnEarlierFileAsItWas() throws Exception {
        Path out = out("kept.pdf");
        Files.writeString(out, "last week's report");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "not json");
        assertEquals(2, report(broken, "pdf", "zh", out).exit());
        assertEquals("last week's report", Files.readString(out));
        assertEquals(List.of(out), outputs());
    }

    @Test
    void unknownFormatOrLanguageNamesTheAllowedValues() throws Exception {
        CliTest.Result format = report(sample(), "odt", "en", out("x.odt"));
        assertEquals(2, format.exit());
        assertEquals(
                "ccmm: --format: \"odt\" is not one of pdf, docx, html, xlsx, csv, json",
                format.err().strip());

        CliTest.Result lang = report(sample(), "pdf", "fr", out("x.pdf"));
        assertEquals(2, lang.exit());
        assertEquals("ccmm: --lang: \"fr\" is not one of zh, en", lang.err().strip());

        CliTest.Result target = report(sample(), "pdf", "zh", out("x.pdf"), "--target", "6");
        assertEquals(2, target.exit());
        assertEquals(List.of(), outputs());
    }

    @Test
    void missingOptionsAreBadUsage() throws Exception {
        CliTest.Result r = CliTest.run("report", sample().toString(), "--format", "pdf");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--lang") || r.err().contains("-o"), r.err());
        assertEquals(List.of(), outputs());
    }

    @Test
    void anUnwritableOutputExitsTwoWithNothingLeft() throws Exception {
        Path plainFile = out("plain-file");
        Files.writeString(plainFile, "x");
        CliTest.Result r = report(sample(), "pdf", "en", plainFile.resolve("report.pdf"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
        assertEquals(List.of(plainFile), outputs());
        assertEquals("x", Files.readString(plainFile));

        CliTest.Result noFolder = report(sample(), "pdf", "en", dir.resolve("no/such/folder/report.pdf"));
        assertEquals(2, noFolder.exit());
        assertTrue(noFolder.err().contains("does not exist"), noFolder.err());
        assertFalse(Files.exists(dir.resolve("no")));

        CliTest.Result folder = report(sample(), "pdf", "en", dir.resolve("out"));
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }

    @Test
    void theAssessmentIsNeverOverwrittenByItsReport() throws Exception {
        Path json = sample();
        byte[] before = Files.readAllBytes(json);
        CliTest.Result r = report(json, "json", "zh", json);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("就是评估文件本身"), r.err());
        r = report(json, "json", "en", json);
        assertTrue(r.err().contains("is the assessment itself"), r.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(json));
    }

    @Test
    void theCommandIsListedInTheHelp() {
        CliTest.Result r = CliTest.run("--help");
        assertTrue(r.out().contains("report"), r.out());
        CliTest.Result help = CliTest.run("report", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format"), help.out());
    }
}
