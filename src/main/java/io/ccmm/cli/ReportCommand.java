package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportExporter;
import io.ccmm.report.ReportInput;
import io.ccmm.report.ReportService;
import io.ccmm.storage.ImprovementAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the readiness report of an assessment as PDF, Word, HTML, Excel, CSV or JSON.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "pdf, docx, html, xlsx, csv (the items) or json (the interchange format)")
    String format;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "zh or en")
    String lang;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "the file to write (replaced whole, or left as it was on failure)")
    Path output;

    @Option(
            names = "--template",
            paramLabel = "T.docx",
            description = "make the Word report from this template (see the template command); --format docx only")
    Path template;

    @Override
    public Integer call() {
        if (template != null) {
            return fromTemplate();
        }
        // made here, not when the command line is built: every command would pay for the exporters otherwise
        ReportService service = new ReportService();
        ReportExporter exporter = service.formats()
                .byId(format)
                .orElseThrow(() -> BadInputException.of(
                        "format", format, String.join(", ", service.formats().ids())));
        Language language = Cli.language(lang);
        OptionalInt requestedTarget = assessment.targetLevel();
        checkOutput();
        // Word's and Excel's library sets itself up while the assessment is read and scored.
        exporter.prepare();

        AssessmentSource.LoadedAssessment loaded = assessment.load();
        ReportInput input = ReportInput.of(loaded.bundle(), loaded.assessment())
                .withTargetLevel(requestedTarget)
                .withActions(actions(loaded.actions()))
                .withPlan(RoundPlans.of(assessment));
        io.ccmm.report.ReportModel written;
        try {
            written = service.export(exporter.id(), language, input, output);
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        // What the report had to leave out (a damaged logo): the report is made, the user is told.
        written.extras().warnings().forEach(w -> spec.commandLine().getErr().println(w));
        spec.commandLine().getOut().println(new CliText(language).format("report.wrote", output));
        return Cli.OK;
    }

    /** The Word report made from the user's template. */
    private Integer fromTemplate() {
        if (!"docx".equalsIgnoreCase(format)) {
            throw BadInputException.of("template.notDocx", format);
        }
        Language language = Cli.language(lang);
        checkOutput();
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(template);
        } catch (IOException e) {
            throw BadInputException.of("template.unreadable", template, e);
        }
        AssessmentSource.LoadedAssessment loaded = assessment.load();
        ReportInput input = ReportInput.of(loaded.bundle(), loaded.assessment())
                .withTargetLevel(assessment.targetLevel())
                .withActions(actions(loaded.actions()))
                .withPlan(RoundPlans.of(assessment));
        io.ccmm.report.ReportModel model = new ReportService().model(input, language);
        try {
            io.ccmm.files.AtomicFileWriter.write(output, out -> io.ccmm.report.DocxTemplate.fill(bytes, model, out));
        } catch (IOException e) {
            throw BadInputException.of("template.bad", template);
        }
        spec.commandLine().getOut().println(new CliText(language).format("report.wrote", output));
        return Cli.OK;
    }

    /** Refuses an output the report could never be written to before any work is done. */
    private void checkOutput() {
        Path absolute = output.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || Files.isDirectory(absolute)) {
            throw BadInputException.of("output.folder", output);
        }
        if (!Files.exists(dir)) {
            throw BadInputException.of("output.noFolder", dir);
        }
        if (!Files.isDirectory(dir)) {
            throw BadInputException.of("output.notFolder", dir);
        }
        try {
            if (Files.exists(absolute)
                    && Files.exists(assessment.file)
                    && Files.isSameFile(absolute, assessment.file)) {
                throw BadInputException.of("output.isInput", output);
            }
        } catch (IOException e) {
            throw BadInputException.of("cannotCheck", output, e);
        }
    }

    private static List<ReportInput.Action> actions(List<ImprovementAction> actions) {
        return actions.stream()
                .map(a -> new ReportInput.Action(
                        a.item() > 0 ? OptionalInt.of(a.item()) : OptionalInt.empty(),
                        a.what(),
                        a.owner(),
                        a.due(),
                        a.status().name()))
                .toList();
    }
}
