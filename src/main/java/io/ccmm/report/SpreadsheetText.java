package io.ccmm.report;

/**
 * Text for spreadsheet cells (XLSX, CSV): a value that starts with a formula character is prefixed with an apostrophe
 * so that Excel, LibreOffice and Google Sheets show it as text instead of running it (OWASP "CSV injection").
 */
final class SpreadsheetText {

    private SpreadsheetText() {}

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
