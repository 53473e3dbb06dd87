package io.ccmm.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Review flags of items and the round's sign-off; each change audited. */
final class Reviews {

    private final Sql sql;
    private final AuditTrail audit;

    Reviews(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    List<ReviewFlag> flags(long roundId) throws SQLException {
        return sql.list(
                "SELECT item, comment, flagged_by, flagged_at, reviewed, reviewed_by FROM review_flag"
                        + " WHERE round_id = ? ORDER BY item",
                rs -> new ReviewFlag(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        Instant.parse(rs.getString(4)),
                        rs.getInt(5) != 0,
                        rs.getString(6)),
                roundId);
    }

    void flag(long roundId, int item, String comment, String who, Instant now) throws SQLException {
        sql.update(
                "INSERT OR REPLACE INTO review_flag (round_id, item, comment, flagged_by, flagged_at, reviewed)"
                        + " VALUES (?, ?, ?, ?, ?, 0)",
                roundId,
                item,
                comment,
                who,
                now.toString());
        audit.record(now, roundId, item, "review.flag", "", comment.isEmpty() ? "flagged" : comment);
    }

    boolean markReviewed(long roundId, int item, String who, Instant now) throws SQLException {
        int changed = sql.update(
                "UPDATE review_flag SET reviewed = 1, reviewed_by = ?, reviewed_at = ? WHERE round_id = ? AND item = ?"
                        + " AND reviewed = 0",
                who,
                now.toString(),
                roundId,
                item);
        if (changed > 0) {
            audit.record(now, roundId, item, "review.reviewed", "", who);
        }
        return changed > 0;
    }

    Optional<SignOff> signOff(long roundId) throws SQLException {
        return sql.one(
                "SELECT reviewer, date, statement, signed FROM sign_off WHERE round_id = ?",
                rs -> new SignOff(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4))),
                roundId);
    }

    void signOff(long roundId, SignOff signOff) throws SQLException {
        String old = signOff(roundId).map(s -> s.reviewer() + " " + s.date()).orElse("");
        sql.update(
                "INSERT OR REPLACE INTO sign_off (round_id, reviewer, date, statement, signed) VALUES (?, ?, ?, ?, ?)",
                roundId,
                signOff.reviewer(),
                signOff.date(),
                signOff.statement(),
                signOff.signed().toString());
        audit.record(
                signOff.signed(),
                roundId,
                null,
                "round.signOff",
                old,
                signOff.reviewer() + " " + signOff.date() + ": " + signOff.statement());
    }
}
