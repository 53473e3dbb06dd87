package io.ccmm.cli;

import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.report.DocxTemplate;
import io.ccmm.report.ReportText;
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
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write the default Word report template with its {{placeholders}}, to edit in Word or WPS and"
                + " use with report --template.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx")
    String format;

    @Mixin
    DocumentLanguage lang;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "the template file to write")
    Path output;

    @Override
    public Integer call() {
        if (!"docx".equals(format.toLowerCase(Locale.ROOT))) {
            throw BadInputException.of("format", format, "docx");
        }
        Language language = lang.language();
        try {
            AtomicFileWriter.write(output, out -> DocxTemplate.writeDefault(ReportText.of(language), out));
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        spec.commandLine().getOut().println(new CliText(language).format("report.wrote", output));
        return Cli.OK;
    }
}
