package io.ccmm.cli;

import io.ccmm.questionnaire.QuestionnaireException;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.questionnaire.Questionnaires;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "questionnaire",
        mixinStandardHelpOptions = true,
        description = "Write an Excel questionnaire of a round for a department head to answer: one sheet per module,"
                + " only the answer cells editable; its answers come back with questionnaire-import.")
final class QuestionnaireCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.ccmm", description = "the assessment file")
    Path file;

    @Mixin
    LatestRound round;

    @Mixin
    ItemScopeOptions scope;

    @Option(
            names = "--assigned-to",
            paramLabel = "NAME",
            description = "only the items assigned to this assessor of the round (the scope of their field copy)")
    String assignedTo;

    @Option(names = "--assessor", paramLabel = "NAME", description = "who answers it (named on the merged answers)")
    String assessor;

    @Option(names = "--prefill", description = "fill the answer cells with the round's current ratings")
    boolean prefill;

    @Option(names = "-o", required = true, paramLabel = "Q.xlsx", description = "the questionnaire to write")
    Path out;

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() {
        CliText text = messages.text();
        try {
            Questionnaires.Exported done = Questionnaires.export(
                    file,
                    new Questionnaires.Request(
                            round.asked(),
                            scope.modules(),
                            scope.items(),
                            assessor,
                            text.language(),
                            prefill,
                            Optional.ofNullable(assignedTo)),
                    out);
            spec.commandLine()
                    .getOut()
                    .println(QuestionnaireText.get(
                            "questionnaire.exported",
                            text.language().locale(),
                            out,
                            done.round().title(),
                            String.valueOf(done.items()),
                            String.valueOf(done.sheets())));
            spec.commandLine()
                    .getOut()
                    .println(QuestionnaireText.get(
                            done.recorded() ? "questionnaire.exported.recorded" : "questionnaire.exported.notRecorded",
                            text.language().locale()));
            return Cli.OK;
        } catch (QuestionnaireException e) {
            throw new BadInputException(
                    QuestionnaireText.describe(e, text.language().locale()), e);
        }
    }
}
