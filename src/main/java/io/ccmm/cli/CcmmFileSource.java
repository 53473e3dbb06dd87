package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code .ccmm} assessment file (a SQLite database), recognised by its extension or the SQLite header: the latest
 * round (or {@code --round}) with the catalog snapshot it was rated against and its improvement actions.
 */
final class CcmmFileSource implements AssessmentSource {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean reads(Path file, byte[] head) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".ccmm") || Arrays.equals(head, SQLITE_HEADER);
    }

    @Override
    public LoadedAssessment load(Path file, Request request) {
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            long roundId = request.round().isPresent()
                    ? roundId(file, f, request.round().get())
                    : f.latestRound()
                            .orElseThrow(() -> BadInputException.of("noRound", file))
                            .id();
            Assessment assessment = f.exportRound(roundId);
            // A round is scored by the catalog and rules it was rated against, unless the user names others.
            CatalogBundle bundle = request.catalog().isBundled()
                    ? f.catalogBundleOf(roundId)
                    : request.catalog().load();
            for (Rating r : assessment.ratings()) {
                if (bundle.catalog().item(r.item()).isEmpty()) {
                    throw BadInputException.of(
                            "roundItemNotInCatalog",
                            file,
                            roundId,
                            r.item(),
                            bundle.catalog().id());
                }
            }
            return new LoadedAssessment(assessment, bundle, f.actions(roundId));
        } catch (StorageException e) {
            throw BadInputException.of("storage", e);
        }
    }

    private static long roundId(Path file, AssessmentFile f, String given) throws StorageException {
        long id;
        try {
            id = Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw BadInputException.of("round.notId", given, file);
        }
        if (f.rounds().stream().noneMatch(r -> r.id() == id)) {
            throw BadInputException.of(
                    "round.missing",
                    file,
                    id,
                    f.rounds().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", ")));
        }
        return id;
    }
}
