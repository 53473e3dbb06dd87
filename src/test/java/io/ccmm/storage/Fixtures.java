package io.ccmm.storage;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Shared test data; item ids come from the bundled catalog, whatever its size. */
final class Fixtures {

    static final Organization ORG = new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7));

    static final RoundInfo BASELINE = new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3));

    private Fixtures() {}

    static List<Integer> itemIds() {
        return CatalogLoader.bundled().catalog().items().stream()
                .map(AssessmentItem::id)
                .toList();
    }

    static int item(int index) {
        return itemIds().get(index);
    }

    static AssessmentFile newFile(Path dir) throws StorageException {
        return AssessmentFile.create(dir.resolve("center.ccmm"), ORG);
    }

    static String sha256(Path file) {
        try {
            return CatalogLoader.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
