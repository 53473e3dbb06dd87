package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score an assessment: L1–L5 readiness, reasons, module table and the improvement path.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--json", description = "print the machine-readable result (SCORING.md §7)")
    boolean json;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "language of the readable table: zh or en (default: from the system locale)")
    String lang;

    @Override
    public Integer call() {
        Language language = lang == null ? Language.forLocale(Locale.getDefault()) : Cli.language(lang);
        OptionalInt requestedTarget = assessment.targetLevel();
        AssessmentSource.LoadedAssessment loaded = assessment.load();
        OptionalInt targetLevel = requestedTarget.isPresent()
                ? requestedTarget
                : loaded.assessment().round().targetLevel();
        ReadinessEngine engine = ReadinessEngine.of(loaded.bundle());
        ReadinessResult result = engine.score(
                loaded.assessment().ratings(),
                loaded.assessment().organization().yearsInOperation(),
                targetLevel);
        String text = json
                ? ScoreJson.write(result)
                : ScoreTable.render(result, loaded.bundle().catalog(), loaded.assessment(), language);
        spec.commandLine().getOut().print(text);
        return Cli.OK;
    }
}
