package io.ccmm.cli;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalogbook.CatalogTemplate;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccmm catalog template}: the workbook an organization types its licensed catalog text into. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write a catalog workbook (.xlsx) to type a catalog into: empty, or filled with an existing"
                + " catalog.")
final class CatalogTemplateCommand implements Callable<Integer> {

    static final String BUNDLED = "bundled";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "CATALOG.json",
            description = "fill the workbook with this catalog file, or \"bundled\" for the working catalog"
                    + " (default: an empty template)")
    String from;

    @Option(
            names = "-o",
            required = true,
            paramLabel = "FILE.xlsx",
            description = "the workbook to write (replaced whole; left as it was on failure)")
    Path output;

    @Mixin
    MessageLanguage messageLanguage;

    @Override
    public Integer call() {
        CliText text = messageLanguage.text();
        Optional<Catalog> catalog = Optional.ofNullable(from).map(this::catalog);
        try {
            CatalogTemplate.write(output, catalog, text.language());
        } catch (IOException e) {
            throw BadInputException.of("cannotWrite", output, e);
        }
        spec.commandLine()
                .getOut()
                .println(catalog.map(c -> text.format(
                                "catalog.template.filled",
                                output.toString(),
                                c.id(),
                                c.version(),
                                String.valueOf(c.items().size())))
                        .orElseGet(() -> text.format("catalog.template.empty", output.toString())));
        return Cli.OK;
    }

    private Catalog catalog(String source) {
        if (source.equalsIgnoreCase(BUNDLED)) {
            return CatalogLoader.bundled().catalog();
        }
        Path file = Path.of(source);
        try {
            return new CatalogLoader().loadCatalog(file);
        } catch (InvalidCatalogException e) {
            throw BadInputException.of("catalogInvalid", e);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", file);
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", file, e);
        }
    }
}
