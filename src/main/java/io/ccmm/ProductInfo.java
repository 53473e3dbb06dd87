package io.ccmm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of the product, filled in by the build. */
public record ProductInfo(String name, String version, String vendor) {

    private static final ProductInfo CURRENT = load();

    public static ProductInfo current() {
        return CURRENT;
    }

    private static ProductInfo load() {
        Properties p = new Properties();
        try (InputStream in = ProductInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductInfo(
                p.getProperty("name", "CCMM Readiness"),
                p.getProperty("version", "dev"),
                p.getProperty("vendor", "CCMM Readiness"));
    }
}
