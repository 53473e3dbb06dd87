package io.ccmm.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a {@code .ccmm} file: version 1 as {@link #createVersion1} writes it, then each {@link Migration} in
 * {@link #MIGRATIONS} (a new file is built the same way, so old and new files of one version are alike).
 *
 * <p>{@code PRAGMA application_id} is {@value #APPLICATION_ID_HEX} — the ASCII bytes "CCMM" — so any tool (and the
 * {@code file} command) can tell our files from other SQLite databases. {@code PRAGMA user_version} is the schema
 * version; a newer build adds a {@link Migration} from the last version and raises {@link #CURRENT_VERSION}.
 *
 * <p>Conventions: times are UTC ISO-8601 instants ("2026-03-01T08:15:30.123Z"), dates ISO yyyy-MM-dd or "" when not
 * given, rates 10/5/0 or NULL when unrated.
 */
public final class Schema {

    /** "CCMM" in ASCII, big-endian, as SQLite stores it at offset 68 of the file header. */
    public static final int APPLICATION_ID = 0x43434D4D;

    public static final String APPLICATION_ID_HEX = "0x43434D4D";

    public static final int CURRENT_VERSION = 4;

    /** Steps from older versions, one per version. */
    public static final List<Migration> MIGRATIONS = List.of(new MigrationV2(), new MigrationV3(), new MigrationV4());

    static final String[] VERSION_1 = {
        // Exactly one row: the organization the file is about.
        """
        CREATE TABLE organization (
          id                 INTEGER PRIMARY KEY CHECK (id = 1),
          name               TEXT NOT NULL DEFAULT '',
          site               TEXT NOT NULL DEFAULT '',
          industry           TEXT NOT NULL DEFAULT '',
          years_in_operation INTEGER CHECK (years_in_operation IS NULL OR years_in_operation >= 0)
        )""",
        // Catalog and rules files as they were, stored once per distinct content.
        """
        CREATE TABLE catalog_snapshot (
          sha256  TEXT PRIMARY KEY,
          kind    TEXT NOT NULL CHECK (kind IN ('catalog', 'rules')),
          json    BLOB NOT NULL,
          stored  TEXT NOT NULL
        )""",
        """
        CREATE TABLE round (
          id             INTEGER PRIMARY KEY,
          title          TEXT NOT NULL DEFAULT '',
          date           TEXT NOT NULL DEFAULT '',
          assessors      TEXT NOT NULL DEFAULT '[]',
          target_level   INTEGER CHECK (target_level IS NULL OR target_level BETWEEN 1 AND 5),
          status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
          created        TEXT NOT NULL,
          copied_from    INTEGER REFERENCES round (id) ON DELETE SET NULL,
          catalog_sha256 TEXT NOT NULL REFERENCES catalog_snapshot (sha256),
          rules_sha256   TEXT NOT NULL REFERENCES catalog_snapshot (sha256)
        )""",
        // A row only while the item has a rate or a note.
        """
        CREATE TABLE rating (
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item     INTEGER NOT NULL,
          c        INTEGER CHECK (c IS NULL OR c IN (0, 5, 10)),
          f        INTEGER CHECK (f IS NULL OR f IN (0, 5, 10)),
          note     TEXT NOT NULL DEFAULT '',
          updated  TEXT NOT NULL,
          PRIMARY KEY (round_id, item)
        ) WITHOUT ROWID""",
        // Attachment content, once per distinct SHA-256; kept apart so listing evidence never reads blobs, and
        // referred to by a small integer so that thousands of attachment rows stay small.
        """
        CREATE TABLE evidence_content (
          id      INTEGER PRIMARY KEY,
          sha256  TEXT NOT NULL UNIQUE,
          size    INTEGER NOT NULL,
          content BLOB NOT NULL
        )""",
        """
        CREATE TABLE evidence (
          id         INTEGER PRIMARY KEY,
          round_id   INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item       INTEGER NOT NULL,
          name       TEXT NOT NULL,
          media_type TEXT NOT NULL,
          content_id INTEGER NOT NULL REFERENCES evidence_content (id),
          added      TEXT NOT NULL
        )""",
        "CREATE INDEX evidence_by_item ON evidence (round_id, item)",
        "CREATE INDEX evidence_by_content ON evidence (content_id)",
        """
        CREATE TABLE improvement_action (
          id       INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
          item     INTEGER NOT NULL,
          what     TEXT NOT NULL,
          owner    TEXT NOT NULL DEFAULT '',
          due      TEXT NOT NULL DEFAULT '',
          status   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
          created  TEXT NOT NULL,
          updated  TEXT NOT NULL
        )""",
        "CREATE INDEX improvement_action_by_item ON improvement_action (round_id, item)",
        // No foreign keys: the trail outlives what it talks about.
        """
        CREATE TABLE audit (
          id        INTEGER PRIMARY KEY,
          at        TEXT NOT NULL,
          who       TEXT NOT NULL,
          round_id  INTEGER,
          item      INTEGER,
          field     TEXT NOT NULL,
          old_value TEXT,
          new_value TEXT
        )""",
        "CREATE INDEX audit_by_round_item ON audit (round_id, item)",
    };

    private Schema() {}

    /** Creates version 1 in an empty database (inside the caller's transaction). */
    static void createVersion1(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : VERSION_1) {
                s.execute(ddl);
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
        }
    }
}
