package io.ccmm.report;

/**
 * Text for spreadsheet cells (XLSX, CSV): a value that starts with a formula character is prefixed with an apostrophe
 * so that Excel, LibreOffice and Google Sheets show it as text instead of running it (OWASP "CSV injection").
 */
final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The most characters a spreadsheet cell holds (Excel, and Apache POI refuses more). */
    static final int MAX_CELL_LENGTH = 32_767;

    /**
     * Text for one cell: printable, neutralized, and cut to {@link #MAX_CELL_LENGTH} (ending in "…") if it would be
     * longer; never splits a surrogate pair.
     */
    static String cell(String s) {
        String v = neutralize(ReportText.printable(s == null ? "" : s));
        if (v.length() <= MAX_CELL_LENGTH) {
            return v;
        }
        int end = MAX_CELL_LENGTH - 1;
        if (Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(0, end) + "…";
    }

    static String neutralize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + s;
            default -> s;
        };
    }
}
