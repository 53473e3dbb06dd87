package io.ccmm.evidence;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The name an attachment is stored, shown and saved under, made safe on every desktop OS from whatever a file (or an
 * attacker) brought along: the last path part only; no separators or characters Windows refuses; no control, format
 * or bidirectional characters (which can make {@code "invoice\u202Efdp.exe"} show as "invoiceexe.pdf"); no
 * {@code ..}, leading dots or trailing dots and spaces; no reserved Windows device name; at most
 * {@link EvidenceLimits#MAX_NAME_UTF8_BYTES} bytes of UTF-8 with the extension kept; {@link #FALLBACK} when nothing
 * remains. Idempotent: a safe name stays as it is.
 */
public final class EvidenceName {

    /** The name when nothing usable remains (its extension is kept when there was one). */
    public static final String FALLBACK = "attachment";

    private static final int MAX_EXTENSION_BYTES = 16;
    private static final Set<String> RESERVED = reservedNames();

    private EvidenceName() {}

    public static String safe(String name) {
        return safe(name, EvidenceLimits.MAX_NAME_UTF8_BYTES);
    }

    static String safe(String name, int maxBytes) {
        if (name == null) {
            return FALLBACK;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = lastPathPart(s);
        // Again after cleaning: a dropped invisible character may have stood between a letter and its accent.
        s = Normalizer.normalize(cleanCharacters(s), Normalizer.Form.NFC);
        s = s.replaceAll("\\.{2,}", ".").replaceAll(" {2,}", " ");
        String onlyExtension = trimEdges("x" + s).substring(1);
        if (onlyExtension.startsWith(".") && onlyExtension.lastIndexOf('.') == 0) {
            s = FALLBACK + onlyExtension; // ".pdf" is a PDF without a name, not a file named "pdf"
        }
        s = trimEdges(s);
        String extension = extension(s);
        String stem = trimEdges(
                truncate(trimEdges(s.substring(0, s.length() - extension.length())), maxBytes - utf8Length(extension)));
        if (stem.isEmpty()) {
            stem = FALLBACK;
        }
        if (isReserved(stem)) {
            stem = "_" + stem;
        }
        return stem + extension;
    }

    /** Everything after the last separator of any OS; a Windows drive or stream colon is not a separator here. */
    private static String lastPathPart(String s) {
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(cut + 1);
    }

    private static String cleanCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '/' || cp == '\\' || cp == ':' || "<>\"|?*".indexOf(cp) >= 0) {
                out.append('_'); // separators of other systems and characters Windows refuses
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!dropped(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Control, format (all bidirectional marks, overrides and isolates, zero-width characters), unpaired surrogates. */
    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0x034F // combining grapheme joiner: invisible
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors: invisible
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0; // Hangul fillers: blank letters
    }

    /** Without leading dots and spaces (hidden files, "..") and trailing dots and spaces (Windows drops them). */
    private static String trimEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** ".pdf" of "report.pdf": short, without spaces, not the whole name; "" otherwise. */
    private static String extension(String s) {
        int dot = s.lastIndexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            return "";
        }
        String extension = s.substring(dot);
        return utf8Length(extension) <= MAX_EXTENSION_BYTES && extension.indexOf(' ') < 0 ? extension : "";
    }

    /** CON, PRN, AUX, NUL, COM0–9, LPT0–9 (also with superscript digits), CONIN$, CONOUT$, with any extension. */
    private static boolean isReserved(String stem) {
        int dot = stem.indexOf('.');
        String base = (dot < 0 ? stem : stem.substring(0, dot)).trim().toUpperCase(Locale.ROOT);
        return RESERVED.contains(base);
    }

    private static Set<String> reservedNames() {
        java.util.HashSet<String> names =
                new java.util.HashSet<>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"));
        String digits = "0123456789\u00B9\u00B2\u00B3";
        for (char d : digits.toCharArray()) {
            names.add("COM" + d);
            names.add("LPT" + d);
        }
        return Set.copyOf(names);
    }

    /** At most {@code maxBytes} of UTF-8, cut between user-perceived characters (never inside a pair or a cluster). */
    private static String truncate(String s, int maxBytes) {
        if (utf8Length(s) <= maxBytes) {
            return s;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(s);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (utf8Length(s.substring(0, next)) > maxBytes) {
                break;
            }
            end = next;
        }
        return s.substring(0, end);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
