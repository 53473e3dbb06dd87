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
        description = {
            "Write the action plan of a round of a .ccmm file as a remediation plan (Excel or CSV),",
            "or with --checklist the printable interview checklist (PDF) of the items still to settle."
        })
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx or csv (the action plan)")
    String format;

    @Option(
            names = "--checklist",
            description = "write the interview checklist (PDF): per module the items unrated, at 0 or flagged for"
                    + " review, with the requirement to ask about, the evidence to request and boxes for C and F")
    boolean checklist;

    @Option(
            names = "--module",
            paramLabel = "ID",
            description = "with --checklist: only this module (repeatable, e.g. --module 1.0 --module 3.0)")
    java.util.List<String> modules = new java.util.ArrayList<>();

    @Mixin
    DocumentLanguage lang;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "the file to write (replaced whole, or left as it was on failure)")
    Path output;

    @Override
    public Integer call() {
        if (checklist == (format != null)) {
            throw BadInputException.of("plan.formatOrChecklist");
        }
        if (checklist) {
            return writeChecklist();
        }
        String id = format.toLowerCase(Locale.ROOT);
        if (!ActionPlanExporter.FORMATS.contains(id)) {
            throw BadInputException.of("format", format, String.join(", ", ActionPlanExporter.FORMATS));
        }
        Language language = lang.language();
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

    // ---- the interview checklist

    private Integer writeChecklist() {
        Language language = lang.language();
        if (!assessment.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ccmm")) {
            throw BadInputException.of("plan.notCcmm", assessment.file);
        }
        AssessmentSource.LoadedAssessment loaded = assessment.load();
        io.ccmm.catalog.Catalog catalog = loaded.bundle().catalog();
        for (String module : modules) {
            if (catalog.module(module.strip()).isEmpty()) {
                throw BadInputException.of(
                        "plan.unknownModule",
                        module,
                        String.join(
                                ", ",
                                catalog.modules().stream()
                                        .map(io.ccmm.catalog.CatalogModule::id)
                                        .toList()));
            }
        }
        java.util.Map<Integer, String> flags = new java.util.HashMap<>();
        try (io.ccmm.storage.AssessmentFile f = io.ccmm.storage.AssessmentFile.openForReading(assessment.file)) {
            long roundId = assessment.round != null
                    ? Long.parseLong(assessment.round.strip())
                    : f.latestRound()
                            .orElseThrow(() -> BadInputException.of("noRound", assessment.file))
                            .id();
            for (io.ccmm.storage.ReviewFlag flag : f.reviewFlags(roundId)) {
                if (!flag.reviewed()) {
                    flags.put(flag.item(), flag.comment());
                }
            }
        } catch (io.ccmm.storage.StorageException e) {
            throw BadInputException.of("storage", e);
        }
        io.ccmm.assessment.Assessment a = loaded.assessment();
        java.util.List<io.ccmm.report.InterviewChecklist.Entry> entries =
                io.ccmm.report.InterviewChecklist.select(catalog, a.ratingsByItem(), flags).stream()
                        .filter(e -> modules.isEmpty()
                                || modules.stream()
                                        .anyMatch(m -> m.strip().equals(e.item().module())))
                        .toList();
        String heading = a.organization().name() + " — " + a.round().title();
        try {
            AtomicFileWriter.write(
                    output,
                    out -> io.ccmm.report.InterviewChecklist.writePdf(catalog, entries, heading, language, out));
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        spec.commandLine().getOut().println(new CliText(language).format("report.wrote", output));
        return Cli.OK;
    }
}
