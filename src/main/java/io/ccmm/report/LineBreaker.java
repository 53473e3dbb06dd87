package io.ccmm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy line breaking for mixed Chinese and English text: Chinese may break between any two characters, English only
 * at spaces (a word longer than the line is cut by characters). Closing punctuation such as "，" or "。" never starts a
 * line; it hangs into the margin instead. Opening quotes and brackets such as "“" or "（" never end a line; they go
 * to the next line with what they open. Line breaks in the text are kept.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〉”’,.;:!?)]}%";

    private static final String NO_LINE_END = "（《「『【〈“‘([{";

    private LineBreaker() {}

    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph, maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(
            String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> out) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        boolean pendingSpace = false;
        int start = out.size();
        for (String token : tokens(paragraph)) {
            if (token.equals(" ")) {
                pendingSpace = line.length() > 0;
                continue;
            }
            String piece = pendingSpace ? " " + token : token;
            double w = widthAfter(line, piece, width);
            if (line.length() == 0 || lineWidth + w <= maxWidth || hangs(token)) {
                line.append(piece);
                lineWidth += w;
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(token);
                lineWidth = width.applyAsDouble(token);
            }
            pendingSpace = false;
            if (lineWidth > maxWidth && line.length() > 1 && !hangs(token)) {
                // One word wider than the line: cut it by characters.
                String overlong = line.toString();
                line.setLength(0);
                lineWidth = 0;
                int i = 0;
                while (i < overlong.length()) {
                    int cp = overlong.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    double cw = widthAfter(line, ch, width);
                    if (line.length() > 0 && lineWidth + cw > maxWidth) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(ch);
                    lineWidth += cw;
                    i += Character.charCount(cp);
                }
            }
        }
        if (line.length() > 0 || out.size() == start) {
            out.add(line.toString());
        }
    }

    /**
     * The width {@code piece} adds after {@code line}. A curly closing quote takes its form from the character before it
     * ({@link QuoteForms}), so it is measured after that character; everything else is measured alone.
     */
    private static double widthAfter(CharSequence line, String piece, ToDoubleFunction<String> width) {
        if (line.length() == 0 || !QuoteForms.isClosing(piece.codePointAt(0))) {
            return width.applyAsDouble(piece);
        }
        String before = new String(Character.toChars(Character.codePointBefore(line, line.length())));
        return width.applyAsDouble(before + piece) - width.applyAsDouble(before);
    }

    private static boolean hangs(String token) {
        return token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
    }

    /** Spaces, single CJK characters, and runs of anything else (words). */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                flush(word, tokens);
                tokens.add(" ");
            } else if (breaksAnywhere(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, tokens);
        return openingMarksJoined(tokens);
    }

    /** An opening quote or bracket standing alone as a token is joined to the token after it. */
    private static List<String> openingMarksJoined(List<String> tokens) {
        List<String> joined = new ArrayList<>(tokens.size());
        String opening = "";
        for (String token : tokens) {
            boolean opens = token.length() == 1 && NO_LINE_END.indexOf(token.charAt(0)) >= 0;
            if (opens || (!opening.isEmpty() && token.equals(" "))) {
                if (token.equals(" ")) {
                    joined.add(opening);
                    joined.add(token);
                    opening = "";
                } else {
                    opening += token;
                }
            } else {
                joined.add(opening + token);
                opening = "";
            }
        }
        if (!opening.isEmpty()) {
            joined.add(opening);
        }
        return joined;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || cp == '—'
                || cp == '…'
                || cp == '“'
                || cp == '”'
                || cp == '·';
    }
}
