package io.ccmm.storage;

import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exact bytes of a catalog file and a rules file. A round stores the snapshot it was rated against, so a file
 * opened years later scores exactly as it did, whatever catalog the app then ships.
 */
public final class CatalogSnapshot {

    private final byte[] catalogJson;
    private final byte[] rulesJson;
    private final String catalogSha256;
    private final String rulesSha256;

    public CatalogSnapshot(byte[] catalogJson, byte[] rulesJson) {
        this.catalogJson = catalogJson.clone();
        this.rulesJson = rulesJson.clone();
        this.catalogSha256 = CatalogLoader.sha256(catalogJson);
        this.rulesSha256 = CatalogLoader.sha256(rulesJson);
    }

    /** The catalog and rules shipped inside the application. */
    public static CatalogSnapshot bundled() {
        return new CatalogSnapshot(resource(CatalogLoader.BUNDLED_CATALOG), resource(CatalogLoader.BUNDLED_RULES));
    }

    /** Catalog and rules files; a {@code null} path takes the bundled one. */
    public static CatalogSnapshot of(Path catalogFile, Path rulesFile) throws IOException {
        return new CatalogSnapshot(
                catalogFile == null ? resource(CatalogLoader.BUNDLED_CATALOG) : Files.readAllBytes(catalogFile),
                rulesFile == null ? resource(CatalogLoader.BUNDLED_RULES) : Files.readAllBytes(rulesFile));
    }

    /** Parses and validates both files and checks that they fit together. */
    public CatalogBundle load() throws InvalidCatalogException {
        CatalogLoader loader = new CatalogLoader();
        return loader.bundle(
                loader.readCatalog(catalogJson, "catalog " + catalogSha256.substring(0, 12)),
                loader.readRules(rulesJson, "rules " + rulesSha256.substring(0, 12)));
    }

    public byte[] catalogJson() {
        return catalogJson.clone();
    }

    public byte[] rulesJson() {
        return rulesJson.clone();
    }

    public String catalogSha256() {
        return catalogSha256;
    }

    public String rulesSha256() {
        return rulesSha256;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogSnapshot.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
