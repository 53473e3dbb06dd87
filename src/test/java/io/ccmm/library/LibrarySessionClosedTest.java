package io.ccmm.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.cli.Cli;
import io.ccmm.portfolio.PortfolioFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every command that opens the team library ends its session on every path: after it returns, whether it succeeded or
 * was refused, the server holds no connection of its user (an unclosed session keeps its idle connection open).
 */
class LibrarySessionClosedTest {

    @TempDir
    static Path dir;

    static String url;
    static Path file;

    @BeforeAll
    static void library() throws Exception {
        url = TestPostgres.newLibrary("li_na", "chen_jie");
        file = PortfolioFixtures.sampleFile(dir, PortfolioFixtures.SAMPLES.get(0));
    }

    @Test
    void refusedAndSuccessfulCommandsLeaveNoConnectionOpen() throws Exception {
        // Refused: the library has no tables yet.
        assertEquals(2, run("library", "publish", file.toString(), "--to", url, "--user", "li_na"));
        assertNoConnectionOf("li_na");
        assertEquals(2, run("portfolio", url, "--user", "chen_jie"));
        assertNoConnectionOf("chen_jie");

        assertEquals(0, run("library", "init", "--to", url, "--user", "ccmm_owner"));
        assertNoConnectionOf("ccmm_owner");
        assertEquals(0, run("library", "publish", file.toString(), "--to", url, "--user", "li_na"));
        assertNoConnectionOf("li_na");
        assertEquals(0, run("portfolio", url, "--user", "chen_jie", "--json"));
        assertNoConnectionOf("chen_jie");

        // Refused: a reader may not publish.
        assertEquals(2, run("library", "publish", file.toString(), "--to", url, "--user", "chen_jie"));
        assertNoConnectionOf("chen_jie");
    }

    private static int run(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** The server drops a closed connection's backend a moment after the client hangs up. */
    private static void assertNoConnectionOf(String user) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> connections(user) == 0);
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(0, connections(user), "connections of " + user + " still open");
        }
    }

    private static long connections(String user) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE usename = ? AND datname = current_database()")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
