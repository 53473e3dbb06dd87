package io.ccmm.cli;

/**
 * Pads and cuts text to a number of terminal columns. Chinese, Japanese and Korean characters and full-width forms
 * take two columns in a terminal, so {@code String.format("%-10s")} would misalign a Chinese table.
 */
final class TextColumns {

    private TextColumns() {}

    /** The columns {@code text} takes in a monospaced terminal. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code columns}; longer text is returned whole. */
    static String left(Object text, int columns) {
        String s = String.valueOf(text);
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** Spaces then {@code text}, right-aligned in {@code columns}; longer text is returned whole. */
    static String right(Object text, int columns) {
        String s = String.valueOf(text);
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /** {@code text} cut to at most {@code columns}, ending in "…" when cut. */
    static String cut(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11) that occur in Chinese text. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
