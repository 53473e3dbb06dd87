package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportExporter;
import io.ccmm.report.ReportInput;
import io.ccmm.report.ReportService;
import io.ccmm.storage.ImprovementAction;
import java.io.IOException;
import java.nio.file.FileSystemException;
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

    private final ReportService service = new ReportService();

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

    @Override
    public Integer call() {
        ReportExporter exporter = service.formats()
                .byId(format)
                .orElseThrow(() -> new BadInputException("--format: \"" + format + "\" is not one of "
                        + String.join(", ", service.formats().ids())));
        Language language = Cli.language(lang);
        OptionalInt requestedTarget = assessment.targetLevel();
        checkOutput();

        AssessmentSource.LoadedAssessment loaded = assessment.load();
        ReportInput input = ReportInput.of(loaded.bundle(), loaded.assessment())
                .withTargetLevel(requestedTarget)
                .withActions(actions(loaded.actions()));
        try {
            service.export(exporter.id(), language, input, output);
        } catch (FileSystemException e) {
            throw new BadInputException(
                    "cannot write " + output + ": "
                            + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()),
                    e);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + output);
        return Cli.OK;
    }

    /** Refuses an output the report could never be written to before any work is done. */
    private void checkOutput() {
        Path absolute = output.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || Files.isDirectory(absolute)) {
            throw new BadInputException("-o: " + output + " is a folder, not a file name");
        }
        if (!Files.exists(dir)) {
            throw new BadInputException("-o: the folder " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("-o: " + dir + " is a file, not a folder");
        }
        try {
            if (Files.exists(absolute)
                    && Files.exists(assessment.file)
                    && Files.isSameFile(absolute, assessment.file)) {
                throw new BadInputException("-o: " + output + " is the assessment itself; name another file");
            }
        } catch (IOException e) {
            throw new BadInputException("cannot check " + output + ": " + e.getMessage(), e);
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
