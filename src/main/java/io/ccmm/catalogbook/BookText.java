package io.ccmm.catalogbook;

import io.ccmm.catalog.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of catalog workbooks ({@code i18n/catalogbook.properties} and its Chinese twin). */
final class BookText {

    private final Language language;
    private final ResourceBundle bundle;

    BookText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "i18n.catalogbook",
                language.locale(),
                BookText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    /** The header of a column, e.g. "Title (Chinese)". */
    String column(String key) {
        return get("column." + key);
    }
}
