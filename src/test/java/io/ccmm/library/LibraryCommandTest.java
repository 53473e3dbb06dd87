package io.ccmm.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.cli.Cli;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm library init|publish} and {@code ccmm portfolio jdbc:postgresql://…} against a real server. */
class LibraryCommandTest {

    record Result(int exit, String out, String err) {}

    @TempDir
    static Path dir;

    static String url;
    static List<Path> files = new ArrayList<>();

    @BeforeAll
    static void library() throws Exception {
        url = TestPostgres.newLibrary("wang_li", "zhao_min");
        for (String s : PortfolioFixtures.SAMPLES) {
            Path f = PortfolioFixtures.sampleFile(dir, s);
            PortfolioFixtures.reassess(f, "2026 复评", "2026-09-01", 60);
            files.add(f);
        }
        Path evidence = Files.writeString(dir.resolve("排班表.txt"), "排班表 2026");
        try (AssessmentFile f = AssessmentFile.open(files.get(0), OpenMode.READ_WRITE)) {
            f.attachEvidence(f.latestRound().orElseThrow().id(), 1, evidence);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void initPublishAndTheLibrarysPortfolio() throws Exception {
        Result beforeInit = run("library", "publish", files.get(0).toString(), "--to", url, "--user", "wang_li");
        assertEquals(2, beforeInit.exit());
        assertTrue(beforeInit.err().contains("ccmm library init"), beforeInit.err());

        Result init = run("library", "init", "--to", url, "--user", "ccmm_owner", "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("schema version 1"), init.out());

        for (Path f : files) {
            try (AssessmentFile a = AssessmentFile.openForReading(f)) {
                for (Round r : a.rounds()) {
                    Result p = run(
                            "library",
                            "publish",
                            f.toString(),
                            "--round",
                            String.valueOf(r.id()),
                            "--to",
                            url,
                            "--user",
                            "wang_li",
                            "--with-evidence",
                            "--lang",
                            "en");
                    assertEquals(0, p.exit(), p.err());
                    assertTrue(p.out().startsWith("Published round"), p.out());
                }
            }
        }
        Result again = run("library", "publish", files.get(0).toString(), "--to", url, "--user", "wang_li");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("replacing") || again.out().contains("替换"), again.out());
        assertEquals(6, count("SELECT count(*) FROM ccmm.round"));
        assertEquals(1, count("SELECT count(*) FROM ccmm.evidence"));

        Result portfolio = run("portfolio", url, "--user", "zhao_min", "--json");
        assertEquals(0, portfolio.exit(), portfolio.err());
        JsonNode sites = new ObjectMapper().readTree(portfolio.out()).get("sites");
        assertEquals(3, sites.size());
        for (JsonNode site : sites) {
            assertEquals(2, site.get("rounds").asInt());
            assertEquals("2026 复评", site.get("latestRound").get("title").asText());
            assertEquals(5, site.get("modules").size());
        }
        Result table = run("portfolio", url, "--user", "zhao_min", "--lang", "en", "--status", "draft");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("3 sites"), table.out());

        Result readerPublishes =
                run("library", "publish", files.get(1).toString(), "--to", url, "--user", "zhao_min", "--lang", "en");
        assertEquals(2, readerPublishes.exit());
        assertTrue(readerPublishes.err().contains("may not"), readerPublishes.err());
        assertEquals(6, count("SELECT count(*) FROM ccmm.round"));

        Result noRound = run(
                "library",
                "publish",
                files.get(1).toString(),
                "--round",
                "99",
                "--to",
                url,
                "--user",
                "wang_li",
                "--lang",
                "en");
        assertEquals(2, noRound.exit());
        assertTrue(noRound.err().contains("no round 99"), noRound.err());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
