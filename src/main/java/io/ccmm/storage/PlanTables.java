package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan columns of {@code improvement_action} with {@code action_item}, and the {@code planned_rating},
 * {@code round_summary} and {@code branding} tables. The base columns of an action stay with {@link Actions}.
 */
final class PlanTables {

    private final Sql sql;
    private final AuditTrail audit;

    PlanTables(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    // Action plan details

    /** The plan details of each action of the round, by action id. */
    Map<Long, PlanAction> details(List<ImprovementAction> actions, long roundId) throws SQLException {
        Map<Long, List<Integer>> more = new HashMap<>();
        for (long[] link : sql.list(
                "SELECT a.action_id, a.item FROM action_item a JOIN improvement_action i ON i.id = a.action_id"
                        + " WHERE i.round_id = ? ORDER BY a.action_id, a.item",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                roundId)) {
            more.computeIfAbsent(link[0], k -> new ArrayList<>()).add((int) link[1]);
        }
        Map<Long, Object[]> extra = new HashMap<>();
        for (Object[] row : sql.list(
                "SELECT id, priority, effort, target_c, target_f, finding_id FROM improvement_action WHERE round_id = ?",
                rs -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    Sql.optionalLong(rs, 4).orElse(-1L),
                    Sql.optionalLong(rs, 5).orElse(-1L),
                    Sql.optionalLong(rs, 6).orElse(0L)
                },
                roundId)) {
            extra.put((Long) row[0], row);
        }
        Map<Long, PlanAction> result = new LinkedHashMap<>();
        for (ImprovementAction a : actions) {
            Object[] row = extra.get(a.id());
            result.put(
                    a.id(),
                    new PlanAction(
                            a,
                            Priority.ofCode((String) row[1]),
                            (String) row[2],
                            rate((Long) row[3]),
                            rate((Long) row[4]),
                            more.getOrDefault(a.id(), List.of()),
                            (Long) row[5]));
        }
        return result;
    }

    void writeDetails(PlanAction old, PlanAction plan, Instant now) throws SQLException {
        long id = plan.action().id();
        sql.update(
                "UPDATE improvement_action SET priority = ?, effort = ?, target_c = ?, target_f = ?, finding_id = ?"
                        + " WHERE id = ?",
                plan.priority().code(),
                plan.effort().strip(),
                points(plan.targetC()),
                points(plan.targetF()),
                plan.findingId() == 0 ? null : plan.findingId(),
                id);
        sql.update("DELETE FROM action_item WHERE action_id = ?", id);
        for (int item : plan.moreItems()) {
            sql.update("INSERT INTO action_item (action_id, item) VALUES (?, ?)", id, item);
        }
        long round = plan.action().roundId();
        int item = plan.action().item();
        String oldPriority = old == null ? "" : old.priority().code();
        String oldEffort = old == null ? "" : old.effort();
        String oldItems = old == null ? "" : old.moreItems().toString();
        audit.record(
                now,
                round,
                item,
                "action.priority",
                oldPriority,
                plan.priority().code());
        audit.record(now, round, item, "action.effort", oldEffort, plan.effort().strip());
        audit.record(
                now, round, item, "action.items", oldItems, plan.moreItems().toString());
    }

    void removeLinks(long actionId) throws SQLException {
        sql.update("DELETE FROM action_item WHERE action_id = ?", actionId);
    }

    // Planned ratings

    Map<Integer, PlannedRating> planned(long roundId) throws SQLException {
        Map<Integer, PlannedRating> map = new LinkedHashMap<>();
        for (PlannedRating p : sql.list(
                "SELECT item, c, f FROM planned_rating WHERE round_id = ? ORDER BY item",
                rs -> new PlannedRating(rs.getInt(1), rate(rs.getLong(2)), rate(rs.getLong(3))),
                roundId)) {
            map.put(p.item(), p);
        }
        return map;
    }

    void setPlanned(long roundId, int item, Rate c, Rate f, Instant now) throws SQLException {
        if (!c.isRated() || !f.isRated()) {
            sql.update("DELETE FROM planned_rating WHERE round_id = ? AND item = ?", roundId, item);
            audit.record(now, roundId, item, "planned", "", "");
            return;
        }
        sql.update(
                "INSERT INTO planned_rating (round_id, item, c, f, updated) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (round_id, item) DO UPDATE SET c = excluded.c, f = excluded.f,"
                        + " updated = excluded.updated",
                roundId,
                item,
                c.points(),
                f.points(),
                now.toString());
        audit.record(now, roundId, item, "planned", "", c.points() + "/" + f.points());
    }

    void clearPlanned(long roundId, Instant now) throws SQLException {
        sql.update("DELETE FROM planned_rating WHERE round_id = ?", roundId);
        audit.record(now, roundId, null, "planned.cleared", "", "");
    }

    // Executive summary

    String summary(long roundId) throws SQLException {
        return sql.one("SELECT text FROM round_summary WHERE round_id = ?", rs -> rs.getString(1), roundId)
                .orElse("");
    }

    void saveSummary(long roundId, String text, Instant now) throws SQLException {
        String old = summary(roundId);
        if (text.isBlank()) {
            sql.update("DELETE FROM round_summary WHERE round_id = ?", roundId);
        } else {
            sql.update(
                    "INSERT INTO round_summary (round_id, text, updated) VALUES (?, ?, ?)"
                            + " ON CONFLICT (round_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
                    roundId,
                    text,
                    now.toString());
        }
        audit.record(now, roundId, null, "summary", old, text.isBlank() ? "" : text);
    }

    // Branding

    Branding branding() throws SQLException {
        return sql.one(
                        "SELECT consultancy, client, logo, logo_type, accent FROM branding WHERE id = 1",
                        rs -> new Branding(
                                rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getString(5)))
                .orElse(Branding.NONE);
    }

    void saveBranding(Branding b, Instant now) throws SQLException {
        sql.update(
                "INSERT INTO branding (id, consultancy, client, logo, logo_type, accent) VALUES (1, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET consultancy = excluded.consultancy, client = excluded.client,"
                        + " logo = excluded.logo, logo_type = excluded.logo_type, accent = excluded.accent",
                b.consultancy(),
                b.client(),
                b.logo().length == 0 ? null : b.logo(),
                b.logoType(),
                b.accent());
        audit.record(now, null, null, "branding", "", b.consultancy() + " / " + b.client());
    }

    private static Rate rate(long points) {
        return points < 0 ? Rate.UNRATED : Rate.ofPoints((int) points).orElse(Rate.UNRATED);
    }

    private static Integer points(Rate r) {
        return r.isRated() ? r.points() : null;
    }
}
