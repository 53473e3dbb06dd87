package io.ccmm.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The {@code audit} table: who changed what, when; one row per changed field, never updated or deleted.
 *
 * <p><b>Audit fields.</b> {@code c}, {@code f}, {@code note}, {@code notApplicable}, {@code justification}; {@code round.created}, {@code round.title}, {@code
 * round.date}, {@code round.assessors}, {@code round.targetLevel}, {@code round.status}, {@code round.reopenReason},
 * {@code round.imported}; {@code evidence}; {@code action.added}, {@code action.what}, {@code action.owner}, {@code
 * action.due}, {@code action.status}, {@code action.removed}; {@code organization.name}, {@code organization.site},
 * {@code organization.industry}, {@code organization.yearsInOperation}.
 */
final class AuditTrail {

    private static final String COLUMNS = "id, at, who, round_id, item, field, old_value, new_value";

    private final Sql sql;
    private final Supplier<String> who;
    /** The last time written and its text: a save writes the same instant on its rating and its audit lines. */
    private Instant lastAt;

    private String lastAtText;

    AuditTrail(Sql sql, Supplier<String> who) {
        this.sql = sql;
        this.who = who;
    }

    List<AuditEntry> ofRound(long roundId) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM audit WHERE round_id = ? ORDER BY id", AuditTrail::entry, roundId);
    }

    List<AuditEntry> ofItem(long roundId, int item) throws SQLException {
        return sql.list(
                "SELECT " + COLUMNS + " FROM audit WHERE round_id = ? AND item = ? ORDER BY id",
                AuditTrail::entry,
                roundId,
                item);
    }

    /** Records one change; nothing when the value did not change. Empty values are stored as NULL. */
    void record(Instant at, Long roundId, Integer item, String field, String oldValue, String newValue)
            throws SQLException {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        sql.update(
                "INSERT INTO audit (at, who, round_id, item, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                text(at),
                who.get(),
                roundId,
                item,
                field,
                oldValue == null || oldValue.isEmpty() ? null : oldValue,
                newValue == null || newValue.isEmpty() ? null : newValue);
    }

    /** {@code at} as stored (ISO-8601, as {@link Instant#toString()} writes it). */
    String text(Instant at) {
        if (!at.equals(lastAt)) {
            lastAtText = at.toString();
            lastAt = at;
        }
        return lastAtText;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long round = rs.getLong(4);
        OptionalLong r = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(round);
        int it = rs.getInt(5);
        OptionalInt i = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(it);
        return new AuditEntry(
                rs.getLong(1),
                Instant.parse(rs.getString(2)),
                rs.getString(3),
                r,
                i,
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}
