package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.storage.ImprovementAction;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a command gets the assessment it works on: one implementation per kind of file (interchange JSON, the
 * {@code .ccmm} file). {@link AssessmentSources} picks the one that reads a given file.
 */
interface AssessmentSource {

    /** True when this source reads {@code file}, judged by its name and its first bytes. */
    boolean reads(Path file, byte[] head);

    /**
     * The assessment in {@code file} with the catalog and rules to score it by.
     *
     * @throws BadInputException naming the file and the place when the file cannot be used
     */
    LoadedAssessment load(Path file, Request request);

    /**
     * What the command line asked for.
     *
     * @param round the round of a multi-round file ({@code --round}), empty for the file's latest
     * @param catalog {@code --catalog}/{@code --rules}; a {@code .ccmm} file may prefer its own snapshot when not given
     * @param ignoreCatalogDigest use the file even when it pins another version of the same catalog
     */
    record Request(Optional<String> round, CatalogChoice catalog, boolean ignoreCatalogDigest) {}

    /**
     * An assessment with the catalog and rules it is to be scored by, and the round's improvement actions (none for
     * interchange JSON, which does not carry them).
     */
    record LoadedAssessment(Assessment assessment, CatalogBundle bundle, List<ImprovementAction> actions) {

        public LoadedAssessment {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        LoadedAssessment(Assessment assessment, CatalogBundle bundle) {
            this(assessment, bundle, List.of());
        }
    }
}
