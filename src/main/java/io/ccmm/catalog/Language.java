package io.ccmm.catalog;

import java.util.Locale;
import java.util.Optional;

/** The two languages every catalog text, screen and report exists in. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
