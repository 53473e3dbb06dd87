package io.ccmm.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Schema version 3: team assessments (FORMATS.md "Team assessments"). A file gets an identity of its own; a field copy
 * records where it came from, for whom, its scope and the values it was handed out with; a master records the copies
 * handed out, each copy's changes (contributions), the conflicts between them, notes per author, what was merged from
 * where (so a second merge adds nothing twice), review flags and the round's sign-off.
 */
final class MigrationV3 implements Migration {

    static final String[] DDL = {
        // Exactly one row: the file's own identity (a copy made with the file manager keeps it; a field copy has its
        // own).
        """
        CREATE TABLE file_identity (
          id  INTEGER PRIMARY KEY CHECK (id = 1),
          uid TEXT NOT NULL
        )""",
        // At most one row, only in a field copy: whose copy of which round of which file, and its scope.
        """
        CREATE TABLE field_copy (
          id              INTEGER PRIMARY KEY CHECK (id = 1),
          master_file_uid TEXT NOT NULL,
          master_name     TEXT NOT NULL DEFAULT '',
          round_uid       TEXT NOT NULL,
          assessor        TEXT NOT NULL,
          scope           TEXT NOT NULL DEFAULT '',
          handed_out      TEXT NOT NULL
        )""",
        // The value of every item of the copy's round when it was handed out (absent = unrated then).
        """
        CREATE TABLE field_copy_base (
          item           INTEGER PRIMARY KEY,
          c              INTEGER CHECK (c IS NULL OR c IN (0, 5, 10)),
          f              INTEGER CHECK (f IS NULL OR f IN (0, 5, 10)),
          not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
          justification  TEXT NOT NULL DEFAULT '',
          note           TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID""",
        // In a master: the field copies handed out of a round.
        """
        CREATE TABLE team_handout (
          copy_uid   TEXT PRIMARY KEY,
          round_id   INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          assessor   TEXT NOT NULL,
          scope      TEXT NOT NULL DEFAULT '',
          handed_out TEXT NOT NULL
        ) WITHOUT ROWID""",
        // In a master: the value one copy (source) changed an item to, with that assessor's note and evidence names.
        """
        CREATE TABLE team_contribution (
          round_id       INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item           INTEGER NOT NULL,
          source         TEXT NOT NULL,
          assessor       TEXT NOT NULL,
          c              INTEGER CHECK (c IS NULL OR c IN (0, 5, 10)),
          f              INTEGER CHECK (f IS NULL OR f IN (0, 5, 10)),
          not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
          justification  TEXT NOT NULL DEFAULT '',
          note           TEXT NOT NULL DEFAULT '',
          evidence       TEXT NOT NULL DEFAULT '',
          merged         TEXT NOT NULL,
          PRIMARY KEY (round_id, item, source)
        ) WITHOUT ROWID""",
        // In a master: an item the copies changed to different values; the round's value before them is kept here.
        """
        CREATE TABLE team_conflict (
          round_id           INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item               INTEGER NOT NULL,
          kept_c             INTEGER CHECK (kept_c IS NULL OR kept_c IN (0, 5, 10)),
          kept_f             INTEGER CHECK (kept_f IS NULL OR kept_f IN (0, 5, 10)),
          kept_na            INTEGER NOT NULL DEFAULT 0 CHECK (kept_na IN (0, 1)),
          kept_justification TEXT NOT NULL DEFAULT '',
          status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
          resolution         TEXT NOT NULL DEFAULT '',
          resolved_by        TEXT NOT NULL DEFAULT '',
          resolved_at        TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (round_id, item)
        ) WITHOUT ROWID""",
        // Notes kept per author (the item's own note stays the round's).
        """
        CREATE TABLE team_note (
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item     INTEGER NOT NULL,
          author   TEXT NOT NULL,
          note     TEXT NOT NULL,
          updated  TEXT NOT NULL,
          PRIMARY KEY (round_id, item, author)
        ) WITHOUT ROWID""",
        // What a merge already brought in (evidence, actions, audit entries), by where it came from.
        """
        CREATE TABLE team_merged (
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          kind     TEXT NOT NULL CHECK (kind IN ('evidence', 'action', 'audit')),
          origin   TEXT NOT NULL,
          author   TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (round_id, kind, origin)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE review_flag (
          round_id    INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item        INTEGER NOT NULL,
          comment     TEXT NOT NULL DEFAULT '',
          flagged_by  TEXT NOT NULL,
          flagged_at  TEXT NOT NULL,
          reviewed    INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
          reviewed_by TEXT NOT NULL DEFAULT '',
          reviewed_at TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (round_id, item)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE sign_off (
          round_id  INTEGER PRIMARY KEY REFERENCES round (id) ON DELETE CASCADE,
          reviewer  TEXT NOT NULL,
          date      TEXT NOT NULL,
          statement TEXT NOT NULL,
          signed    TEXT NOT NULL
        )""",
    };

    @Override
    public int fromVersion() {
        return 2;
    }

    @Override
    public String description() {
        return "team assessments: field copies, merge, conflicts, review and sign-off";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO file_identity (id, uid) VALUES (1, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }
}
