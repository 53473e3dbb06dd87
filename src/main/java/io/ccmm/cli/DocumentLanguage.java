package io.ccmm.cli;

import io.ccmm.catalog.Language;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of a command that writes a document in one language, English unless asked; its messages
 * follow the same language (a picocli mixin).
 */
final class DocumentLanguage {

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "LANG",
            descriptionKey = "documentLang",
            description = "zh or en (default: en)")
    String lang;

    /** The language asked for; an unknown code is bad input listing the choices. */
    Language language() {
        return Cli.language(lang);
    }

    CliText text() {
        return new CliText(language());
    }
}
