package io.ccmm.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code evidence} and {@code evidence_content} tables: attachments per item, their content stored once per
 * distinct SHA-256 and kept apart so that listing attachments never reads blobs.
 */
final class EvidenceStore {

    private static final String QUERY = "SELECT e.id, e.round_id, e.item, e.name, e.media_type, c.size, c.sha256,"
            + " e.added FROM evidence e JOIN evidence_content c ON c.id = e.content_id";

    private final Sql sql;
    private final AuditTrail audit;

    EvidenceStore(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    List<Evidence> ofRound(long roundId) throws SQLException {
        return sql.list(QUERY + " WHERE e.round_id = ? ORDER BY e.item, e.id", EvidenceStore::evidence, roundId);
    }

    List<Evidence> ofItem(long roundId, int item) throws SQLException {
        return sql.list(
                QUERY + " WHERE e.round_id = ? AND e.item = ? ORDER BY e.item, e.id",
                EvidenceStore::evidence,
                roundId,
                item);
    }

    Optional<Evidence> find(long evidenceId) throws SQLException {
        return sql.one(QUERY + " WHERE e.id = ?", EvidenceStore::evidence, evidenceId);
    }

    Optional<byte[]> content(long evidenceId) throws SQLException {
        return sql.one(
                "SELECT c.content FROM evidence e JOIN evidence_content c ON c.id = e.content_id WHERE e.id = ?",
                rs -> rs.getBytes(1),
                evidenceId);
    }

    /** Attaches {@code bytes} to an item, storing the content only if the file does not hold it yet; the new id. */
    long attach(long roundId, int item, String name, String type, byte[] bytes, String sha, Instant now)
            throws SQLException {
        Optional<Long> existing = sql.one("SELECT id FROM evidence_content WHERE sha256 = ?", rs -> rs.getLong(1), sha);
        long contentId = existing.isPresent()
                ? existing.get()
                : sql.insert(
                        "INSERT INTO evidence_content (sha256, size, content) VALUES (?, ?, ?)",
                        sha,
                        (long) bytes.length,
                        bytes);
        long id = sql.insert(
                "INSERT INTO evidence (round_id, item, name, media_type, content_id, added) VALUES (?, ?, ?, ?, ?, ?)",
                roundId,
                item,
                name,
                type,
                contentId,
                now.toString());
        audit.record(now, roundId, item, "evidence", "", name);
        return id;
    }

    /** Removes an attachment, and its content when no other attachment uses it (the file shrinks). */
    void remove(Evidence e, Instant now) throws SQLException {
        sql.update("DELETE FROM evidence WHERE id = ?", e.id());
        sql.update(
                "DELETE FROM evidence_content WHERE sha256 = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM evidence WHERE content_id = evidence_content.id)",
                e.sha256());
        audit.record(now, e.roundId(), e.item(), "evidence", e.name(), "");
    }

    /** The attachments of one round, attached to another as well (contents are shared, not copied). */
    void copy(long fromRound, long toRound) throws SQLException {
        sql.update(
                "INSERT INTO evidence (round_id, item, name, media_type, content_id, added)"
                        + " SELECT ?, item, name, media_type, content_id, added FROM evidence WHERE round_id = ?"
                        + " ORDER BY id",
                toRound,
                fromRound);
    }

    int storedContents() throws SQLException {
        return sql.one("SELECT count(*) FROM evidence_content", rs -> rs.getInt(1))
                .orElse(0);
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                Instant.parse(rs.getString(8)));
    }
}
