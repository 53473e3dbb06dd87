package io.ccmm.storage;

import io.ccmm.evidence.EvidenceName;
import io.ccmm.evidence.EvidenceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a master keeps of merged field copies: each copy's contributions, the conflicts between them, notes per author,
 * and the origins of the evidence, actions and audit entries already merged.
 */
final class Conflicts {

    private final Sql sql;
    private final AuditTrail audit;

    Conflicts(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    List<Contribution> contributions(long roundId) throws SQLException {
        return sql.list(
                "SELECT item, source, assessor, c, f, not_applicable, justification, note, evidence"
                        + " FROM team_contribution WHERE round_id = ? ORDER BY item, assessor, source",
                rs -> new Contribution(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        new ItemValue(FieldCopies.rate(rs, 4), FieldCopies.rate(rs, 5), rs.getInt(6) != 0),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)),
                roundId);
    }

    List<Conflict> conflicts(long roundId) throws SQLException {
        return sql.list(
                "SELECT item, kept_c, kept_f, kept_na, kept_justification, status, resolution, resolved_by, resolved_at"
                        + " FROM team_conflict WHERE round_id = ? ORDER BY item",
                Conflicts::conflict,
                roundId);
    }

    private static Conflict conflict(ResultSet rs) throws SQLException {
        return new Conflict(
                rs.getInt(1),
                new ItemValue(FieldCopies.rate(rs, 2), FieldCopies.rate(rs, 3), rs.getInt(4) != 0),
                rs.getString(5),
                "resolved".equals(rs.getString(6)),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }

    List<AuthorNote> notes(long roundId) throws SQLException {
        return sql.list(
                "SELECT item, author, note FROM team_note WHERE round_id = ? ORDER BY item, author",
                rs -> new AuthorNote(rs.getInt(1), rs.getString(2), rs.getString(3)),
                roundId);
    }

    Set<String> merged(long roundId, String kind) throws SQLException {
        return new HashSet<>(sql.list(
                "SELECT origin FROM team_merged WHERE round_id = ? AND kind = ?",
                rs -> rs.getString(1),
                roundId,
                kind));
    }

    void markMerged(long roundId, String kind, String origin, String author) throws SQLException {
        sql.update(
                "INSERT OR IGNORE INTO team_merged (round_id, kind, origin, author) VALUES (?, ?, ?, ?)",
                roundId,
                kind,
                origin,
                author);
    }

    /** The team parts of a merge (ratings and actions are written by their own tables). */
    void apply(long roundId, MergeChanges changes, Instant now) throws SQLException {
        for (Contribution c : changes.contributions()) {
            sql.update(
                    "INSERT OR REPLACE INTO team_contribution (round_id, item, source, assessor, c, f, not_applicable,"
                            + " justification, note, evidence, merged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    roundId,
                    c.item(),
                    c.source(),
                    c.assessor(),
                    FieldCopies.points(c.value().c()),
                    FieldCopies.points(c.value().f()),
                    c.value().notApplicable() ? 1 : 0,
                    c.justification(),
                    c.note(),
                    c.evidence(),
                    now.toString());
        }
        for (Conflict c : changes.openConflicts()) {
            sql.update(
                    "INSERT OR REPLACE INTO team_conflict (round_id, item, kept_c, kept_f, kept_na, kept_justification,"
                            + " status) VALUES (?, ?, ?, ?, ?, ?, 'open')",
                    roundId,
                    c.item(),
                    FieldCopies.points(c.kept().c()),
                    FieldCopies.points(c.kept().f()),
                    c.kept().notApplicable() ? 1 : 0,
                    c.keptJustification());
            audit.record(now, roundId, c.item(), "team.conflict", "", "open");
        }
        for (int item : changes.settledConflicts()) {
            sql.update("DELETE FROM team_conflict WHERE round_id = ? AND item = ?", roundId, item);
        }
        for (AuthorNote n : changes.notes()) {
            sql.update(
                    "INSERT OR REPLACE INTO team_note (round_id, item, author, note, updated) VALUES (?, ?, ?, ?, ?)",
                    roundId,
                    n.item(),
                    n.author(),
                    n.note(),
                    now.toString());
        }
        for (MergeChanges.NewAudit a : changes.audit()) {
            AuditEntry e = a.entry();
            sql.update(
                    "INSERT INTO audit (at, who, round_id, item, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    e.at().toString(),
                    e.who(),
                    roundId,
                    e.item().isPresent() ? e.item().getAsInt() : null,
                    e.field(),
                    e.oldValue().isEmpty() ? null : e.oldValue(),
                    e.newValue().isEmpty() ? null : e.newValue());
            markMerged(roundId, "audit", a.origin(), e.who());
        }
    }

    /** Adds one attachment from a copy (its content stored once per SHA-256). */
    void addEvidence(long roundId, MergeChanges.NewEvidence e, Instant now) throws SQLException {
        String sha = io.ccmm.catalog.CatalogLoader.sha256(e.content());
        long contentId = sql.one("SELECT id FROM evidence_content WHERE sha256 = ?", rs -> rs.getLong(1), sha)
                .orElse(-1L);
        if (contentId < 0) {
            contentId = sql.insert(
                    "INSERT INTO evidence_content (sha256, size, content) VALUES (?, ?, ?)",
                    sha,
                    (long) e.content().length,
                    e.content());
        }
        String name = EvidenceName.safe(e.name());
        byte[] head =
                Arrays.copyOf(e.content(), Math.min(e.content().length, io.ccmm.evidence.EvidenceLimits.SNIFF_BYTES));
        sql.update(
                "INSERT INTO evidence (round_id, item, name, media_type, content_id, added) VALUES (?, ?, ?, ?, ?, ?)",
                roundId,
                e.item(),
                name,
                EvidenceType.classify(name, head).kind().mediaType(),
                contentId,
                now.toString());
        audit.record(now, roundId, e.item(), "evidence", "", name);
        markMerged(roundId, "evidence", e.origin(), e.author());
    }

    /** Records a resolution: the conflict is settled with {@code how} (audited by the caller's rating write). */
    void resolve(long roundId, int item, String how, String who, Instant now) throws SQLException {
        sql.update(
                "UPDATE team_conflict SET status = 'resolved', resolution = ?, resolved_by = ?, resolved_at = ?"
                        + " WHERE round_id = ? AND item = ?",
                how,
                who,
                now.toString(),
                roundId,
                item);
        audit.record(now, roundId, item, "team.conflict", "open", "resolved: " + how);
    }

    int openConflicts(long roundId) throws SQLException {
        return sql.one(
                        "SELECT count(*) FROM team_conflict WHERE round_id = ? AND status = 'open'",
                        rs -> rs.getInt(1),
                        roundId)
                .orElse(0);
    }
}
