package io.ccmm.questionnaire;

import io.ccmm.assessment.Rate;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what people type into an answer cell: 10, 5 or 0 as numbers or text, in full-width digits or as Chinese
 * numerals, with stray spaces; N/A in English or Chinese.
 */
final class AnswerText {

    /** What an answer cell holds: nothing, a rate, or not applicable. */
    sealed interface Answer permits Blank, Rated, NotApplicable, Unreadable {}

    record Blank() implements Answer {}

    record Rated(Rate rate) implements Answer {}

    record NotApplicable() implements Answer {}

    record Unreadable(String text) implements Answer {}

    private static final Set<String> NOT_APPLICABLE =
            Set.of("n/a", "na", "n.a.", "n.a", "not applicable", "不适用", "不適用", "无需适用", "不涉及");

    private AnswerText() {}

    static Answer read(String cell) {
        String text = clean(cell);
        if (text.isEmpty()) {
            return new Blank();
        }
        if (NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT))) {
            return new NotApplicable();
        }
        Optional<Integer> number = number(text);
        if (number.isPresent()) {
            Optional<Rate> rate = Rate.ofPoints(number.get());
            if (rate.isPresent()) {
                return new Rated(rate.get());
            }
        }
        return new Unreadable(cell.strip());
    }

    /** The text with full-width forms folded (NFKC) and every kind of space trimmed. */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        return folded.replace('\u00a0', ' ').strip();
    }

    /** A whole number written as digits ("10", "10.0", "5分") or as a Chinese numeral ("十", "五", "零", "拾"). */
    static Optional<Integer> number(String text) {
        String t = text.endsWith("分") ? text.substring(0, text.length() - 1).strip() : text;
        switch (t) {
            case "十", "拾" -> {
                return Optional.of(10);
            }
            case "五", "伍" -> {
                return Optional.of(5);
            }
            case "零", "〇" -> {
                return Optional.of(0);
            }
            default -> {
                // a number
            }
        }
        if (t.length() > 20 || t.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(t);
            return Optional.of(value.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
