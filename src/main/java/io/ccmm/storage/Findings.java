package io.ccmm.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code finding} table: the consultant's findings per item, each change audited. */
final class Findings {

    private static final String COLUMNS = "id, round_id, item, kind, severity, text, author, created";

    private final Sql sql;
    private final AuditTrail audit;

    Findings(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    List<Finding> ofRound(long roundId) throws SQLException {
        return sql.list(
                "SELECT " + COLUMNS + " FROM finding WHERE round_id = ? ORDER BY item, id", Findings::finding, roundId);
    }

    Optional<Finding> find(long id) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM finding WHERE id = ?", Findings::finding, id);
    }

    long add(Finding f, String author, Instant now) throws SQLException {
        long id = sql.insert(
                "INSERT INTO finding (round_id, item, kind, severity, text, author, created, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                f.roundId(),
                f.item(),
                f.kind().code(),
                f.severity().code(),
                f.text().strip(),
                author,
                now.toString(),
                now.toString());
        audit.record(now, f.roundId(), f.item(), "finding.added", "", f.text().strip());
        return id;
    }

    void update(Finding old, Finding updated, Instant now) throws SQLException {
        sql.update(
                "UPDATE finding SET item = ?, kind = ?, severity = ?, text = ?, updated = ? WHERE id = ?",
                updated.item(),
                updated.kind().code(),
                updated.severity().code(),
                updated.text().strip(),
                now.toString(),
                old.id());
        audit.record(
                now,
                old.roundId(),
                old.item(),
                "finding.kind",
                old.kind().code(),
                updated.kind().code());
        audit.record(
                now,
                old.roundId(),
                old.item(),
                "finding.severity",
                old.severity().code(),
                updated.severity().code());
        audit.record(
                now,
                old.roundId(),
                old.item(),
                "finding.text",
                old.text(),
                updated.text().strip());
    }

    void remove(Finding old, Instant now) throws SQLException {
        sql.update("DELETE FROM finding WHERE id = ?", old.id());
        sql.update("UPDATE improvement_action SET finding_id = NULL WHERE finding_id = ?", old.id());
        audit.record(now, old.roundId(), old.item(), "finding.removed", old.text(), "");
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                FindingKind.ofCode(rs.getString(4)),
                Priority.ofCode(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}
