package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The prepared form the build writes is exactly the bundled JSON, parsed and validated. */
class PreparedCatalogTest {

    @Test
    void theBuildsPreparedFormDecodesToTheValidatedJson() {
        CatalogBundle prepared = PreparedCatalog.readBundled();
        assertNotNull(prepared, "the build writes " + PreparedCatalog.RESOURCE + " (process-classes)");
        CatalogBundle json = CatalogLoader.parseBundledJson();
        assertEquals(json, prepared);
        assertEquals(
                CatalogLoader.sha256(resource(CatalogLoader.BUNDLED_CATALOG)),
                prepared.catalog().sha256());
        assertEquals(
                CatalogLoader.sha256(resource(CatalogLoader.BUNDLED_RULES)),
                prepared.rules().sha256());
    }

    @Test
    void bundledIsThePreparedForm() {
        assertEquals(PreparedCatalog.readBundled(), CatalogLoader.bundled());
    }

    @Test
    void writeThenReadGivesTheSameBundle() throws IOException {
        CatalogBundle json = CatalogLoader.parseBundledJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PreparedCatalog.write(json, out);
        assertEquals(json, PreparedCatalog.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PreparedCatalog.write(CatalogLoader.parseBundledJson(), out);
        byte[] bytes = out.toByteArray();
        assertThrows(
                IOException.class,
                () -> PreparedCatalog.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        byte[] foreign = bytes.clone();
        foreign[0] = '{';
        assertThrows(IOException.class, () -> PreparedCatalog.read(new ByteArrayInputStream(foreign)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
