package io.ccmm.questionnaire;

/**
 * The height a row of wrapped text needs, estimated from its texts and the widths of their columns: programs do not
 * all grow a row to its text when they open a file, a cut-off requirement cannot be answered, and a row much higher
 * than its text wastes paper. Text is wrapped as a spreadsheet does, word by word (a Chinese character may end a line
 * anywhere), each character at its own width in the workbook's font (Calibri 11 pt; Chinese characters, which it
 * lacks, twice a digit wide).
 */
final class RowHeights {

    /** Widths of the printable ASCII characters (space to tilde) in Calibri, in widths of the digit zero. */
    private static final double[] ASCII = {
        0.45, 0.64, 0.79, 0.98, 1.00, 1.41, 1.35, 0.44, 0.60, 0.60, 0.98, 0.98, 0.49, 0.60, 0.50, 0.76,
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 0.53, 0.53, 0.98, 0.98, 0.98, 0.91,
        1.76, 1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.50, 0.63, 1.03, 0.83, 1.69, 1.27, 1.31,
        1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92, 0.61, 0.76, 0.61, 0.98, 0.98,
        0.57, 0.95, 1.04, 0.83, 1.04, 0.98, 0.60, 0.93, 1.04, 0.45, 0.47, 0.90, 0.45, 1.58, 1.04, 1.04,
        1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.85, 0.89, 0.78, 0.62, 0.91, 0.62, 0.98
    };

    /** Bold text is a little wider. */
    static final double BOLD = 1.08;

    /** What a column loses to the cell's margins and border, in digit widths. */
    private static final double MARGIN = 0.6;

    /**
     * A line of 11 pt Calibri as Excel spaces wrapped lines (18 pixels at 96 dpi, 13.5 points, and a little to spare);
     * with Chinese characters, whose fallback fonts have taller lines. LibreOffice, which shows the text in its own
     * smaller default font, fits it with room to spare.
     */
    static final float LINE = 14f;

    static final float CJK_LINE = 15f;

    /** Above the first line and below the last. */
    static final float PAD = 3f;

    /** The most a row can be high in a spreadsheet. */
    static final float MAX = 409f;

    private RowHeights() {}

    /** Whether {@code c} is a wide (East Asian) character: CJK, kana, hangul, full-width forms. */
    static boolean wide(int c) {
        return (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || c >= 0x20000;
    }

    /** The width of {@code c} in widths of the digit zero. */
    static double width(int c) {
        if (c >= 0x20 && c < 0x7F) {
            return ASCII[c - 0x20];
        }
        if (wide(c)) {
            return 2.0;
        }
        return c == 0x2014 || c == 0x2026 ? 1.8 : 1.0;
    }

    /** The lines {@code text} takes in a column {@code columnWidth} characters wide (as a spreadsheet counts them). */
    static int lines(String text, int columnWidth, boolean bold) {
        double room = Math.max(1, columnWidth - MARGIN);
        double scale = bold ? BOLD : 1;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, room, scale);
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, double room, double scale) {
        int lines = 1;
        double line = 0;
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            int c = paragraph.codePointAt(i);
            if (c == ' ') {
                line += width(c) * scale; // a space at a line's end may hang over it
                i += Character.charCount(c);
                continue;
            }
            // a word: a run of narrow characters up to a space or a wide character; a wide character alone
            int end = i;
            double word = 0;
            do {
                int d = paragraph.codePointAt(end);
                word += width(d) * scale;
                end += Character.charCount(d);
                if (wide(d)) {
                    break;
                }
            } while (end < n && paragraph.codePointAt(end) != ' ' && !wide(paragraph.codePointAt(end)));
            if (line > 0 && line + word > room) {
                lines++;
                line = 0;
            }
            if (word > room) {
                // a word longer than the line breaks where it must
                for (int k = i; k < end; ) {
                    int d = paragraph.codePointAt(k);
                    double w = width(d) * scale;
                    if (line > 0 && line + w > room) {
                        lines++;
                        line = 0;
                    }
                    line += w;
                    k += Character.charCount(d);
                }
            } else {
                line += word;
            }
            i = end;
        }
        return lines;
    }

    /**
     * The height in points of a row whose cells hold {@code texts} (null for none), bold where {@code bold} says, in
     * columns {@code widths} characters wide.
     */
    static float of(String[] texts, boolean[] bold, int[] widths) {
        int lines = 1;
        boolean cjk = false;
        for (int col = 0; col < texts.length && col < widths.length; col++) {
            String t = texts[col];
            if (t == null || t.isEmpty()) {
                continue;
            }
            lines = Math.max(lines, lines(t, widths[col], bold[col]));
            cjk |= t.codePoints().anyMatch(RowHeights::wide);
        }
        return Math.min(MAX, lines * (cjk ? CJK_LINE : LINE) + PAD);
    }
}
