package io.ccmm.cli;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.catalogbook.BookException;
import io.ccmm.catalogbook.CatalogWorkbookImport;
import io.ccmm.files.AtomicFileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccmm catalog import}: a filled catalog workbook becomes a catalog file, validated like the bundled catalog;
 * the file is written only when the whole catalog is valid.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Turn a filled catalog workbook (.xlsx) into a catalog file, checked by the same rules as the"
                + " bundled catalog; nothing is written unless it is valid.")
final class CatalogImportCommand implements Callable<Integer> {

    /** At most this many problems are listed; the count says how many there are. */
    static final int LISTED_PROBLEMS = 50;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CATALOG.xlsx", description = "the filled catalog workbook")
    Path workbook;

    @Option(
            names = "-o",
            required = true,
            paramLabel = "CATALOG.json",
            description = "the catalog file to write (replaced whole; left as it was on refusal)")
    Path output;

    @Mixin
    RulesFileOption rulesOption;

    @Mixin
    MessageLanguage messageLanguage;

    @Override
    public Integer call() {
        CliText text = messageLanguage.text();
        PrintWriter err = spec.commandLine().getErr();
        ScoringRules rules = rules();
        CatalogWorkbookImport.Result result;
        try {
            result = CatalogWorkbookImport.read(workbook, rules);
        } catch (BookException e) {
            err.println("ccmm: "
                    + text.format(
                            "catalog.workbookInvalid",
                            workbook.toString(),
                            e.problems().size()));
            e.problems().stream().limit(LISTED_PROBLEMS).forEach(p -> err.println("  " + p.describe(text.language())));
            if (e.problems().size() > LISTED_PROBLEMS) {
                err.println(
                        "  " + text.format("catalog.workbookMore", e.problems().size() - LISTED_PROBLEMS));
            }
            return Cli.BAD_INPUT;
        }
        try {
            AtomicFileWriter.write(output, out -> out.write(result.json()));
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        spec.commandLine()
                .getOut()
                .println(text.format(
                        "catalog.imported",
                        output.toString(),
                        result.catalog().id(),
                        result.catalog().version(),
                        text.format(
                                "catalog.valid.detail",
                                String.valueOf(result.catalog().modules().size()),
                                String.valueOf(result.catalog().items().size()),
                                result.catalog().sha256(),
                                rules.id())));
        return Cli.OK;
    }

    private ScoringRules rules() {
        Path rulesFile = rulesOption.rulesFile;
        try {
            return rulesOption.load(new CatalogLoader());
        } catch (InvalidCatalogException e) {
            throw BadInputException.of("catalogInvalid", e);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", rulesFile);
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", rulesFile, e);
        }
    }
}
