package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code rating} table: a row per item of a round while it has a rate or a note; every change audited. */
final class Ratings {

    private final Sql sql;
    private final Path file;
    private final AuditTrail audit;

    Ratings(Sql sql, Path file, AuditTrail audit) {
        this.sql = sql;
        this.file = file;
        this.audit = audit;
    }

    Map<Integer, Rating> ofRound(long roundId) throws SQLException, StorageException {
        Map<Integer, Rating> ratings = new LinkedHashMap<>();
        for (Rating r : sql.list(
                "SELECT item, c, f, note FROM rating WHERE round_id = ? ORDER BY item",
                rs -> new Rating(rs.getInt(1), rate(rs, 2), rate(rs, 3), rs.getString(4)),
                roundId)) {
            Limits.checkText(file, "rating.note", r.note());
            ratings.put(r.item(), r);
        }
        return ratings;
    }

    Rating of(long roundId, int item) throws SQLException, StorageException {
        Rating rating = sql.one(
                        "SELECT c, f, note FROM rating WHERE round_id = ? AND item = ?",
                        rs -> new Rating(item, rate(rs, 1), rate(rs, 2), rs.getString(3)),
                        roundId,
                        item)
                .orElse(Rating.unrated(item));
        Limits.checkText(file, "rating.note", rating.note());
        return rating;
    }

    /** Writes {@code after} (deleting the row when it is empty) and audits each field that changed from {@code before}. */
    void write(long roundId, Rating before, Rating after, Instant now) throws SQLException {
        if (after.isEmpty()) {
            sql.update("DELETE FROM rating WHERE round_id = ? AND item = ?", roundId, after.item());
        } else {
            sql.update(
                    "INSERT INTO rating (round_id, item, c, f, note, updated) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (round_id, item) DO UPDATE SET c = excluded.c, f = excluded.f,"
                            + " note = excluded.note, updated = excluded.updated",
                    roundId,
                    after.item(),
                    points(after.c()),
                    points(after.f()),
                    after.note(),
                    now.toString());
        }
        audit.record(now, roundId, after.item(), "c", rateText(before.c()), rateText(after.c()));
        audit.record(now, roundId, after.item(), "f", rateText(before.f()), rateText(after.f()));
        audit.record(now, roundId, after.item(), "note", before.note(), after.note());
    }

    /** Copies every rating of one round into another (a re-assessment starts from the last one). */
    void copy(long fromRound, long toRound, Instant now) throws SQLException {
        sql.update(
                "INSERT INTO rating (round_id, item, c, f, note, updated) SELECT ?, item, c, f, note, ? FROM rating"
                        + " WHERE round_id = ?",
                toRound,
                now.toString(),
                fromRound);
    }

    private static Integer points(Rate rate) {
        return rate.isRated() ? rate.points() : null;
    }

    private static Rate rate(ResultSet rs, int column) throws SQLException {
        int points = rs.getInt(column);
        return rs.wasNull() ? Rate.UNRATED : Rate.ofPoints(points).orElse(Rate.UNRATED);
    }

    private static String rateText(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "";
    }
}
