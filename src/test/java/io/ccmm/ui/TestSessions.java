package io.ccmm.ui;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.StorageException;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Real .ccmm files over the bundled catalog for UI and view-model tests. */
public final class TestSessions {

    private TestSessions() {}

    public static FileRoundSession empty() {
        return with(List.of());
    }

    public static FileRoundSession with(List<Rating> ratings) {
        try {
            Path dir = Files.createTempDirectory("ccmm-ui-test");
            return with(dir.resolve("test.ccmm"), ratings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FileRoundSession with(Path file, List<Rating> ratings) {
        try {
            AssessmentFile f = AssessmentFile.create(file, new Organization("测试热线", "主中心", "", OptionalInt.of(6)));
            long round = f.createRound(
                            new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                            CatalogSnapshot.bundled())
                    .id();
            for (Rating r : ratings) {
                f.saveRating(round, r);
            }
            return new FileRoundSession(f, round, file.getFileName().toString());
        } catch (StorageException e) {
            throw new IllegalStateException(e);
        }
    }
}
