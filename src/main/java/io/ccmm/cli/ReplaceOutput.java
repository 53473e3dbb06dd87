package io.ccmm.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that {@code protect} and {@code unprotect} share: {@code --force} to replace an existing output, and the
 * language of the messages (a picocli mixin).
 */
final class ReplaceOutput {

    @Option(names = "--force", description = "replace the output when it exists")
    boolean force;

    @Mixin
    MessageLanguage messages;

    CliText text() {
        return messages.text();
    }
}
