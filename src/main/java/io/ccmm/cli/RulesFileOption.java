package io.ccmm.cli;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.ScoringRules;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option of the catalog commands: the rules a catalog is checked with (a picocli mixin). */
final class RulesFileOption {

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "rules file to check it with (default: the bundled rules)")
    Path rulesFile;

    /** The rules file's rules, or the bundled rules without the option. */
    ScoringRules load(CatalogLoader loader) throws IOException, InvalidCatalogException {
        return rulesFile == null ? CatalogLoader.bundled().rules() : loader.loadRules(rulesFile);
    }
}
