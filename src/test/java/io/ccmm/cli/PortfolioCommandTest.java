package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.portfolio.PortfolioFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws Exception {
        Path clients = Files.createDirectories(dir.resolve("clients"));
        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(clients, s);
            PortfolioFixtures.reassess(f, "2026 复评", "2026-09-01", 30);
        }
        Files.writeString(clients.resolve("broken.ccmm"), "not an assessment");
    }

    @Test
    void theTableHasOneRowPerSiteAndMarksTheBrokenFile() {
        CliTest.Result r = CliTest.run("portfolio", dir.resolve("clients").toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].startsWith("Organization"), lines[0]);
        assertTrue(lines[0].contains("1.0") && lines[0].contains("5.0"), lines[0]);
        assertTrue(r.out().contains("某市12345政务服务便民热线"), r.out());
        assertTrue(r.out().contains("某省电力公司95598供电服务中心"), r.out());
        assertTrue(r.out().contains("某股份制银行信用卡中心"), r.out());
        assertTrue(r.out().contains("3 sites"), r.out());
        assertTrue(r.out().contains("marked: ") && r.out().contains("broken.ccmm"), r.out());

        CliTest.Result zh = CliTest.run("portfolio", dir.resolve("clients").toString(), "--lang", "zh");
        assertTrue(zh.out().startsWith("机构"), zh.out());
        assertTrue(zh.out().contains("3 个站点"), zh.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliTest.Result r = CliTest.run("portfolio", dir.resolve("clients").toString(), "--json", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("ccmm-portfolio", root.get("format").asText());
        assertEquals(1, root.get("formatVersion").asInt());
        JsonNode sites = root.get("sites");
        assertEquals(4, sites.size());
        List<String> industries = new ArrayList<>();
        for (JsonNode site : sites) {
            if (site.has("problem")) {
                assertEquals("UNREADABLE", site.get("problem").get("kind").asText());
                assertFalse(site.get("problem").get("message").asText().isBlank());
                assertTrue(site.get("source").asText().endsWith("broken.ccmm"));
                continue;
            }
            industries.add(site.get("industry").asText());
            for (String field : List.of(
                    "source",
                    "organization",
                    "site",
                    "latestRound",
                    "readinessLevel",
                    "nextLevel",
                    "modules",
                    "notApplicable",
                    "conflicts",
                    "rounds",
                    "trend")) {
                assertTrue(site.has(field), field);
            }
            assertEquals("2026 复评", site.get("latestRound").get("title").asText());
            assertEquals("2026-09-01", site.get("latestRound").get("date").asText());
            assertFalse(site.get("latestRound").get("final").asBoolean());
            assertEquals(36, site.get("latestRound").get("uid").asText().length());
            assertEquals(5, site.get("modules").size());
            assertTrue(site.get("modules").get("1.0").isNumber());
            assertEquals(2, site.get("rounds").asInt());
            assertEquals(2, site.get("trend").size());
            assertTrue(site.get("trend").get(0).get("readinessLevel").isInt());
        }
        assertEquals(
                List.of("finance", "government-hotline", "utility"),
                industries.stream().sorted().toList());
    }

    @Test
    void filtersNarrowTheRows() throws Exception {
        CliTest.Result r = CliTest.run(
                "portfolio", dir.resolve("clients").toString(), "--json", "--industry", "utility", "--status", "draft");
        assertEquals(0, r.exit(), r.err());
        JsonNode sites = new ObjectMapper().readTree(r.out()).get("sites");
        assertEquals(1, sites.size());
        assertEquals("utility", sites.get(0).get("industry").asText());
        CliTest.Result search =
                CliTest.run("portfolio", dir.resolve("clients").toString(), "--json", "--search", "信用卡");
        assertEquals(1, new ObjectMapper().readTree(search.out()).get("sites").size());
    }

    @Test
    void badSourcesAndOptionsAreUsageErrors() {
        CliTest.Result missing = CliTest.run("portfolio", dir.resolve("nowhere").toString(), "--lang", "en");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such folder or file"), missing.err());
        assertEquals("", missing.out());

        CliTest.Result level = CliTest.run("portfolio", dir.toString(), "--level", "7", "--lang", "en");
        assertEquals(2, level.exit());
        assertTrue(level.err().contains("--level: 7"), level.err());

        CliTest.Result status = CliTest.run("portfolio", dir.toString(), "--status", "done", "--lang", "en");
        assertEquals(2, status.exit());

        CliTest.Result password =
                CliTest.run("portfolio", "jdbc:postgresql://localhost/ccmm?user=a&password=secret", "--lang", "en");
        assertEquals(2, password.exit());
        assertTrue(password.err().contains("never given on the command line"), password.err());

        CliTest.Result noUser = CliTest.run("portfolio", "jdbc:postgresql://localhost/ccmm", "--lang", "zh");
        assertEquals(2, noUser.exit());
        assertTrue(noUser.err().contains("--user"), noUser.err());

        CliTest.Result unreachable =
                CliTest.run("portfolio", "jdbc:postgresql://127.0.0.1:1/ccmm", "--user", "x", "--lang", "en");
        assertEquals(2, unreachable.exit());
        assertTrue(unreachable.err().contains("Cannot reach the team library"), unreachable.err());
    }

    @Test
    void pdfSummaryInBothLanguages() throws Exception {
        Path zh = dir.resolve("组合.pdf");
        CliTest.Result r = CliTest.run(
                "portfolio", dir.resolve("clients").toString(), "--pdf", "-o", zh.toString(), "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(zh.toString()), r.out());
        String text = pdfText(zh);
        assertTrue(text.contains("评估组合概要"), text);
        assertTrue(text.contains("某市12345政务服务便民热线"), text);
        assertTrue(text.contains("某股份制银行信用卡中心"), text);
        assertTrue(text.contains("模块得分率对比"), text);
        assertTrue(text.contains("未能读取的文件") && text.contains("broken.ccmm"), text);

        Path en = dir.resolve("portfolio-en.pdf");
        CliTest.Result e = CliTest.run(
                "portfolio", dir.resolve("clients").toString(), "--format", "pdf", "-o", en.toString(), "--lang", "en");
        assertEquals(0, e.exit(), e.err());
        String english = pdfText(en);
        assertTrue(english.contains("Portfolio summary"), english);
        assertTrue(english.contains("Conflicts") && english.contains("N/A"), english);
        assertTrue(english.contains("3 sites, 1 file not read"), english);
    }

    @Test
    void pdfNeedsAnOutputAndOneFormat() {
        CliTest.Result noOutput =
                CliTest.run("portfolio", dir.resolve("clients").toString(), "--pdf", "--lang", "en");
        assertEquals(2, noOutput.exit());
        assertTrue(noOutput.err().contains("-o FILE"), noOutput.err());
        CliTest.Result both =
                CliTest.run("portfolio", dir.resolve("clients").toString(), "--json", "--format", "pdf", "-o", "x.pdf");
        assertEquals(2, both.exit());
        CliTest.Result bad = CliTest.run("portfolio", dir.resolve("clients").toString(), "--format", "docx");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("docx"), bad.err());
        assertFalse(Files.exists(Path.of("x.pdf")));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
