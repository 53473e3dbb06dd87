package io.ccmm.cli;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.ScoringRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The catalog and rules a command was told to use ({@code --catalog}, {@code --rules}); the bundled ones otherwise. */
record CatalogChoice(Optional<Path> catalogFile, Optional<Path> rulesFile) {

    static CatalogChoice of(Path catalogFile, Path rulesFile) {
        return new CatalogChoice(Optional.ofNullable(catalogFile), Optional.ofNullable(rulesFile));
    }

    boolean isBundled() {
        return catalogFile.isEmpty() && rulesFile.isEmpty();
    }

    /** Loads and cross-checks the chosen files. */
    CatalogBundle load() {
        if (isBundled()) {
            return CatalogLoader.bundled();
        }
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog = catalogFile.isPresent()
                ? read(catalogFile.get(), () -> loader.loadCatalog(catalogFile.get()))
                : CatalogLoader.bundled().catalog();
        ScoringRules rules = rulesFile.isPresent()
                ? read(rulesFile.get(), () -> loader.loadRules(rulesFile.get()))
                : bundledRulesOnly(loader);
        try {
            return loader.bundle(catalog, rules);
        } catch (InvalidCatalogException e) {
            throw BadInputException.of("catalogMismatch", e);
        }
    }

    /** The bundled rules without parsing the bundled catalog, which a {@code --catalog} run does not use. */
    private static ScoringRules bundledRulesOnly(CatalogLoader loader) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CatalogLoader.BUNDLED_RULES);
            }
            return loader.readRules(in.readAllBytes(), CatalogLoader.BUNDLED_RULES);
        } catch (IOException | InvalidCatalogException e) {
            throw new IllegalStateException("the bundled rules cannot be read: " + e.getMessage(), e);
        }
    }

    private interface Reader<T> {
        T read() throws IOException, InvalidCatalogException;
    }

    private static <T> T read(Path file, Reader<T> reader) {
        try {
            return reader.read();
        } catch (InvalidCatalogException e) {
            throw BadInputException.of("catalogInvalid", e); // "FILE: where: what"
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", file, e);
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", file, e);
        }
    }
}
