package io.ccmm.catalog;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * One broken rule of a catalog or rules file: where (e.g. "items[12] (id 13)"), the field concerned (e.g.
 * "guidance.partial.zh", empty when the problem is about the place as a whole) and what, as the text {@code key} of the
 * {@code i18n/catalog} bundles with its arguments, so the message reads in either language.
 */
public record CatalogProblem(String where, String field, String key, List<String> args) {

    private static final String BUNDLE = "i18n.catalog";

    public CatalogProblem {
        args = List.copyOf(args);
    }

    static CatalogProblem of(String where, String field, String key, Object... args) {
        return new CatalogProblem(
                where, field, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Language.EN);
    }

    /** What is wrong, in {@code language}. */
    public String message(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                CatalogProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("problem." + key), language.locale()).format(args.toArray());
    }

    /** Where and what, in {@code language} ("items[6] (id 7): title.en is missing or blank"). */
    public String describe(Language language) {
        if (where.isEmpty()) {
            return message(language);
        }
        return where + (language == Language.ZH ? "：" : ": ") + message(language);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
