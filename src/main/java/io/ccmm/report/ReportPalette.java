package io.ccmm.report;

import java.awt.Color;
import java.util.HexFormat;

/** The report's colours, the same in every format. */
final class ReportPalette {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static final Color INK = new Color(0x1D2433);
    static final Color MUTED = new Color(0x5B6475);
    static final Color NAVY = new Color(0x1F3A5F);
    static final Color ACCENT = new Color(0x2A6FB0);
    static final Color RULE = new Color(0xD5DAE1);
    static final Color PANEL = new Color(0xF2F5F9);
    static final Color ZEBRA = new Color(0xF7F9FB);
    static final Color TRACK = new Color(0xE4E8EE);
    static final Color ZERO_ROW = new Color(0xFDECEA);
    static final Color ZERO_MARK = new Color(0xC62828);

    static final Color ACHIEVED = new Color(0x2E7D32);
    static final Color NOT_MET = new Color(0xC62828);
    static final Color INCOMPLETE = new Color(0xB26A00);

    static final Color FULL = new Color(0x3C8D40);
    static final Color PARTIAL = new Color(0xF0B43C);
    static final Color ZERO = new Color(0xD64541);
    static final Color UNRATED = new Color(0xC9CED6);

    private ReportPalette() {}

    static Color of(LevelStatus status) {
        return switch (status) {
            case ACHIEVED -> ACHIEVED;
            case NOT_MET -> NOT_MET;
            case INCOMPLETE -> INCOMPLETE;
        };
    }

    /** A pale tint of a colour, for bar fills behind text. */
    static Color tint(Color c, double amount) {
        return new Color(
                (int) Math.round(c.getRed() + (255 - c.getRed()) * amount),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * amount),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * amount));
    }

    static String hex(Color c) {
        return "#" + HEX.toHexDigits(c.getRGB() & 0xFFFFFF, 6);
    }
}
