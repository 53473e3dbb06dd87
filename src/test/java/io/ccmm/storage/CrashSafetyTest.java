package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety for real: a child JVM saves ratings in a loop and prints each save once it returned; it is killed with
 * SIGKILL at a random moment. Every acknowledged save must be in the file afterwards, and the file must be intact.
 */
class CrashSafetyTest {

    private static final int RUNS = 3;

    record Ack(long seq, int item, int c, int f) {}

    @Test
    void everyAcknowledgedSaveSurvivesSigkill(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crash.ccmm");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Integer, Ack> lastAcked = new HashMap<>();
        long nextSeq = 0;
        int total = 0;
        for (int run = 0; run < RUNS; run++) {
            long maxAcked = nextSeq;
            try (ChildProcess child = ChildProcess.start("write", file.toString(), String.valueOf(nextSeq))) {
                child.awaitLine("ready", 60_000);
                child.awaitLine("saved", 10_000);
                if (run == 0) {
                    // While it writes, a read-only copy can be taken and is consistent.
                    try (AssessmentFile copy = AssessmentFile.openReadOnlyCopy(file)) {
                        assertEquals(1, copy.rounds().size());
                    }
                }
                Thread.sleep(20 + random.nextInt(250));
                child.kill();
                for (String line : child.lines()) {
                    if (line.startsWith("saved ")) {
                        String[] p = line.split(" ");
                        Ack ack = new Ack(
                                Long.parseLong(p[1]),
                                Integer.parseInt(p[2]),
                                Integer.parseInt(p[3]),
                                Integer.parseInt(p[4]));
                        lastAcked.put(ack.item(), ack);
                        maxAcked = Math.max(maxAcked, ack.seq());
                        total++;
                    }
                }
            }
            String context = "run " + run + ", seed " + seed;

            if (run == 1) {
                // Reading the crashed file without changing it shows every save too (through the log).
                try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
                    checkAcknowledged(f.ratings(f.latestRound().orElseThrow().id()), lastAcked, maxAcked, context);
                }
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1), context);
            }
            long maxStored;
            try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
                Map<Integer, Rating> ratings =
                        f.ratings(f.latestRound().orElseThrow().id());
                maxStored = checkAcknowledged(ratings, lastAcked, maxAcked, context);
                // What is in the file now must survive the next runs, including a save that was in flight.
                for (Rating stored : ratings.values()) {
                    lastAcked.put(
                            stored.item(),
                            new Ack(
                                    seqOf(stored),
                                    stored.item(),
                                    stored.c().points(),
                                    stored.f().points()));
                }
            }
            nextSeq = maxStored + 1;
        }
        assertTrue(total > RUNS, "the children saved something before they were killed: " + total);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "after a clean close the file alone holds everything");
        }
    }

    /** Checks every acknowledged save against the file; returns the highest save number found. */
    private static long checkAcknowledged(
            Map<Integer, Rating> ratings, Map<Integer, Ack> lastAcked, long maxAcked, String context) {
        long maxStored = maxAcked;
        for (Ack ack : lastAcked.values()) {
            Rating stored = ratings.get(ack.item());
            long storedSeq = seqOf(stored);
            // The save in flight when the process died may or may not have been committed.
            assertTrue(
                    storedSeq == ack.seq() || storedSeq > maxAcked,
                    "item " + ack.item() + ": acknowledged save " + ack.seq() + ", found " + storedSeq + " (" + context
                            + ")");
            if (storedSeq == ack.seq()) {
                assertEquals(Rate.ofPoints(ack.c()).orElseThrow(), stored.c(), context);
                assertEquals(Rate.ofPoints(ack.f()).orElseThrow(), stored.f(), context);
            }
            maxStored = Math.max(maxStored, storedSeq);
        }
        return maxStored;
    }

    private static long seqOf(Rating stored) {
        return Long.parseLong(stored.note().substring("seq ".length()));
    }
}
