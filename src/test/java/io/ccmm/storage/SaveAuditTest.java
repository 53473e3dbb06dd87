package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static io.ccmm.storage.Fixtures.ORG;
import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each save writes its own time on the rating and on every audit line it makes, whatever saves came before. */
class SaveAuditTest {

    @TempDir
    Path dir;

    /** A clock the test moves. */
    private static final class SteppedClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T08:00:00.123Z"));

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void everySaveIsAuditedAtItsOwnTimeAndTheRatingRowCarriesTheSameTime() throws Exception {
        SteppedClock clock = new SteppedClock();
        Path file = dir.resolve("times.ccmm");
        long round;
        List<Instant> times = new ArrayList<>();
        try (AssessmentFile f =
                AssessmentFile.create(file, ORG, StorageOptions.defaults().withClock(clock))) {
            round = f.createRound(BASELINE).id();
            for (int i = 0; i < 4; i++) {
                clock.now.set(clock.now.get().plus(Duration.ofMillis(1500 * (i + 1))));
                times.add(clock.instant());
                f.saveRating(round, Rating.of(item(0), i % 2 == 0 ? Rate.FULL : Rate.PARTIAL, Rate.UNRATED));
                // Two changes at the same instant: both lines carry it.
                if (i == 3) {
                    f.setNote(round, item(1), "同一时刻");
                    f.setC(round, item(1), Rate.NONE);
                }
            }
            List<AuditEntry> trail = f.auditTrail(round, item(0));
            assertEquals(4, trail.size());
            for (int i = 0; i < 4; i++) {
                assertEquals(times.get(i), trail.get(i).at(), "save " + i);
                assertEquals(System.getProperty("user.name"), trail.get(i).who());
            }
            List<AuditEntry> second = f.auditTrail(round, item(1));
            assertEquals(2, second.size());
            assertEquals(times.get(3), second.get(0).at());
            assertEquals(times.get(3), second.get(1).at());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT updated FROM rating WHERE item = " + item(0))) {
            rs.next();
            assertEquals(times.get(3).toString(), rs.getString(1));
        }
    }
}
