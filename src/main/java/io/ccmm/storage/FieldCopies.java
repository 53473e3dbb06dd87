package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tables of field copies: the file's identity, a copy's header and base values, and a master's hand-outs. */
final class FieldCopies {

    private final Sql sql;

    FieldCopies(Sql sql) {
        this.sql = sql;
    }

    /** Whether the file has the team tables (a file opened at an older schema version has not). */
    boolean present() throws SQLException {
        return sql.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'field_copy'", rs -> true)
                .orElse(false);
    }

    String fileUid() throws SQLException {
        return sql.one("SELECT uid FROM file_identity WHERE id = 1", rs -> rs.getString(1))
                .orElse("");
    }

    Optional<FieldCopyHeader> header() throws SQLException {
        if (!present()) {
            return Optional.empty();
        }
        return sql.one(
                "SELECT master_file_uid, master_name, round_uid, assessor, scope, handed_out FROM field_copy WHERE id = 1",
                rs -> new FieldCopyHeader(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Instant.parse(rs.getString(6))));
    }

    /** Every item's value and note when the copy was handed out; items not in the map were unrated then. */
    Map<Integer, Rating> base() throws SQLException {
        Map<Integer, Rating> base = new LinkedHashMap<>();
        for (Rating r : sql.list(
                "SELECT item, c, f, not_applicable, note, justification FROM field_copy_base ORDER BY item",
                FieldCopies::baseRating)) {
            base.put(r.item(), r);
        }
        return base;
    }

    private static Rating baseRating(ResultSet rs) throws SQLException {
        boolean na = rs.getInt(4) != 0;
        Rate c = rate(rs, 2);
        Rate f = rate(rs, 3);
        return new Rating(
                rs.getInt(1), na ? Rate.UNRATED : c, na ? Rate.UNRATED : f, rs.getString(5), na, rs.getString(6));
    }

    static Rate rate(ResultSet rs, int column) throws SQLException {
        int points = rs.getInt(column);
        return rs.wasNull() ? Rate.UNRATED : Rate.ofPoints(points).orElse(Rate.UNRATED);
    }

    static Integer points(Rate rate) {
        return rate.isRated() ? rate.points() : null;
    }

    /**
     * Turns this file (a fresh copy of the master) into a field copy of one round: every other round and everything a
     * master keeps about its team goes, the file gets an identity of its own, and the header and base values are
     * written.
     */
    void makeFieldCopy(long roundId, FieldCopyHeader header) throws SQLException {
        for (String table : new String[] {
            "rating",
            "evidence",
            "improvement_action",
            "audit",
            "team_handout",
            "team_contribution",
            "team_conflict",
            "team_note",
            "team_merged",
            "review_flag",
            "sign_off"
        }) {
            sql.update("DELETE FROM " + table + " WHERE round_id IS NULL OR round_id <> ?", roundId);
        }
        for (String table :
                new String[] {"team_handout", "team_contribution", "team_conflict", "team_merged", "sign_off"}) {
            sql.update("DELETE FROM " + table);
        }
        sql.update("DELETE FROM round WHERE id <> ?", roundId);
        sql.update("DELETE FROM evidence_content WHERE id NOT IN (SELECT content_id FROM evidence)");
        sql.update("DELETE FROM catalog_snapshot WHERE sha256 NOT IN (SELECT catalog_sha256 FROM round)"
                + " AND sha256 NOT IN (SELECT rules_sha256 FROM round)");
        sql.update(
                "UPDATE file_identity SET uid = ? WHERE id = 1",
                UUID.randomUUID().toString());
        sql.update("DELETE FROM field_copy");
        sql.update("DELETE FROM field_copy_base");
        sql.update(
                "INSERT INTO field_copy (id, master_file_uid, master_name, round_uid, assessor, scope, handed_out)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?)",
                header.masterFileUid(),
                header.masterName(),
                header.roundUid(),
                header.assessor(),
                header.scope(),
                header.handedOut().toString());
        sql.update(
                "INSERT INTO field_copy_base (item, c, f, not_applicable, justification, note)"
                        + " SELECT item, c, f, not_applicable, justification, note FROM rating WHERE round_id = ?",
                roundId);
    }

    void recordHandout(String copyUid, long roundId, String assessor, String scope, Instant at) throws SQLException {
        sql.update(
                "INSERT OR REPLACE INTO team_handout (copy_uid, round_id, assessor, scope, handed_out)"
                        + " VALUES (?, ?, ?, ?, ?)",
                copyUid,
                roundId,
                assessor,
                scope,
                at.toString());
    }

    /** Whether the round was handed out, merged or flagged: a team round, which needs a sign-off to be final. */
    boolean isTeamRound(long roundId) throws SQLException {
        return sql.one(
                        "SELECT EXISTS (SELECT 1 FROM team_handout WHERE round_id = ?1)"
                                + " OR EXISTS (SELECT 1 FROM team_contribution WHERE round_id = ?1)"
                                + " OR EXISTS (SELECT 1 FROM review_flag WHERE round_id = ?1)",
                        rs -> rs.getInt(1) != 0,
                        roundId)
                .orElse(false);
    }

    /** Each assessor a field copy of the round was handed out to, with the scope of their latest copy. */
    java.util.List<AssignedScope> assignedScopes(long roundId) throws SQLException {
        if (!present()) {
            return java.util.List.of();
        }
        Map<String, AssignedScope> latest = new LinkedHashMap<>();
        for (AssignedScope a : sql.list(
                "SELECT assessor, scope FROM team_handout WHERE round_id = ? ORDER BY handed_out, copy_uid",
                rs -> new AssignedScope(rs.getString(1), rs.getString(2)),
                roundId)) {
            latest.put(a.assessor(), a);
        }
        return java.util.List.copyOf(latest.values());
    }
}
