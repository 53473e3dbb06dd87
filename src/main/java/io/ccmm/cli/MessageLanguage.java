package io.ccmm.cli;

import io.ccmm.catalog.Language;
import picocli.CommandLine.Option;

/** The {@code --lang} option of a command whose messages follow the user's language (a picocli mixin). */
final class MessageLanguage {

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "language of the messages: zh or en (default: from the system locale)")
    String lang;

    /** The language asked for, else the system's; an unknown code is bad input listing the choices. */
    Language language() {
        return lang == null ? Cli.defaultLanguage() : Cli.language(lang);
    }

    CliText text() {
        return new CliText(language());
    }
}
