package io.ccmm.plan;

import io.ccmm.catalog.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The plan's own sentences ({@code i18n/plan.properties}, {@code plan_zh_CN.properties}) in one language. */
public final class PlanWords {

    private final Language language;
    private final ResourceBundle bundle;

    private PlanWords(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: an English summary on a Chinese desktop stays English.
        this.bundle = ResourceBundle.getBundle(
                "i18n.plan",
                language == Language.ZH ? language.locale() : java.util.Locale.ROOT,
                PlanWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PlanWords of(Language language) {
        return new PlanWords(language);
    }

    public Language language() {
        return language;
    }

    /** The sentence of {@code key} with its arguments placed (figures are passed as text, never regrouped). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(texts);
    }
}
