package io.ccmm.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Reads catalog and rules files into records and refuses any that break the rules of CATALOG.md. */
public final class CatalogLoader {

    public static final String BUNDLED_CATALOG = "/assessment-items/cc-cmm-oc-2025/catalog.json";
    public static final String BUNDLED_RULES = "/assessment-items/cc-cmm-oc-2025/scoring.json";

    private static volatile CatalogBundle bundled;

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The catalog and rules shipped inside the application: the build validated them and prepared a binary form
     * ({@link PreparedCatalog}), read here without parsing or validating the JSON again; without that form (a run
     * from an IDE's own output) the JSON is parsed and validated as any other catalog.
     */
    public static CatalogBundle bundled() {
        CatalogBundle b = bundled;
        if (b == null) {
            synchronized (CatalogLoader.class) {
                b = bundled;
                if (b == null) {
                    b = PreparedCatalog.readBundled();
                    if (b == null) {
                        b = parseBundledJson();
                    }
                    bundled = b;
                }
            }
        }
        return b;
    }

    /** The bundled JSON parsed and validated like a user's catalog (the build's check, and the fallback). */
    static CatalogBundle parseBundledJson() {
        try {
            CatalogLoader loader = new CatalogLoader();
            return loader.bundle(
                    loader.readCatalog(resource(BUNDLED_CATALOG), BUNDLED_CATALOG),
                    loader.readRules(resource(BUNDLED_RULES), BUNDLED_RULES));
        } catch (InvalidCatalogException e) {
            throw new IllegalStateException("The bundled catalog is invalid: " + e.getMessage(), e);
        }
    }

    public Catalog loadCatalog(Path file) throws IOException, InvalidCatalogException {
        return readCatalog(Files.readAllBytes(file), file.toString());
    }

    public ScoringRules loadRules(Path file) throws IOException, InvalidCatalogException {
        return readRules(Files.readAllBytes(file), file.toString());
    }

    /** Parses and validates a catalog on its own (rules-dependent checks happen in {@link #bundle}). */
    public Catalog readCatalog(byte[] json, String source) throws InvalidCatalogException {
        Catalog catalog = parse(json, Catalog.class, source).withSha256(sha256(json));
        throwIfAny(source, CatalogValidator.validateCatalog(catalog));
        return catalog;
    }

    public ScoringRules readRules(byte[] json, String source) throws InvalidCatalogException {
        ScoringRules rules = parse(json, ScoringRules.class, source).withSha256(sha256(json));
        throwIfAny(source, CatalogValidator.validateRules(rules));
        return rules;
    }

    /** Checks that a valid catalog and valid rules fit together (modules exist, bonus items above bonus levels). */
    public CatalogBundle bundle(Catalog catalog, ScoringRules rules) throws InvalidCatalogException {
        throwIfAny(catalog.id() + " + " + rules.id(), CatalogValidator.validatePair(catalog, rules));
        return new CatalogBundle(catalog, rules);
    }

    private <T> T parse(byte[] json, Class<T> type, String source) throws InvalidCatalogException {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidCatalogException(source, List.of(CatalogProblem.of("", "", "file.empty")));
            }
            return value;
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            throw new InvalidCatalogException(
                    source,
                    List.of(CatalogProblem.of(
                            path.isEmpty() ? at(e) : path, "", "json.mapping", e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogException(
                    source, List.of(CatalogProblem.of(at(e), "", "json.invalid", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static void throwIfAny(String source, List<CatalogProblem> problems) throws InvalidCatalogException {
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(source, problems);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
