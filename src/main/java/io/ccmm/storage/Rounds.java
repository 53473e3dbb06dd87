package io.ccmm.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The {@code round} table: the assessment rounds of the file, each pinned to its catalog and rules snapshots. Rounds
 * once read are kept until the next change other than a rating save (this session is the file's only writer), so a
 * save finds its round in memory.
 */
final class Rounds {

    /** Copies what a new round takes over from the round it copies (ratings, attachments, open actions). */
    @FunctionalInterface
    interface Contents {
        void copy(long fromRound, long toRound, Instant now) throws SQLException, StorageException;
    }

    /**
     * The assessors are a JSON list of names, read and written with Jackson's streaming parser and generator: data
     * binding would first inspect the list type by reflection when the window's start opens its file (about 50 ms on
     * the thread the window waits for, BENCHMARKS.md "Window start, run 7").
     */
    private static final JsonFactory JSON = new JsonFactory();

    private static final String COLUMNS =
            "id, title, date, assessors, target_level, status, created, copied_from, catalog_sha256, rules_sha256, uid";

    private final FileSession session;
    private final Sql sql;
    private final AuditTrail audit;
    private final CatalogSnapshots snapshots;
    private final Map<Long, Round> known = new HashMap<>();

    Rounds(FileSession session, AuditTrail audit, CatalogSnapshots snapshots) {
        this.session = session;
        this.sql = session.sql();
        this.audit = audit;
        this.snapshots = snapshots;
        session.cache(known::clear);
    }

    /** The round {@code roundId}, refused as {@link Reason#NO_SUCH_ROUND} when the file has none. */
    Round get(long roundId) throws StorageException {
        Round cached = known.get(roundId);
        if (cached != null) {
            session.requireOpen();
            return cached;
        }
        Round round = session.read(() -> find(roundId))
                .orElseThrow(() -> StorageException.of(Reason.NO_SUCH_ROUND, session.path(), roundId));
        known.put(roundId, round);
        return round;
    }

    /** The round, refused unless the file is writable and the round still a draft. */
    Round requireDraft(long roundId) throws StorageException {
        session.requireWritable();
        Round round = get(roundId);
        if (round.isFinal()) {
            throw StorageException.of(Reason.ROUND_FINAL, round.title());
        }
        return round;
    }

    /** Refuses an item the round's catalog does not have. */
    void requireItem(Round round, int item) throws StorageException {
        Catalog catalog = snapshots.bundleOf(round).catalog();
        if (catalog.item(item).isEmpty()) {
            throw StorageException.of(Reason.UNKNOWN_ITEM, item, catalog.id());
        }
    }

    Round create(RoundInfo info, CatalogSnapshot catalog) throws StorageException {
        Objects.requireNonNull(catalog, "catalog");
        check(info);
        session.requireWritable();
        snapshots.load(catalog);
        long id = session.write(() -> insert(info, newUid(), catalog, "new"));
        return get(id);
    }

    /** Inserts a new round on {@code catalog} in the current transaction. */
    long insert(RoundInfo info, String uid, CatalogSnapshot catalog, String how) throws SQLException {
        Instant now = session.now();
        snapshots.store(catalog, now);
        return insert(info, uid, catalog.catalogSha256(), catalog.rulesSha256(), null, how, now);
    }

    Round copy(long sourceRoundId, RoundInfo info, Contents contents) throws StorageException {
        check(info);
        session.requireWritable();
        Round source = get(sourceRoundId);
        long id = session.write(() -> {
            Instant now = session.now();
            long copy = insert(
                    info,
                    newUid(),
                    source.catalogSha256(),
                    source.rulesSha256(),
                    sourceRoundId,
                    "copy of round " + sourceRoundId + " (" + source.title() + ")",
                    now);
            contents.copy(sourceRoundId, copy, now);
            return copy;
        });
        return get(id);
    }

    void update(long roundId, RoundInfo info) throws StorageException {
        check(info);
        Round old = requireDraft(roundId);
        if (old.info().equals(info)) {
            return;
        }
        session.write(() -> {
            update(old, info, session.now());
            return null;
        });
    }

    /** Marks a draft final after the full integrity check of the file. */
    void markFinal(long roundId) throws StorageException {
        requireDraft(roundId);
        session.read(() -> {
            FileOpening.checkIntegrity(session.connection(), session.path());
            return null;
        });
        session.write(() -> {
            setStatus(roundId, RoundStatus.DRAFT, RoundStatus.FINAL, session.now());
            return null;
        });
    }

    void reopen(long roundId, String reason) throws StorageException {
        session.requireWritable();
        if (!get(roundId).isFinal()) {
            return;
        }
        session.write(() -> {
            Instant now = session.now();
            setStatus(roundId, RoundStatus.FINAL, RoundStatus.DRAFT, now);
            audit.record(now, roundId, null, "round.reopenReason", "", reason == null ? "" : reason.strip());
            return null;
        });
    }

    static void check(RoundInfo info) throws StorageException {
        Objects.requireNonNull(info, "info");
        checkDate(Reason.BAD_ROUND_DATE, info.date());
        if (info.targetLevel().isPresent()
                && (info.targetLevel().getAsInt() < 1 || info.targetLevel().getAsInt() > 5)) {
            throw StorageException.of(
                    Reason.BAD_TARGET_LEVEL, info.targetLevel().getAsInt());
        }
    }

    static void checkDate(Reason ifNot, String date) throws StorageException {
        if (date.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw StorageException.of(ifNot, date);
        }
    }

    /** Whether {@code text} is a UUID in its canonical form (lower or upper case hex, 8-4-4-4-12). */
    static boolean isUid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A round identity no round of any file has: a random (version 4) UUID. */
    static String newUid() {
        return UUID.randomUUID().toString();
    }

    List<Round> all() throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM round ORDER BY id", Rounds::round);
    }

    /** The round with the latest assessment date (creation day when it has none); ties go to the newer round. */
    Optional<Round> latest() throws SQLException {
        return sql.one(
                "SELECT " + COLUMNS + " FROM round"
                        + " ORDER BY CASE WHEN date = '' THEN substr(created, 1, 10) ELSE date END DESC, id DESC"
                        + " LIMIT 1",
                Rounds::round);
    }

    Optional<Round> find(long roundId) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM round WHERE id = ?", Rounds::round, roundId);
    }

    /** Whether a round of the file has the identity {@code uid}. */
    boolean hasUid(String uid) throws SQLException {
        return sql.one("SELECT 1 FROM round WHERE uid = ?", rs -> rs.getInt(1), uid)
                .isPresent();
    }

    long insert(
            RoundInfo info, String uid, String catalogSha, String rulesSha, Long copiedFrom, String how, Instant now)
            throws SQLException {
        long id = sql.insert(
                "INSERT INTO round (title, date, assessors, target_level, status, created, copied_from,"
                        + " catalog_sha256, rules_sha256, uid) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
                info.title(),
                info.date(),
                assessorsJson(info.assessors()),
                target(info),
                now.toString(),
                copiedFrom,
                catalogSha,
                rulesSha,
                uid);
        audit.record(now, id, null, "round.created", "", how);
        return id;
    }

    void update(Round old, RoundInfo info, Instant now) throws SQLException {
        long roundId = old.id();
        sql.update(
                "UPDATE round SET title = ?, date = ?, assessors = ?, target_level = ? WHERE id = ?",
                info.title(),
                info.date(),
                assessorsJson(info.assessors()),
                target(info),
                roundId);
        RoundInfo was = old.info();
        audit.record(now, roundId, null, "round.title", was.title(), info.title());
        audit.record(now, roundId, null, "round.date", was.date(), info.date());
        audit.record(
                now,
                roundId,
                null,
                "round.assessors",
                String.join(", ", was.assessors()),
                String.join(", ", info.assessors()));
        audit.record(now, roundId, null, "round.targetLevel", targetText(was), targetText(info));
    }

    void setStatus(long roundId, RoundStatus from, RoundStatus to, Instant now) throws SQLException {
        sql.update("UPDATE round SET status = ? WHERE id = ?", to.code(), roundId);
        audit.record(now, roundId, null, "round.status", from.code(), to.code());
    }

    private static Integer target(RoundInfo info) {
        return info.targetLevel().isPresent() ? info.targetLevel().getAsInt() : null;
    }

    private static String targetText(RoundInfo info) {
        return info.targetLevel().isPresent()
                ? String.valueOf(info.targetLevel().getAsInt())
                : "";
    }

    private static Round round(ResultSet rs) throws SQLException {
        int target = rs.getInt(5);
        OptionalInt targetLevel = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(target);
        long copied = rs.getLong(8);
        OptionalLong copiedFrom = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(copied);
        return new Round(
                rs.getLong(1),
                new RoundInfo(rs.getString(2), rs.getString(3), assessors(rs.getString(4)), targetLevel),
                RoundStatus.ofCode(rs.getString(6)),
                Instant.parse(rs.getString(7)),
                copiedFrom,
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }

    /**
     * The names in {@code json}, a JSON list of texts. Anything else (another value, a name that is not text, a list
     * never closed) is a damaged file: code 11 (corrupt), refused without Jackson's words.
     */
    static List<String> assessors(String json) throws SQLException {
        if (json == null) {
            throw notAList(null);
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw notAList(null);
            }
            List<String> names = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    throw notAList(null);
                }
                names.add(p.getText());
            }
            return names;
        } catch (IOException e) {
            throw notAList(e);
        }
    }

    private static SQLException notAList(IOException cause) {
        return new SQLException("assessors of a round are not a JSON list of names", "", 11, cause);
    }

    static String assessorsJson(List<String> assessors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String name : assessors) {
                g.writeString(name);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
