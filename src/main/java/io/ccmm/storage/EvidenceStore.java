package io.ccmm.storage;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.evidence.EvidenceName;
import io.ccmm.evidence.EvidenceType;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code evidence} and {@code evidence_content} tables: attachments per item, their content stored once per
 * distinct SHA-256 and kept apart so that listing attachments never reads blobs.
 */
final class EvidenceStore {

    private static final String QUERY = "SELECT e.id, e.round_id, e.item, e.name, e.media_type, c.size, c.sha256,"
            + " e.added FROM evidence e JOIN evidence_content c ON c.id = e.content_id";

    private final FileSession session;
    private final Sql sql;
    private final AuditTrail audit;
    private final Rounds rounds;

    EvidenceStore(FileSession session, AuditTrail audit, Rounds rounds) {
        this.session = session;
        this.sql = session.sql();
        this.audit = audit;
        this.rounds = rounds;
    }

    /** Attaches a file from disk; its size is checked before it is read. */
    Evidence attach(long roundId, int item, Path file) throws StorageException {
        rounds.requireItem(rounds.requireDraft(roundId), item);
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxAttachmentBytes()) {
                throw tooLarge(EvidenceName.safe(name), size);
            }
        } catch (NoSuchFileException e) {
            throw StorageException.withCause(e, Reason.NOT_FOUND, name);
        } catch (IOException e) {
            throw FileAccess.io(e, file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return attach(roundId, item, name, in);
        } catch (IOException e) {
            throw FileAccess.io(e, file);
        }
    }

    /** Attaches {@code content}, read up to one byte past the limit (a longer stream is refused unread). */
    Evidence attach(long roundId, int item, String name, InputStream content) throws StorageException {
        rounds.requireItem(rounds.requireDraft(roundId), item);
        String fileName = EvidenceName.safe(name);
        long limit = maxAttachmentBytes();
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw StorageException.withCause(e, Reason.ATTACHMENT_UNREADABLE, fileName);
        }
        if (bytes.length > limit) {
            throw tooLarge(fileName, -1);
        }
        String sha = CatalogLoader.sha256(bytes);
        Instant now = session.now();
        return session.write(() -> attach(roundId, item, fileName, bytes, sha, now));
    }

    /** The file's attachment limit, never above {@link EvidenceLimits#MAX_ATTACHMENT_BYTES}. */
    private long maxAttachmentBytes() {
        return Math.min(session.options().maxAttachmentBytes(), EvidenceLimits.MAX_ATTACHMENT_BYTES);
    }

    private StorageException tooLarge(String name, long size) {
        String limit = Limits.formatSize(maxAttachmentBytes());
        return size >= 0
                ? StorageException.of(Reason.TOO_LARGE, name, Limits.formatSize(size), limit)
                : StorageException.of(Reason.TOO_LARGE_STREAM, name, limit);
    }

    Evidence require(long evidenceId) throws StorageException {
        return session.read(() -> find(evidenceId))
                .orElseThrow(() -> StorageException.of(Reason.NO_SUCH_ATTACHMENT, session.path(), evidenceId));
    }

    byte[] contentOf(long evidenceId) throws StorageException {
        Evidence e = require(evidenceId);
        return session.read(() -> content(evidenceId))
                .orElseThrow(() -> StorageException.of(Reason.MISSING_CONTENT, session.path(), e.name()));
    }

    void saveTo(long evidenceId, Path target) throws StorageException {
        byte[] content = contentOf(evidenceId);
        try {
            AtomicFileWriter.write(target, out -> out.write(content));
        } catch (IOException e) {
            throw FileAccess.io(e, target);
        }
    }

    void remove(long evidenceId) throws StorageException {
        session.requireWritable();
        Evidence e = require(evidenceId);
        rounds.requireDraft(e.roundId());
        session.write(() -> {
            remove(e, session.now());
            return null;
        });
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

    /**
     * Attaches {@code bytes} to an item under {@link EvidenceName#safe} of {@code name} and the media type its content
     * shows ({@link EvidenceType#classify}), never the caller's claim; refused when the item or the round already has
     * as many attachments as {@link EvidenceLimits} allow. The content is stored only if the file does not hold it yet.
     */
    Evidence attach(long roundId, int item, String name, byte[] bytes, String sha, Instant now)
            throws SQLException, StorageException {
        String safeName = EvidenceName.safe(name);
        String type = EvidenceType.classify(safeName, head(bytes)).kind().mediaType();
        requireRoom(roundId, item, 1);
        long id = insert(roundId, item, safeName, type, bytes, sha, now);
        return new Evidence(id, roundId, item, safeName, type, bytes.length, sha, now);
    }

    /** Refuses {@code more} attachments on an item or in a round that would then hold more than the limits allow. */
    void requireRoom(long roundId, int item, int more) throws SQLException, StorageException {
        int onItem = count("SELECT count(*) FROM evidence WHERE round_id = ? AND item = ?", roundId, item);
        if (!EvidenceLimits.allowsAnotherOnItem(onItem + more - 1)) {
            throw StorageException.of(
                    Reason.TOO_MANY_ATTACHMENTS_ON_ITEM, item, EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM);
        }
        int inRound = count("SELECT count(*) FROM evidence WHERE round_id = ?", roundId);
        if (!EvidenceLimits.allowsAnotherInRound(inRound + more - 1)) {
            String title = sql.one("SELECT title FROM round WHERE id = ?", rs -> rs.getString(1), roundId)
                    .orElse("");
            throw StorageException.of(
                    Reason.TOO_MANY_ATTACHMENTS_IN_ROUND, title, EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND);
        }
    }

    private int count(String query, Object... params) throws SQLException {
        return sql.one(query, rs -> rs.getInt(1), params).orElse(0);
    }

    private static byte[] head(byte[] bytes) {
        return bytes.length <= EvidenceLimits.SNIFF_BYTES ? bytes : Arrays.copyOf(bytes, EvidenceLimits.SNIFF_BYTES);
    }

    private long insert(long roundId, int item, String name, String type, byte[] bytes, String sha, Instant now)
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

    /**
     * The attachments of one round, attached to another as well (contents are shared, not copied). A file from
     * elsewhere may hold any name and type, so each copy is named and typed again as {@link #attach} does, and a round
     * over the limits is refused.
     */
    void copy(long fromRound, long toRound) throws SQLException, StorageException {
        record Source(int item, String name, long contentId, String added, byte[] head) {}
        List<Source> sources = sql.list(
                "SELECT e.item, e.name, e.content_id, e.added, substr(c.content, 1, " + EvidenceLimits.SNIFF_BYTES
                        + ") FROM evidence e JOIN evidence_content c ON c.id = e.content_id WHERE e.round_id = ?"
                        + " ORDER BY e.id",
                rs -> new Source(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBytes(5)),
                fromRound);
        Map<Integer, Integer> perItem = new HashMap<>();
        for (Source source : sources) {
            int onItem = perItem.merge(source.item(), 1, Integer::sum);
            if (!EvidenceLimits.allowsAnotherOnItem(onItem - 1)) {
                throw StorageException.of(
                        Reason.TOO_MANY_ATTACHMENTS_ON_ITEM, source.item(), EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM);
            }
        }
        if (!EvidenceLimits.allowsAnotherInRound(sources.size() - 1)) {
            String title = sql.one("SELECT title FROM round WHERE id = ?", rs -> rs.getString(1), fromRound)
                    .orElse("");
            throw StorageException.of(
                    Reason.TOO_MANY_ATTACHMENTS_IN_ROUND, title, EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND);
        }
        for (Source source : sources) {
            String safeName = EvidenceName.safe(source.name());
            byte[] head = source.head() == null ? new byte[0] : source.head();
            sql.update(
                    "INSERT INTO evidence (round_id, item, name, media_type, content_id, added)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    toRound,
                    source.item(),
                    safeName,
                    EvidenceType.classify(safeName, head).kind().mediaType(),
                    source.contentId(),
                    source.added());
        }
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
