package io.ccmm.cli;

import io.ccmm.catalog.Language;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the command line's readable output ({@code i18n/cli.properties}, {@code cli_zh_CN.properties}). */
final class CliText {

    private final Language language;
    private final ResourceBundle bundle;

    CliText(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: --lang en on a Chinese system stays English.
        this.bundle = ResourceBundle.getBundle(
                "i18n.cli",
                language.locale(),
                CliText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no command-line text " + key + " for " + language.code(), e);
        }
    }

    /**
     * The text of {@code key} with its arguments. Strings are inserted as they are; numbers only feed {@code choice}
     * formats (plural words), so figures are passed as strings and never regrouped.
     */
    String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }
}
