package io.ccmm.storage;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes {@code src/test/resources/storage/v1-fixture.ccmm}, a schema-version-1 file kept as it was written so that the
 * migration test works on a real old file. It was run by the version-1 build (before schema version 2 existed); the
 * current code writes version 2, so the fixture is kept as it is. It was written with:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.storage.FixtureV1Writer</pre>
 */
public final class FixtureV1Writer {

    static final Organization ORG = new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7));

    private FixtureV1Writer() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/test/resources/storage/v1-fixture.ccmm");
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        StorageOptions options = StorageOptions.defaults()
                .withSchema(1, List.of())
                .withClock(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
        try (AssessmentFile f = AssessmentFile.create(target, ORG, options)) {
            f.actAs("张三");
            long baseline = f.createRound(
                            new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                            CatalogSnapshot.bundled())
                    .id();
            f.saveRating(baseline, new Rating(1, Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"));
            f.saveRating(baseline, Rating.of(2, Rate.PARTIAL, Rate.NONE));
            f.saveRating(baseline, new Rating(3, Rate.UNRATED, Rate.FULL, ""));
            f.attachEvidence(
                    baseline,
                    1,
                    "排班表.csv",
                    "text/csv",
                    new ByteArrayInputStream("agent,shift\n张三,A\n".getBytes(StandardCharsets.UTF_8)));
            f.addAction(ImprovementAction.of(baseline, 2, "补齐执行记录", "运营部", "2026-06-30"));
            f.markFinal(baseline);
            long again = f.copyRound(baseline, new RoundInfo("2026 复评", "2026-10-01", List.of("张三"), OptionalInt.of(3)))
                    .id();
            f.saveRating(again, Rating.of(2, Rate.FULL, Rate.PARTIAL));
        }
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
