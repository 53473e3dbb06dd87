package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.report.ActionPlanExporter;
import io.ccmm.report.ReportInput;
import io.ccmm.report.ReportModel;
import io.ccmm.report.ReportService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Write the action plan of a round of a .ccmm file as a remediation plan (Excel or CSV).")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "xlsx or csv")
    String format;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "zh or en (default: en)")
    String lang;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "the file to write (replaced whole, or left as it was on failure)")
    Path output;

    @Override
    public Integer call() {
        String id = format.toLowerCase(Locale.ROOT);
        if (!ActionPlanExporter.FORMATS.contains(id)) {
            throw BadInputException.of("format", format, String.join(", ", ActionPlanExporter.FORMATS));
        }
        Language language = Cli.language(lang);
        if (!assessment.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ccmm")) {
            throw BadInputException.of("plan.notCcmm", assessment.file);
        }
        AssessmentSource.LoadedAssessment loaded = assessment.load();
        ReportInput input = ReportInput.of(loaded.bundle(), loaded.assessment())
                .withTargetLevel(assessment.targetLevel())
                .withPlan(RoundPlans.of(assessment));
        ReportModel model = new ReportService().model(input, language);
        try {
            AtomicFileWriter.write(output, out -> ActionPlanExporter.write(model, id, out));
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        spec.commandLine().getOut().println(new CliText(language).format("report.wrote", output));
        return Cli.OK;
    }
}
