package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.BASELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round rated against the shipped catalog opens with the build-prepared catalog; any other catalog is parsed. */
class ShippedCatalogTest {

    @TempDir
    Path dir;

    @Test
    void aRoundOnTheShippedCatalogUsesThePreparedOne() throws Exception {
        long round;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            round = f.createRound(BASELINE, CatalogSnapshot.bundled()).id();
        }
        try (AssessmentFile f = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_ONLY)) {
            assertSame(CatalogLoader.bundled(), f.catalogBundleOf(round));
        }
    }

    @Test
    void aRoundOnAnotherCatalogFileIsParsedFromItsOwnBytes() throws Exception {
        CatalogSnapshot shipped = CatalogSnapshot.bundled();
        // The same catalog, but other bytes (one more line break): another file, another digest.
        byte[] other =
                (new String(shipped.catalogJson(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        CatalogSnapshot snapshot = new CatalogSnapshot(other, shipped.rulesJson());
        long round;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            round = f.createRound(BASELINE, snapshot).id();
        }
        try (AssessmentFile f = AssessmentFile.open(dir.resolve("center.ccmm"), OpenMode.READ_ONLY)) {
            CatalogBundle bundle = f.catalogBundleOf(round);
            assertNotSame(CatalogLoader.bundled(), bundle);
            assertEquals(snapshot.catalogSha256(), bundle.catalog().sha256());
            assertEquals(
                    CatalogLoader.bundled().catalog().items(), bundle.catalog().items());
        }
    }
}
