package io.ccmm.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The plan a client acts on: findings per item, improvement actions with priority, effort, the ratings they aim for
 * and links to further items or a finding, planned ratings (the target state after the actions), an executive summary
 * per round and the file's branding.
 *
 * <pre>
 * CREATE TABLE finding (id, round_id, item, kind, severity, text, author, created, updated)
 * ALTER TABLE improvement_action ADD COLUMN priority, effort, finding_id, target_c, target_f
 * CREATE TABLE action_item (action_id, item)          -- further items an action raises
 * CREATE TABLE planned_rating (round_id, item, c, f)  -- the what-if ratings
 * CREATE TABLE round_summary (round_id, text, updated)
 * CREATE TABLE branding (id = 1, consultancy, client, logo, logo_type, accent)
 * </pre>
 */
final class MigrationV4 implements Migration {

    static final String[] DDL = {
        """
        CREATE TABLE finding (
          id       INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item     INTEGER NOT NULL,
          kind     TEXT NOT NULL CHECK (kind IN ('strength', 'weakness', 'observation')),
          severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('high', 'medium', 'low')),
          text     TEXT NOT NULL,
          author   TEXT NOT NULL DEFAULT '',
          created  TEXT NOT NULL,
          updated  TEXT NOT NULL
        )""",
        "CREATE INDEX finding_by_item ON finding (round_id, item)",
        "ALTER TABLE improvement_action ADD COLUMN priority TEXT NOT NULL DEFAULT 'medium'"
                + " CHECK (priority IN ('high', 'medium', 'low'))",
        "ALTER TABLE improvement_action ADD COLUMN effort TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE improvement_action ADD COLUMN finding_id INTEGER",
        "ALTER TABLE improvement_action ADD COLUMN target_c INTEGER CHECK (target_c IS NULL OR target_c IN (0, 5, 10))",
        "ALTER TABLE improvement_action ADD COLUMN target_f INTEGER CHECK (target_f IS NULL OR target_f IN (0, 5, 10))",
        """
        CREATE TABLE action_item (
          action_id INTEGER NOT NULL REFERENCES improvement_action (id) ON DELETE CASCADE,
          item      INTEGER NOT NULL,
          PRIMARY KEY (action_id, item)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE planned_rating (
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item     INTEGER NOT NULL,
          c        INTEGER NOT NULL CHECK (c IN (0, 5, 10)),
          f        INTEGER NOT NULL CHECK (f IN (0, 5, 10)),
          updated  TEXT NOT NULL,
          PRIMARY KEY (round_id, item)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE round_summary (
          round_id INTEGER PRIMARY KEY REFERENCES round (id) ON DELETE CASCADE,
          text     TEXT NOT NULL,
          updated  TEXT NOT NULL
        )""",
        """
        CREATE TABLE branding (
          id          INTEGER PRIMARY KEY CHECK (id = 1),
          consultancy TEXT NOT NULL DEFAULT '',
          client      TEXT NOT NULL DEFAULT '',
          logo        BLOB,
          logo_type   TEXT NOT NULL DEFAULT '',
          accent      TEXT NOT NULL DEFAULT ''
        )""",
    };

    @Override
    public int fromVersion() {
        return 3;
    }

    @Override
    public String description() {
        return "findings, an action plan, planned ratings, executive summaries and branding";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
    }
}
