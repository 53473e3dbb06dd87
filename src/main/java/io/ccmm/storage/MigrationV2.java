package io.ccmm.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Schema version 2: an item can be not applicable with a justification (SCORING.md §2), and every round has an
 * identity that survives copies of the file ({@code round.uid}, a UUID; FORMATS.md "Team assessments").
 *
 * <pre>
 * ALTER TABLE rating ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
 *     CHECK (not_applicable IN (0, 1) AND (not_applicable = 0 OR (c IS NULL AND f IS NULL)))
 * ALTER TABLE rating ADD COLUMN justification TEXT NOT NULL DEFAULT ''
 * ALTER TABLE round ADD COLUMN uid TEXT NOT NULL DEFAULT ''
 * UPDATE round SET uid = (a fresh UUID) for every round
 * CREATE UNIQUE INDEX round_by_uid ON round (uid)
 * </pre>
 *
 * SQLite adds a column only with a constant default, so {@code uid} is filled row by row before the unique index is
 * built; storage always writes a UUID, and the index refuses a second round with the same one.
 */
final class MigrationV2 implements Migration {

    static final String[] DDL = {
        "ALTER TABLE rating ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0"
                + " CHECK (not_applicable IN (0, 1) AND (not_applicable = 0 OR (c IS NULL AND f IS NULL)))",
        "ALTER TABLE rating ADD COLUMN justification TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE round ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    };

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public String description() {
        return "not applicable items and round identities";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            List<Long> rounds = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM round ORDER BY id")) {
                while (rs.next()) {
                    rounds.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE round SET uid = ? WHERE id = ?")) {
                for (long id : rounds) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
            s.execute("CREATE UNIQUE INDEX round_by_uid ON round (uid)");
        }
    }
}
