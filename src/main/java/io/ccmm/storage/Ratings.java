package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code rating} table: a row per item of a round while it has a rate, a note, N/A or a justification; every
 * changed field audited ({@code c}, {@code f}, {@code note}, {@code notApplicable}, {@code justification}).
 */
final class Ratings {

    private final FileSession session;
    private final Sql sql;
    private final Path file;
    private final AuditTrail audit;
    private final Rounds rounds;

    Ratings(FileSession session, AuditTrail audit, Rounds rounds) {
        this.session = session;
        this.sql = session.sql();
        this.file = session.path();
        this.audit = audit;
        this.rounds = rounds;
    }

    /** The ratings of an existing round. */
    Map<Integer, Rating> get(long roundId) throws StorageException {
        rounds.get(roundId);
        return session.read(() -> ofRound(roundId));
    }

    Rating get(long roundId, int item) throws StorageException {
        return session.read(() -> of(roundId, item));
    }

    /**
     * Saves one item's rating: one look-up of the round (in memory after the first), one read of the old rating, one
     * transaction that writes the row and audits each changed field.
     */
    void save(long roundId, Rating rating) throws StorageException {
        Objects.requireNonNull(rating, "rating");
        Round round = rounds.requireDraft(roundId);
        rounds.requireItem(round, rating.item());
        checkInput(rating);
        Rating before = get(roundId, rating.item());
        if (before.equals(rating)) {
            return;
        }
        session.writeRatingsOnly(() -> {
            write(roundId, before, rating, session.now());
            return null;
        });
    }

    /** Notes and justifications within the shared limit; an N/A item with its justification. */
    static void checkInput(Rating rating) throws StorageException {
        if (rating.note().length() > Limits.MAX_TEXT_LENGTH
                || rating.justification().length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.TEXT_TOO_LONG, rating.item(), Limits.MAX_TEXT_LENGTH);
        }
        if (rating.notApplicable() && rating.justification().isBlank()) {
            throw StorageException.of(Reason.JUSTIFICATION_MISSING, rating.item());
        }
    }

    Map<Integer, Rating> ofRound(long roundId) throws SQLException, StorageException {
        Map<Integer, Rating> ratings = new LinkedHashMap<>();
        for (Rating r : sql.list(
                "SELECT item, c, f, note, not_applicable, justification FROM rating WHERE round_id = ? ORDER BY item",
                rs -> rating(rs.getInt(1), rs, 2),
                roundId)) {
            checkText(r);
            ratings.put(r.item(), r);
        }
        return ratings;
    }

    Rating of(long roundId, int item) throws SQLException, StorageException {
        Rating rating = sql.one(
                        "SELECT c, f, note, not_applicable, justification FROM rating WHERE round_id = ? AND item = ?",
                        rs -> rating(item, rs, 1),
                        roundId,
                        item)
                .orElse(Rating.unrated(item));
        checkText(rating);
        return rating;
    }

    private void checkText(Rating r) throws StorageException {
        Limits.checkText(file, "rating.note", r.note());
        Limits.checkText(file, "rating.justification", r.justification());
    }

    /** The rating in columns c, f, note, not_applicable, justification from {@code first} on. */
    private static Rating rating(int item, ResultSet rs, int first) throws SQLException {
        boolean notApplicable = rs.getInt(first + 3) != 0;
        // The table's CHECK keeps rates off N/A rows; a row that has both anyway reads as N/A.
        return new Rating(
                item,
                notApplicable ? Rate.UNRATED : rate(rs, first),
                notApplicable ? Rate.UNRATED : rate(rs, first + 1),
                rs.getString(first + 2),
                notApplicable,
                rs.getString(first + 4));
    }

    /** Writes {@code after} (deleting the row when it is empty) and audits each field that changed from {@code before}. */
    void write(long roundId, Rating before, Rating after, Instant now) throws SQLException {
        if (after.isEmpty()) {
            sql.update("DELETE FROM rating WHERE round_id = ? AND item = ?", roundId, after.item());
        } else {
            sql.update(
                    "INSERT INTO rating (round_id, item, c, f, note, not_applicable, justification, updated)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (round_id, item) DO UPDATE SET c = excluded.c, f = excluded.f,"
                            + " note = excluded.note, not_applicable = excluded.not_applicable,"
                            + " justification = excluded.justification, updated = excluded.updated",
                    roundId,
                    after.item(),
                    points(after.c()),
                    points(after.f()),
                    after.note(),
                    after.notApplicable() ? 1 : 0,
                    after.justification(),
                    audit.text(now));
        }
        int item = after.item();
        audit.record(now, roundId, item, "c", rateText(before.c()), rateText(after.c()));
        audit.record(now, roundId, item, "f", rateText(before.f()), rateText(after.f()));
        audit.record(now, roundId, item, "note", before.note(), after.note());
        audit.record(now, roundId, item, "notApplicable", flag(before.notApplicable()), flag(after.notApplicable()));
        audit.record(now, roundId, item, "justification", before.justification(), after.justification());
    }

    private static String flag(boolean notApplicable) {
        return String.valueOf(notApplicable);
    }

    /** Copies every rating of one round into another (a re-assessment starts from the last one). */
    void copy(long fromRound, long toRound, Instant now) throws SQLException {
        sql.update(
                "INSERT INTO rating (round_id, item, c, f, note, not_applicable, justification, updated)"
                        + " SELECT ?, item, c, f, note, not_applicable, justification, ? FROM rating WHERE round_id = ?",
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
