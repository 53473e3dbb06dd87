package io.ccmm.assessment;

import io.ccmm.catalog.Language;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Interchange input that cannot be used; the message names the place, e.g. "ratings[12].c: 7 is not one of 10, 5, 0".
 * A message built from a text key ({@link #of}) exists in both languages ({@code i18n/cli*.properties}, keys
 * {@code interchange.*}); {@link #getMessage()} is the English one.
 */
public class InvalidAssessmentException extends Exception {

    private final String key;
    private final List<String> args;

    public InvalidAssessmentException(String message) {
        super(message);
        this.key = null;
        this.args = List.of();
    }

    private InvalidAssessmentException(String key, List<String> args) {
        super(format(key, args, Locale.ROOT));
        this.key = key;
        this.args = args;
    }

    /** A refusal whose words are {@code interchange.KEY} in the bundles; arguments are inserted as text. */
    public static InvalidAssessmentException of(String key, Object... args) {
        return new InvalidAssessmentException(
                key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public String describe(Locale locale) {
        return key == null
                ? getMessage()
                : format(key, args, Language.forLocale(locale).locale());
    }

    private static String format(String key, List<String> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.cli",
                locale,
                InvalidAssessmentException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("interchange." + key), locale).format(args.toArray());
    }
}
