package io.ccmm.cli;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.CatalogProblem;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.ScoringRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "catalog",
        description = "Work with item catalogs.",
        mixinStandardHelpOptions = true,
        subcommands = {CatalogCommand.Validate.class, CatalogTemplateCommand.class, CatalogImportCommand.class})
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Check a catalog file (and optionally a rules file) against the catalog rules.")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CATALOG.json", description = "the catalog file to check")
        Path catalogFile;

        @Mixin
        RulesFileOption rulesOption;

        @Mixin
        MessageLanguage messageLanguage;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CatalogLoader loader = new CatalogLoader();
            try {
                Catalog catalog = loader.loadCatalog(catalogFile);
                ScoringRules rules = rulesOption.load(loader);
                loader.bundle(catalog, rules);
                CliText text = messageLanguage.text();
                out.println(text.format(
                        "catalog.valid",
                        catalogFile.toString(),
                        catalog.id(),
                        catalog.version(),
                        text.format(
                                "catalog.valid.detail",
                                String.valueOf(catalog.modules().size()),
                                String.valueOf(catalog.items().size()),
                                catalog.sha256(),
                                rules.id())));
                return Cli.OK;
            } catch (InvalidCatalogException e) {
                List<CatalogProblem> problems = e.problems();
                err.println("ccmm: "
                        + messageLanguage.text().format("catalog.invalid", catalogFile.toString(), problems.size()));
                problems.forEach(p -> err.println("  " + p.describe(messageLanguage.language())));
                return Cli.BAD_INPUT;
            } catch (NoSuchFileException e) {
                throw BadInputException.of("noSuchFile", e.getFile());
            } catch (IOException e) {
                throw BadInputException.of("cannotRead", catalogFile, e);
            }
        }
    }
}
