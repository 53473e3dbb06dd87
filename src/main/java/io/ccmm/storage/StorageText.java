package io.ccmm.storage;

import io.ccmm.storage.StorageException.Reason;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words a user reads for a {@link StorageException}, in the user's language ({@code i18n/storage.properties},
 * {@code storage_zh_CN.properties}). The window and the command line both show storage failures through this one
 * place, so no English sentence built in storage code reaches a Chinese window.
 */
public final class StorageText {

    private static final String BUNDLE = "i18n.storage";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Set<Reason> NAMES_AN_OBJECT =
            Set.of(Reason.SCHEMA_EXTRA, Reason.SCHEMA_MISSING, Reason.SCHEMA_ALTERED);

    private StorageText() {}

    /** The failure in words, in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public static String describe(StorageException failure, Locale locale) {
        if (!failure.worded()) {
            return failure.getMessage();
        }
        return format(failure.reason(), failure.args(), locale);
    }

    /** The bundle key of a reason's sentence: {@code storage.} and the reason in lower camel case. */
    static String key(Reason reason) {
        return ReasonKeys.of("storage.", reason);
    }

    static String format(Reason reason, List<String> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<Object> values = new ArrayList<>(args);
        if (NAMES_AN_OBJECT.contains(reason) && values.size() > 1) {
            // The kind of schema object (table, index, trigger, view) is a word of the user's language.
            String kindKey = "storage.object." + values.get(1);
            if (bundle.containsKey(kindKey)) {
                values.set(1, bundle.getString(kindKey));
            }
        }
        // Figures are passed as text, never regrouped; MessageFormat only places them.
        return new MessageFormat(bundle.getString(key(reason)), bundle.getLocale()).format(values.toArray());
    }

    static ResourceBundle bundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE,
                wanted,
                StorageText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
