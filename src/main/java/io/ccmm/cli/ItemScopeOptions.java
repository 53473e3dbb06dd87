package io.ccmm.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --modules} and {@code --items} options of a command on some of a round's items, all of them unless asked
 * (a picocli mixin). The command reads them as a {@code Scope} of its round's catalog and takes at most one of the two.
 * Each command words them in its help ({@code ccmm.<command>.modules} and {@code .items} in {@code cli-help}).
 */
final class ItemScopeOptions {

    @Option(names = "--modules", paramLabel = "1.0,2.0", description = "the modules to include (default: all)")
    String modules;

    @Option(names = "--items", paramLabel = "1-25,40", description = "the items to include (default: all)")
    String items;

    /** The modules asked for, as typed. */
    Optional<String> modules() {
        return Optional.ofNullable(modules);
    }

    /** The items asked for, as typed. */
    Optional<String> items() {
        return Optional.ofNullable(items);
    }
}
