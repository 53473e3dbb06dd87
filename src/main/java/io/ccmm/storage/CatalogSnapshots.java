package io.ccmm.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code catalog_snapshot} table: catalog and rules files as they were, stored once per distinct content. */
final class CatalogSnapshots {

    private final Sql sql;

    CatalogSnapshots(Sql sql) {
        this.sql = sql;
    }

    void store(String sha, String kind, byte[] json, Instant now) throws SQLException {
        sql.update(
                "INSERT INTO catalog_snapshot (sha256, kind, json, stored) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (sha256) DO NOTHING",
                sha,
                kind,
                json,
                now.toString());
    }

    /** Stores both files of {@code snapshot} (each only if the file does not hold it yet). */
    void store(CatalogSnapshot snapshot, Instant now) throws SQLException {
        store(snapshot.catalogSha256(), "catalog", snapshot.catalogJson(), now);
        store(snapshot.rulesSha256(), "rules", snapshot.rulesJson(), now);
    }

    Optional<byte[]> json(String sha) throws SQLException {
        return sql.one("SELECT json FROM catalog_snapshot WHERE sha256 = ?", rs -> rs.getBytes(1), sha);
    }
}
