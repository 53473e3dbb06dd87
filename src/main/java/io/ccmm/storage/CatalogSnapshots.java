package io.ccmm.storage;

import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.storage.StorageException.Reason;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code catalog_snapshot} table: catalog and rules files as they were, stored once per distinct content; the
 * catalogs of the file's rounds loaded once per session.
 */
final class CatalogSnapshots {

    private final FileSession session;
    private final Sql sql;
    private final Map<String, CatalogBundle> bundles = new HashMap<>();

    CatalogSnapshots(FileSession session) {
        this.session = session;
        this.sql = session.sql();
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

    /** The catalog and rules files {@code round} was assessed against. */
    CatalogSnapshot of(Round round) throws StorageException {
        return session.read(() -> new CatalogSnapshot(file(round.catalogSha256()), file(round.rulesSha256())));
    }

    private byte[] file(String sha) throws SQLException, StorageException {
        Optional<byte[]> json = json(sha);
        if (json.isEmpty()) {
            throw StorageException.of(Reason.MISSING_SNAPSHOT, session.path(), sha);
        }
        return json.get();
    }

    /** The loaded catalog of {@code round}, read and validated once per session. */
    CatalogBundle bundleOf(Round round) throws StorageException {
        CatalogBundle cached = bundles.get(key(round.catalogSha256(), round.rulesSha256()));
        return cached != null ? cached : load(of(round));
    }

    /** Validates {@code snapshot} (refused as {@link Reason#CATALOG_UNUSABLE}) and keeps it loaded. */
    CatalogBundle load(CatalogSnapshot snapshot) throws StorageException {
        String key = key(snapshot.catalogSha256(), snapshot.rulesSha256());
        CatalogBundle cached = bundles.get(key);
        if (cached != null) {
            return cached;
        }
        CatalogBundle shipped = shippedIfSame(snapshot);
        if (shipped != null) {
            bundles.put(key, shipped);
            return shipped;
        }
        try {
            CatalogBundle bundle = snapshot.load();
            bundles.put(key, bundle);
            return bundle;
        } catch (InvalidCatalogException e) {
            throw StorageException.withCause(e, Reason.CATALOG_UNUSABLE, e.getMessage());
        }
    }

    /**
     * The catalog the application ships, when {@code snapshot} holds exactly its files (same SHA-256): the build
     * validated those and prepared them for reading without parsing the JSON again. Otherwise {@code null}.
     */
    private static CatalogBundle shippedIfSame(CatalogSnapshot snapshot) {
        CatalogBundle shipped = io.ccmm.catalog.CatalogLoader.bundled();
        return shipped.catalog().sha256().equals(snapshot.catalogSha256())
                        && shipped.rules().sha256().equals(snapshot.rulesSha256())
                ? shipped
                : null;
    }

    private static String key(String catalogSha, String rulesSha) {
        return catalogSha + "/" + rulesSha;
    }
}
