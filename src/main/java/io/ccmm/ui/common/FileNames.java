package io.ccmm.ui.common;

import java.nio.charset.StandardCharsets;

/** File names proposed from what the user typed (an organization's name), valid on every desktop file system. */
public final class FileNames {

    /**
     * The longest proposed name in UTF-8 bytes, extension included: file systems take 255, and a Chinese character takes
     * three.
     */
    public static final int MAX_BYTES = 180;

    private FileNames() {}

    /**
     * {@code base} without the characters file systems refuse, trimmed of trailing dots and spaces (Windows), cut at a
     * whole character so that name and {@code extension} stay within {@link #MAX_BYTES}; "assessment" when nothing is
     * left.
     */
    public static String suggest(String base, String extension) {
        String clean = base == null
                ? ""
                : base.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ");
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder name = new StringBuilder();
        int used = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            name.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        String result = name.toString().replaceAll("[. ]+$", "");
        return (result.isEmpty() ? "assessment" : result) + extension;
    }
}
