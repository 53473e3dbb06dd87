package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.explain.Explainer;
import io.ccmm.explain.Explanation;
import io.ccmm.explain.ExplanationLine;
import io.ccmm.explain.ExplanationText;
import io.ccmm.explain.LevelExplanation;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain the readiness of each level: the arithmetic in plain words and the items behind it.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Mixin
    MessageLanguage messageLanguage;

    @Option(names = "--level", paramLabel = "N", description = "explain only level N (1–5; default: every level)")
    Integer level;

    @Override
    public Integer call() {
        Language language = messageLanguage.language();
        if (level != null && (level < ReadinessEngine.LOWEST_LEVEL || level > ReadinessEngine.HIGHEST_LEVEL)) {
            throw BadInputException.of("level", level);
        }
        AssessmentSource.LoadedAssessment loaded = assessment.load();
        ReadinessEngine engine = ReadinessEngine.of(loaded.bundle());
        ReadinessResult result = engine.score(
                loaded.assessment().ratings(),
                loaded.assessment().organization().yearsInOperation(),
                OptionalInt.empty());
        Explanation explanation = Explainer.of(engine).explain(result);
        ExplanationText text = new ExplanationText(loaded.bundle().catalog(), language);

        PrintWriter out = spec.commandLine().getOut();
        out.println(text.readiness(explanation));
        for (LevelExplanation l : explanation.levels()) {
            if (level != null && l.level() != level) {
                continue;
            }
            out.println();
            out.println(text.title(l));
            for (ExplanationLine line : text.lines(l)) {
                out.println("  ".repeat(line.indent() + 1) + text.withItems(line, result));
            }
        }
        return Cli.OK;
    }
}
