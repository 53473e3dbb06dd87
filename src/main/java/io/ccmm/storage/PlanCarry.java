package io.ccmm.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What of the plan a re-assessment ({@link AssessmentFile#copyRound}) takes over from the round it copies, in the copy's
 * transaction:
 *
 * <ul>
 *   <li>every finding (kind, severity, text, author): the consultant's notebook is what the re-assessment checks
 *       again; a finding no longer true is removed in the new round, the old round keeps it;
 *   <li>the actions not done (open and in progress) with their priority, estimate, target ratings, further items and
 *       the finding they answer (pointing at the finding's copy); done actions stay with the round they were done in;
 *   <li>the planned ratings (the target state stays the plan until it is changed);
 *   <li>the executive summary, as the text to revise (the copy starts with the same ratings, so it is still true).
 * </ul>
 */
final class PlanCarry {

    private final Sql sql;

    PlanCarry(Sql sql) {
        this.sql = sql;
    }

    void copy(long fromRound, long toRound, Instant now) throws SQLException {
        Map<Long, Long> findings = copyFindings(fromRound, toRound, now);
        copyOpenActions(fromRound, toRound, now, findings);
        sql.update(
                "INSERT INTO planned_rating (round_id, item, c, f, updated)"
                        + " SELECT ?, item, c, f, ? FROM planned_rating WHERE round_id = ?",
                toRound,
                now.toString(),
                fromRound);
        sql.update(
                "INSERT INTO round_summary (round_id, text, updated) SELECT ?, text, ? FROM round_summary"
                        + " WHERE round_id = ?",
                toRound,
                now.toString(),
                fromRound);
    }

    /** The copies of the round's findings, new id by old id. */
    private Map<Long, Long> copyFindings(long fromRound, long toRound, Instant now) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        List<Object[]> rows = sql.list(
                "SELECT id, item, kind, severity, text, author FROM finding WHERE round_id = ? ORDER BY id",
                rs -> new Object[] {
                    rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                },
                fromRound);
        for (Object[] r : rows) {
            long id = sql.insert(
                    "INSERT INTO finding (round_id, item, kind, severity, text, author, created, updated)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    toRound,
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    now.toString(),
                    now.toString());
            ids.put((Long) r[0], id);
        }
        return ids;
    }

    private void copyOpenActions(long fromRound, long toRound, Instant now, Map<Long, Long> findings)
            throws SQLException {
        List<Object[]> rows = sql.list(
                "SELECT id, item, what, owner, due, status, priority, effort, target_c, target_f, finding_id"
                        + " FROM improvement_action WHERE round_id = ? AND status <> 'done' ORDER BY id",
                rs -> new Object[] {
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    Sql.optionalLong(rs, 9).orElse(null),
                    Sql.optionalLong(rs, 10).orElse(null),
                    Sql.optionalLong(rs, 11).orElse(null)
                },
                fromRound);
        for (Object[] r : rows) {
            Long finding = r[10] == null ? null : findings.get((Long) r[10]);
            long id = sql.insert(
                    "INSERT INTO improvement_action (round_id, item, what, owner, due, status, created, updated,"
                            + " priority, effort, target_c, target_f, finding_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    toRound,
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    now.toString(),
                    now.toString(),
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    finding);
            sql.update(
                    "INSERT INTO action_item (action_id, item) SELECT ?, item FROM action_item WHERE action_id = ?",
                    id,
                    r[0]);
        }
    }
}
