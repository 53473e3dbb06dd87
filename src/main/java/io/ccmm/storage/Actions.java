package io.ccmm.storage;

import io.ccmm.storage.StorageException.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code improvement_action} table: one improvement action per row, each change audited. */
final class Actions {

    private static final String COLUMNS = "id, round_id, item, what, owner, due, status";

    private final FileSession session;
    private final Sql sql;
    private final AuditTrail audit;
    private final Rounds rounds;

    Actions(FileSession session, AuditTrail audit, Rounds rounds) {
        this.session = session;
        this.sql = session.sql();
        this.audit = audit;
        this.rounds = rounds;
    }

    /** The actions of an existing round. */
    List<ImprovementAction> get(long roundId) throws StorageException {
        rounds.get(roundId);
        return session.read(() -> ofRound(roundId));
    }

    private ImprovementAction require(long actionId) throws StorageException {
        return session.read(() -> find(actionId))
                .orElseThrow(() -> StorageException.of(Reason.NO_SUCH_ACTION, session.path(), actionId));
    }

    ImprovementAction add(ImprovementAction action) throws StorageException {
        session.requireWritable();
        rounds.requireItem(rounds.get(action.roundId()), action.item());
        check(action);
        long id = session.write(() -> add(action, session.now()));
        return require(id);
    }

    void update(ImprovementAction action) throws StorageException {
        session.requireWritable();
        check(action);
        ImprovementAction old = require(action.id());
        ImprovementAction updated = new ImprovementAction(
                old.id(),
                old.roundId(),
                old.item(),
                action.what().strip(),
                action.owner().strip(),
                action.due(),
                action.status());
        if (updated.equals(old)) {
            return;
        }
        session.write(() -> {
            update(old, updated, session.now());
            return null;
        });
    }

    void remove(long actionId) throws StorageException {
        session.requireWritable();
        ImprovementAction old = require(actionId);
        session.write(() -> {
            remove(old, session.now());
            return null;
        });
    }

    static void check(ImprovementAction action) throws StorageException {
        if (action.what().isBlank()) {
            throw StorageException.of(Reason.ACTION_WITHOUT_TEXT);
        }
        Rounds.checkDate(Reason.BAD_DUE_DATE, action.due());
    }

    List<ImprovementAction> ofRound(long roundId) throws SQLException {
        return sql.list(
                "SELECT " + COLUMNS + " FROM improvement_action WHERE round_id = ? ORDER BY item, id",
                Actions::action,
                roundId);
    }

    Optional<ImprovementAction> find(long actionId) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM improvement_action WHERE id = ?", Actions::action, actionId);
    }

    long add(ImprovementAction action, Instant now) throws SQLException {
        long id = sql.insert(
                "INSERT INTO improvement_action (round_id, item, what, owner, due, status, created, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                action.roundId(),
                action.item(),
                action.what().strip(),
                action.owner().strip(),
                action.due(),
                action.status().code(),
                now.toString(),
                now.toString());
        audit.record(
                now,
                action.roundId(),
                action.item(),
                "action.added",
                "",
                action.what().strip());
        return id;
    }

    void update(ImprovementAction old, ImprovementAction updated, Instant now) throws SQLException {
        sql.update(
                "UPDATE improvement_action SET what = ?, owner = ?, due = ?, status = ?, updated = ? WHERE id = ?",
                updated.what(),
                updated.owner(),
                updated.due(),
                updated.status().code(),
                now.toString(),
                updated.id());
        audit.record(now, old.roundId(), old.item(), "action.what", old.what(), updated.what());
        audit.record(now, old.roundId(), old.item(), "action.owner", old.owner(), updated.owner());
        audit.record(now, old.roundId(), old.item(), "action.due", old.due(), updated.due());
        audit.record(
                now,
                old.roundId(),
                old.item(),
                "action.status",
                old.status().code(),
                updated.status().code());
    }

    void remove(ImprovementAction old, Instant now) throws SQLException {
        sql.update("DELETE FROM improvement_action WHERE id = ?", old.id());
        audit.record(now, old.roundId(), old.item(), "action.removed", old.what(), "");
    }

    /** The actions of one round not yet done, carried into a re-assessment. */
    private static ImprovementAction action(ResultSet rs) throws SQLException {
        return new ImprovementAction(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                ActionStatus.ofCode(rs.getString(7)));
    }
}
