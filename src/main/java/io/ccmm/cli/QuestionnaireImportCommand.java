package io.ccmm.cli;

import io.ccmm.questionnaire.QuestionnaireException;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.questionnaire.Questionnaires;
import io.ccmm.team.MergePlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "questionnaire-import",
        mixinStandardHelpOptions = true,
        description = "Merge the answers of a filled questionnaire into its round, by the team merge rules;"
                + " all or nothing.")
final class QuestionnaireImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "Q.xlsx", description = "the filled questionnaire")
    Path workbook;

    @Option(names = "--into", required = true, paramLabel = "FILE.ccmm", description = "the assessment file")
    Path into;

    @Option(names = "--round", paramLabel = "ID", description = "the round it must belong to (default: its own)")
    Long round;

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() {
        CliText text = messages.text();
        Locale locale = text.language().locale();
        try {
            Questionnaires.Imported done = Questionnaires.importAnswers(
                    workbook, into, round == null ? OptionalLong.empty() : OptionalLong.of(round));
            MergePlan plan = done.plan();
            PrintWriter out = spec.commandLine().getOut();
            out.println(QuestionnaireText.get(
                    "questionnaire.imported",
                    locale,
                    done.workbook(),
                    into,
                    done.round().title()));
            out.println(QuestionnaireText.handout(done.handout(), locale));
            out.println(QuestionnaireText.get(
                    "questionnaire.counts",
                    locale,
                    String.valueOf(plan.merged().size()),
                    String.valueOf(plan.unchanged().size()),
                    String.valueOf(plan.conflicts().size())));
            if (!plan.conflicts().isEmpty()) {
                out.println(QuestionnaireText.get(
                        "questionnaire.conflictItems",
                        locale,
                        String.join(
                                ", ",
                                plan.conflicts().stream().map(String::valueOf).toList())));
            }
            return Cli.OK;
        } catch (QuestionnaireException e) {
            throw new BadInputException(QuestionnaireText.describe(e, locale), e);
        }
    }
}
