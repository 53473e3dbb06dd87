package io.ccmm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.assessment.RoundInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The {@code round} table: the assessment rounds of the file, each pinned to its catalog and rules snapshots. */
final class Rounds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, title, date, assessors, target_level, status, created, copied_from, catalog_sha256, rules_sha256, uid";

    private final Sql sql;
    private final AuditTrail audit;

    Rounds(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
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

    private static List<String> assessors(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            // Code 11 (corrupt): the file is refused as damaged, without Jackson's words.
            throw new SQLException("assessors of a round are not a JSON list", "", 11, e);
        }
    }

    private static String assessorsJson(List<String> assessors) {
        try {
            return JSON.writeValueAsString(assessors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
