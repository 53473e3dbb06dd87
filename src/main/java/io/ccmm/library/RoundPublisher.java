package io.ccmm.library;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.StorageException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Publishes one round to the team library in one transaction: everything of the round or nothing. Publishing the same
 * round (by its UUID) again replaces it; a version older than the one in the library is refused and changes nothing.
 */
public final class RoundPublisher {

    /** What a publish did. */
    public enum Outcome {
        ADDED,
        REPLACED
    }

    private RoundPublisher() {}

    /**
     * Publishes round {@code roundId} of {@code file} (its latest round when empty). The file is opened read-only and
     * closed before the library is contacted.
     */
    public static Outcome publishFile(
            Library library, Path file, OptionalLong roundId, boolean withEvidence, ConflictCount conflicts)
            throws LibraryException, StorageException {
        PublishedRound round;
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            long id = roundId.isPresent()
                    ? roundId.getAsLong()
                    : f.latestRound()
                            .orElseThrow(() -> StorageException.of(StorageException.Reason.NOT_FOUND, file))
                            .id();
            round = PublishedRound.read(f, id, withEvidence, conflicts, file);
        }
        return publish(library, round);
    }

    public static Outcome publish(Library library, PublishedRound round) throws LibraryException {
        UUID uid;
        try {
            uid = UUID.fromString(round.uid());
        } catch (IllegalArgumentException e) {
            throw LibraryException.of(LibraryException.Reason.NO_ROUND_UID, round.uid());
        }
        try (Library.Lease lease = library.lease()) {
            Connection c = lease.connection();
            c.setAutoCommit(false);
            try {
                Outcome outcome = publish(c, uid, round);
                c.commit();
                return outcome;
            } catch (SQLException | LibraryException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw LibraryErrors.of(e, library.location());
        }
    }

    private static Outcome publish(Connection c, UUID uid, PublishedRound r) throws SQLException, LibraryException {
        long organizationId = organization(c, r.assessment().organization());
        Outcome outcome = upsertRound(c, uid, organizationId, r);
        for (String table : new String[] {"rating", "level_score", "module_score", "improvement_action", "evidence"}) {
            if (table.equals("evidence") && !r.withEvidence()) {
                continue; // a publish without evidence keeps the files published before
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE round_uid = ?")) {
                ps.setObject(1, uid);
                ps.executeUpdate();
            }
        }
        insertRatings(c, uid, r);
        insertScores(c, uid, r);
        insertActions(c, uid, r);
        insertEvidence(c, uid, r);
        return outcome;
    }

    private static long organization(Connection c, Organization org) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO organization (name, site, industry, years_in_operation) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (name, site) DO UPDATE SET industry = EXCLUDED.industry,"
                        + " years_in_operation = EXCLUDED.years_in_operation RETURNING id")) {
            ps.setString(1, org.name().strip());
            ps.setString(2, org.site().strip());
            ps.setString(3, org.industry());
            if (org.yearsInOperation().isPresent()) {
                ps.setInt(4, org.yearsInOperation().getAsInt());
            } else {
                ps.setNull(4, Types.INTEGER);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final String ROUND_COLUMNS = "uid, organization_id, title, round_date, assessors, target_level,"
            + " is_final, created, version_at, catalog_id, catalog_sha256, rules_id, rules_sha256, readiness_level,"
            + " next_level, next_percent, next_threshold, rated, not_applicable, module_ids, module_percents, conflicts,"
            + " source_file";

    private static Outcome upsertRound(Connection c, UUID uid, long organizationId, PublishedRound r)
            throws SQLException, LibraryException {
        StringBuilder update = new StringBuilder();
        for (String col : ROUND_COLUMNS.split(",\\s*")) {
            if (!col.equals("uid")) {
                update.append(update.length() == 0 ? "" : ", ")
                        .append(col)
                        .append(" = EXCLUDED.")
                        .append(col);
            }
        }
        String sql = "INSERT INTO round (" + ROUND_COLUMNS + ") VALUES (" + "?, ".repeat(22) + "?)"
                + " ON CONFLICT (uid) DO UPDATE SET " + update
                + ", published_at = now(), published_by = current_user"
                + " WHERE round.version_at <= EXCLUDED.version_at RETURNING (xmax = 0)";
        RoundInfo info = r.assessment().round();
        int level = r.result().readinessLevel();
        int next = level >= ReadinessEngine.HIGHEST_LEVEL ? 0 : level + 1;
        LevelReadiness nextLevel = next == 0 ? null : r.result().level(next);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, uid);
            ps.setLong(i++, organizationId);
            ps.setString(i++, info.title());
            ps.setObject(i++, date(info.date()), Types.DATE);
            ps.setArray(i++, c.createArrayOf("text", info.assessors().toArray()));
            if (info.targetLevel().isPresent()) {
                ps.setInt(i++, info.targetLevel().getAsInt());
            } else {
                ps.setNull(i++, Types.SMALLINT);
            }
            ps.setBoolean(i++, r.round().isFinal());
            ps.setObject(i++, OffsetDateTime.ofInstant(r.round().created(), ZoneOffset.UTC));
            ps.setObject(i++, OffsetDateTime.ofInstant(r.versionAt(), ZoneOffset.UTC));
            ps.setString(i++, r.catalogId());
            ps.setString(i++, r.round().catalogSha256());
            ps.setString(i++, r.rulesId());
            ps.setString(i++, r.round().rulesSha256());
            ps.setInt(i++, level);
            ps.setInt(i++, next);
            ps.setBigDecimal(i++, nextLevel == null ? BigDecimal.ZERO : nextLevel.percent());
            ps.setInt(i++, nextLevel == null ? 0 : nextLevel.thresholdPercent());
            ps.setInt(i++, r.rated());
            ps.setInt(i++, r.notApplicable());
            ps.setArray(
                    i++,
                    c.createArrayOf(
                            "text",
                            r.result().modules().stream()
                                    .map(ModuleScore::module)
                                    .toArray()));
            ps.setArray(
                    i++,
                    c.createArrayOf(
                            "numeric",
                            r.result().modules().stream()
                                    .map(ModuleScore::percent)
                                    .toArray()));
            ps.setInt(i++, r.conflicts());
            ps.setString(i, r.sourceFile());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getBoolean(1) ? Outcome.ADDED : Outcome.REPLACED;
                }
            }
        }
        // The library holds a newer version of this round: say which, and change nothing.
        try (PreparedStatement ps = c.prepareStatement("SELECT version_at FROM round WHERE uid = ?")) {
            ps.setObject(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                Instant stored = rs.next() ? rs.getTimestamp(1).toInstant() : Instant.EPOCH;
                throw LibraryException.of(LibraryException.Reason.OLDER_VERSION, uid, stored, r.versionAt());
            }
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void insertRatings(Connection c, UUID uid, PublishedRound r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating (round_uid, item, c, f, note,"
                + " not_applicable, justification) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rating rating : r.assessment().ratings()) {
                ps.setObject(1, uid);
                ps.setInt(2, rating.item());
                rate(ps, 3, rating.c());
                rate(ps, 4, rating.f());
                ps.setString(5, rating.note() == null ? "" : rating.note());
                ps.setBoolean(6, rating.notApplicable());
                ps.setString(7, rating.justification() == null ? "" : rating.justification());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void rate(PreparedStatement ps, int index, io.ccmm.assessment.Rate rate) throws SQLException {
        if (rate == null || !rate.isRated()) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setInt(index, rate.points());
        }
    }

    private static void insertScores(Connection c, UUID uid, PublishedRound r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO level_score (round_uid, level, status, percent,"
                + " threshold, total_points, max_points, gap_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LevelReadiness l : r.result().levels()) {
                ps.setObject(1, uid);
                ps.setInt(2, l.level());
                ps.setString(3, l.status().name());
                ps.setBigDecimal(4, l.percent());
                ps.setInt(5, l.thresholdPercent());
                ps.setInt(6, l.totalPoints());
                ps.setInt(7, l.maxPoints());
                ps.setInt(8, l.gapPoints());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO module_score (round_uid, position, module, items,"
                + " rated, not_applicable, points, max_points, percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ModuleScore m : r.result().modules()) {
                ps.setObject(1, uid);
                ps.setInt(2, position++);
                ps.setString(3, m.module());
                ps.setInt(4, m.items());
                ps.setInt(5, m.rated());
                ps.setInt(6, m.notApplicable());
                ps.setInt(7, m.points());
                ps.setInt(8, m.maxPoints());
                ps.setBigDecimal(9, m.percent());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertActions(Connection c, UUID uid, PublishedRound r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO improvement_action (round_uid, position, item,"
                + " what, owner, due, status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ImprovementAction a : r.actions()) {
                ps.setObject(1, uid);
                ps.setInt(2, position++);
                ps.setInt(3, a.item());
                ps.setString(4, a.what());
                ps.setString(5, a.owner());
                ps.setString(6, a.due());
                ps.setString(7, a.status().code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEvidence(Connection c, UUID uid, PublishedRound r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (round_uid, position, item, name,"
                + " media_type, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (PublishedRound.EvidenceFile e : r.evidence()) {
                ps.setObject(1, uid);
                ps.setInt(2, position++);
                ps.setInt(3, e.item());
                ps.setString(4, e.name());
                ps.setString(5, e.mediaType());
                ps.setString(6, e.sha256());
                ps.setBytes(7, e.content());
                ps.executeUpdate();
            }
        }
    }
}
