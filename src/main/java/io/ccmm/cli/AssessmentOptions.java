package io.ccmm.cli;

import io.ccmm.scoring.NotApplicableNotAllowedException;
import io.ccmm.scoring.ReadinessEngine;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The assessment to read and how to score it: shared by {@code score} and {@code report}. */
final class AssessmentOptions {

    @Parameters(paramLabel = "ASSESSMENT", description = "interchange JSON (.json) or assessment file (.ccmm)")
    Path file;

    @Option(names = "--round", paramLabel = "ID", description = "round of a .ccmm file (default: the latest)")
    String round;

    @Option(
            names = "--target",
            paramLabel = "N",
            description = "level 1–5 to plan the improvement path to (default: the assessment's target level)")
    Integer target;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (default: the bundled rules)")
    Path rulesFile;

    @Option(names = "--catalog", paramLabel = "FILE", description = "catalog file (default: the bundled catalog)")
    Path catalogFile;

    @Option(
            names = "--ignore-catalog-digest",
            description = "use the assessment even when it pins another version (sha256) of the catalog")
    boolean ignoreCatalogDigest;

    /** {@code --target} as given, checked; empty when not given. */
    OptionalInt targetLevel() {
        if (target == null) {
            return OptionalInt.empty();
        }
        if (target < ReadinessEngine.LOWEST_LEVEL || target > ReadinessEngine.HIGHEST_LEVEL) {
            throw BadInputException.of("target", target);
        }
        return OptionalInt.of(target);
    }

    AssessmentSource.LoadedAssessment load() {
        AssessmentSource.LoadedAssessment loaded = AssessmentSources.load(
                file,
                new AssessmentSource.Request(
                        Optional.ofNullable(round), CatalogChoice.of(catalogFile, rulesFile), ignoreCatalogDigest));
        try {
            ReadinessEngine.requireNotApplicableAllowed(
                    loaded.bundle().rules(), loaded.assessment().ratings());
        } catch (NotApplicableNotAllowedException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
        return loaded;
    }
}
