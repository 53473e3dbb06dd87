package io.ccmm.cli;

import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score an assessment: L1–L5 readiness, reasons, module table and the improvement path.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ASSESSMENT", description = "interchange JSON (.json) or assessment file (.ccmm)")
    Path file;

    @Option(names = "--round", paramLabel = "ID", description = "round of a .ccmm file (default: the latest)")
    String round;

    @Option(
            names = "--target",
            paramLabel = "N",
            description = "level 1–5 to plan the improvement path to (default: the assessment's target level)")
    Integer target;

    @Option(names = "--json", description = "print the machine-readable result (SCORING.md §7)")
    boolean json;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (default: the bundled rules)")
    Path rulesFile;

    @Option(names = "--catalog", paramLabel = "FILE", description = "catalog file (default: the bundled catalog)")
    Path catalogFile;

    @Option(
            names = "--ignore-catalog-digest",
            description = "score even when the assessment pins another version (sha256) of the catalog")
    boolean ignoreCatalogDigest;

    @Override
    public Integer call() {
        if (target != null && (target < ReadinessEngine.LOWEST_LEVEL || target > ReadinessEngine.HIGHEST_LEVEL)) {
            throw new BadInputException("--target: " + target + " is not a level from 1 to 5");
        }
        AssessmentSource.LoadedAssessment loaded = AssessmentSources.load(
                file,
                new AssessmentSource.Request(
                        Optional.ofNullable(round), CatalogChoice.of(catalogFile, rulesFile), ignoreCatalogDigest));
        OptionalInt targetLevel = target != null
                ? OptionalInt.of(target)
                : loaded.assessment().round().targetLevel();
        ReadinessEngine engine = ReadinessEngine.of(loaded.bundle());
        ReadinessResult result = engine.score(
                loaded.assessment().ratings(),
                loaded.assessment().organization().yearsInOperation(),
                targetLevel);
        String text = json
                ? ScoreJson.write(result)
                : ScoreTable.render(result, loaded.bundle().catalog(), loaded.assessment());
        spec.commandLine().getOut().print(text);
        return Cli.OK;
    }
}
