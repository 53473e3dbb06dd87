package io.ccmm.failure;

import io.ccmm.storage.ReasonKeys;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one kind of typed failure: a bundle ({@code i18n/<name>.properties} and {@code <name>_zh_CN}) whose
 * sentence for a reason is the key prefix and the reason in lower camel case ({@link ReasonKeys}). Chinese for any
 * Chinese locale, English otherwise; arguments that are failures themselves are put into words by {@link #word}.
 */
public class FailureText {

    private final String bundle;
    private final String prefix;

    /** The words of bundle {@code bundle} (e.g. {@code i18n.team}), reasons under {@code prefix} ({@code team.error.}). */
    public FailureText(String bundle, String prefix) {
        this.bundle = bundle;
        this.prefix = prefix;
    }

    /** The refusal in {@code locale}'s language. */
    public final String describe(TypedFailure failure, Locale locale) {
        return format(failure.reason(), failure.arguments().toArray(), locale);
    }

    /** The text of {@code key} in {@code locale}'s language; arguments are inserted as they are. */
    public final String get(String key, Locale locale, Object... args) {
        ResourceBundle words = bundle(locale);
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }

    /** The sentence of {@code reason} with {@code args}, each put into words first. */
    public final String format(Enum<?> reason, Object[] args, Locale locale) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = word(args[i], locale);
        }
        return get(key(reason), locale, words);
    }

    /** The bundle key of {@code reason}'s sentence. */
    public final String key(Enum<?> reason) {
        return ReasonKeys.of(prefix, reason);
    }

    /**
     * One argument in words: a storage failure in the storage words ({@link StorageText}), any other throwable by its
     * message (or its kind when it has none), anything else as text.
     */
    protected Object word(Object arg, Locale locale) {
        if (arg instanceof StorageException e) {
            return StorageText.describe(e, locale);
        }
        if (arg instanceof Throwable e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return String.valueOf(arg);
    }

    /** The bundle in {@code locale}'s language, without falling back to the system's language. */
    public final ResourceBundle bundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(
                bundle,
                wanted,
                FailureText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
