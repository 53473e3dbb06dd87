package io.ccmm.ui.common;

import io.ccmm.catalog.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI strings of one language ({@code i18n/messages*.properties}). */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** No fallback to the OS locale: asking for English on a Chinese machine must give English. */
    public static Messages of(Language language) {
        return new Messages(
                language,
                ResourceBundle.getBundle(
                        BUNDLE,
                        language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
