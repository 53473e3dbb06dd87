package io.ccmm.portfolio;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Assessment files for portfolio tests: the three samples, and re-assessment rounds with better ratings. */
public final class PortfolioFixtures {

    public static final List<String> SAMPLES =
            List.of("12345-hotline-2026.json", "95598-utility-2026.json", "bank-card-center-2026.json");

    private PortfolioFixtures() {}

    public static Assessment sample(String name) throws Exception {
        byte[] json = Files.readAllBytes(Path.of("assessment-items/samples", name));
        return InterchangeJson.read(json, CatalogLoader.bundled().catalog(), false);
    }

    /** A {@code .ccmm} with the sample as its first round. */
    public static Path sampleFile(Path dir, String name) throws Exception {
        Path file = dir.resolve(name.replace(".json", ".ccmm"));
        AssessmentFile.importInto(file, sample(name), CatalogSnapshot.bundled());
        return file;
    }

    /** Adds a re-assessment round copied from the latest, with the first {@code improved} rated items raised to 10/10. */
    public static Round reassess(Path file, String title, String date, int improved) throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            Round latest = f.latestRound().orElseThrow();
            Round copy = f.copyRound(
                    latest.id(),
                    new RoundInfo(
                            title,
                            date,
                            latest.info().assessors(),
                            latest.info().targetLevel()));
            int n = 0;
            for (Rating r : f.ratings(copy.id()).values()) {
                if (n >= improved) {
                    break;
                }
                if (!r.notApplicable()) {
                    f.saveRating(copy.id(), new Rating(r.item(), Rate.FULL, Rate.FULL, r.note()));
                    n++;
                }
            }
            return copy;
        }
    }

    /** A small file of its own organization with a round where every item is rated {@code c}/{@code f}. */
    public static Path uniformFile(Path file, String org, String site, String industry, Rate c, Rate f)
            throws Exception {
        var catalog = CatalogLoader.bundled().catalog();
        List<Rating> ratings = catalog.items().stream()
                .map(item -> new Rating(item.id(), c, f, ""))
                .toList();
        Assessment assessment = new Assessment(
                new io.ccmm.assessment.CatalogRef(catalog.id(), ""),
                new Organization(org, site, industry, OptionalInt.of(5)),
                new RoundInfo("2026", "2026-05-01", List.of("A"), OptionalInt.empty()),
                ratings);
        AssessmentFile.importInto(file, assessment, CatalogSnapshot.bundled());
        return file;
    }
}
