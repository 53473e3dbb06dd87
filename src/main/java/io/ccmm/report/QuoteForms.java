package io.ccmm.report;

import io.ccmm.catalog.Language;

/**
 * Which form of a curly quote (“ ” ‘ ’) the PDF draws. The bundled CJK font's own quotes are one em wide, as Chinese
 * typography sets them; English needs them as narrow as its letters. The rule:
 *
 * <ul>
 *   <li>In a Chinese report every curly quote keeps the full-width form: that is how Chinese text quotes, also around
 *       a Latin word or name inside Chinese writing.
 *   <li>In an English report a quote is proportional, unless it belongs to Chinese text: an opening quote (“ ‘)
 *       directly followed by a Chinese character or Chinese punctuation, or a closing quote (” ’) directly preceded by
 *       one, keeps the full-width form (a Chinese note quoted in an English report reads as Chinese).
 * </ul>
 *
 * Only the character next to the quote on its inner side decides, never text further away: line breaking never parts
 * an opening quote from the character after it or a closing quote from the one before it, so a quote measured in a
 * piece of a line has the form it is drawn with in the whole line.
 */
final class QuoteForms {

    static final int LEFT_SINGLE = '‘';
    static final int RIGHT_SINGLE = '’';
    static final int LEFT_DOUBLE = '“';
    static final int RIGHT_DOUBLE = '”';

    static final int[] QUOTES = {LEFT_SINGLE, RIGHT_SINGLE, LEFT_DOUBLE, RIGHT_DOUBLE};

    private final boolean english;

    QuoteForms(Language language) {
        this.english = language == Language.EN;
    }

    static boolean isQuote(int cp) {
        return cp == LEFT_SINGLE || cp == RIGHT_SINGLE || cp == LEFT_DOUBLE || cp == RIGHT_DOUBLE;
    }

    static boolean isClosing(int cp) {
        return cp == RIGHT_SINGLE || cp == RIGHT_DOUBLE;
    }

    /** Whether the quote at {@code index} of {@code text} is drawn in its proportional (Latin) form. */
    boolean proportional(String text, int index) {
        if (!english) {
            return false;
        }
        int cp = text.codePointAt(index);
        if (isClosing(cp)) {
            return index == 0 || !isChinese(text.codePointBefore(index));
        }
        int after = index + Character.charCount(cp);
        return after >= text.length() || !isChinese(text.codePointAt(after));
    }

    /** Chinese (and Japanese, Korean) characters and the full-width punctuation that goes with them. */
    static boolean isChinese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }
}
