package io.ccmm.catalog;

/** A text in Chinese and English, as the catalog carries every text. */
public record LocalizedText(String zh, String en) {

    public String get(Language language) {
        return language == Language.ZH ? zh : en;
    }

    boolean isCompleteIn(Language language) {
        String s = get(language);
        return s != null && !s.isBlank();
    }
}
