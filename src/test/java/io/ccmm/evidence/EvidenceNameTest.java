package io.ccmm.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceNameTest {

    static Stream<Arguments> names() {
        return Stream.of(
                // ordinary names stay as they are
                Arguments.of("report.pdf", "report.pdf"),
                Arguments.of("现场检查记录 2026-03.xlsx", "现场检查记录 2026-03.xlsx"),
                Arguments.of("archive.tar.gz", "archive.tar.gz"),
                Arguments.of("README", "README"),
                // path parts of any system
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
                Arguments.of("C:\\Users\\me\\Desktop\\photo.jpg", "photo.jpg"),
                Arguments.of("/home/me/notes.txt", "notes.txt"),
                Arguments.of("C:evil.txt", "C_evil.txt"),
                Arguments.of("report.pdf:hidden.exe", "report.pdf_hidden.exe"),
                Arguments.of("dir/", "attachment"),
                Arguments.of("..", "attachment"),
                Arguments.of("...", "attachment"),
                Arguments.of(".", "attachment"),
                Arguments.of("", "attachment"),
                Arguments.of("   ", "attachment"),
                Arguments.of("a..b..pdf", "a.b.pdf"),
                Arguments.of(".bashrc", "attachment.bashrc"),
                Arguments.of(".pdf", "attachment.pdf"),
                Arguments.of("..hidden.txt", "hidden.txt"),
                // characters Windows refuses
                Arguments.of("what?<now>|\"x\"*.txt", "what__now___x__.txt"),
                // control, format and bidirectional characters
                Arguments.of("invoice\u202Efdp.exe", "invoicefdp.exe"),
                Arguments.of("photo\u202Egpj.scr", "photogpj.scr"),
                Arguments.of("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef.txt", "abcdef.txt"),
                Arguments.of("a\u2066b\u2067c\u2068d\u2069e.txt", "abcde.txt"),
                Arguments.of("a\u200Eb\u200Fc\u061Cd.txt", "abcd.txt"),
                Arguments.of("zero\u200Bwidth\u200C\u200D\uFEFF.txt", "zerowidth.txt"),
                Arguments.of("bell\u0007tab\tnew\nline\u0000.txt", "belltab new line.txt"),
                Arguments.of("c1\u0085\u009B.txt", "c1.txt"),
                Arguments.of("line\u2028para\u2029.txt", "line para.txt"),
                Arguments.of("e\u200B\u0301.txt", "\u00E9.txt"),
                Arguments.of("wide\u3000space\u00A0here.txt", "wide space here.txt"),
                Arguments.of("many     spaces.txt", "many spaces.txt"),
                Arguments.of("lone\uD800surrogate.txt", "lonesurrogate.txt"),
                Arguments.of("emoji 📎 clip.png", "emoji 📎 clip.png"),
                // Unicode normalization: one name, one form
                Arguments.of("cafe\u0301.txt", "caf\u00E9.txt"),
                // trailing dots and spaces (Windows drops them, and "x.exe." runs as x.exe)
                Arguments.of("evil.exe.", "evil.exe"),
                Arguments.of("evil.exe . . ", "evil.exe"),
                Arguments.of("  leading.txt", "leading.txt"),
                // reserved Windows device names, with any extension and any case
                Arguments.of("CON", "_CON"),
                Arguments.of("con.txt", "_con.txt"),
                Arguments.of("Nul.tar.gz", "_Nul.tar.gz"),
                Arguments.of("aux .pdf", "_aux.pdf"),
                Arguments.of("COM1.log", "_COM1.log"),
                Arguments.of("lpt9", "_lpt9"),
                Arguments.of("COM\u00B9.txt", "_COM\u00B9.txt"),
                Arguments.of("CONOUT$", "_CONOUT$"),
                Arguments.of("prn.", "_prn"),
                Arguments.of("CONSOLE.txt", "CONSOLE.txt"),
                Arguments.of("COM10.txt", "COM10.txt"),
                Arguments.of("my con.txt", "my con.txt"),
                Arguments.of("../CON", "_CON"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void normalizes(String given, String expected) {
        assertEquals(expected, EvidenceName.safe(given), given);
    }

    @Test
    void noNameIsTheFallback() {
        assertEquals(EvidenceName.FALLBACK, EvidenceName.safe(null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void longNamesAreCutToTheByteLimitKeepingTheExtension(int bytesPerCharacter) {
        String character =
                switch (bytesPerCharacter) {
                    case 1 -> "a";
                    case 2 -> "é";
                    case 3 -> "评";
                    default -> "😀";
                };
        String name = character.repeat(400) + ".pdf";
        String safe = EvidenceName.safe(name);
        int length = safe.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(length <= EvidenceLimits.MAX_NAME_UTF8_BYTES, safe + ": " + length);
        assertTrue(length > EvidenceLimits.MAX_NAME_UTF8_BYTES - 4 - bytesPerCharacter, "cut only as needed");
        assertTrue(safe.endsWith(".pdf"), safe);
        assertEquals(character, safe.substring(0, character.length()));
        assertFalse(safe.contains("\uFFFD"));
    }

    @Test
    void aCutNeverSplitsALetterFromItsAccent() {
        // "x" with a combining acute has no precomposed form: 2 chars, 3 bytes of UTF-8, one character to the eye.
        String safe = EvidenceName.safe("x\u0301".repeat(100) + ".txt", 50);
        assertEquals("x\u0301".repeat(15) + ".txt", safe);
    }

    @Test
    void aLongExtensionIsPartOfTheName() {
        String name = "x".repeat(300) + ".thisisnotanextensionatall";
        String safe = EvidenceName.safe(name);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= EvidenceLimits.MAX_NAME_UTF8_BYTES);
        assertTrue(safe.startsWith("xxx"));
    }

    @Test
    void safeNamesAreStableAndSafeForRandomInput() {
        Random random = new Random(2026);
        int[] interesting = {
            '/', '\\', ':', '.', ' ', '\u202E', '\u2066', '\u200E', 0, 7, 0x7F, 0x85, '?', '*', '<', '>', '|', '"', 'C',
            'O', 'N', 'a', '1', 0x3000, 0x301, 0xD800, 0x1F4CE, 0x8BC4, 0xFEFF
        };
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                name.appendCodePoint(
                        random.nextInt(3) == 0
                                ? random.nextInt(0x30000)
                                : interesting[random.nextInt(interesting.length)]);
            }
            String safe = EvidenceName.safe(name.toString());
            String what =
                    "from " + name.codePoints().mapToObj(Integer::toHexString).toList() + " to " + safe;
            assertEquals(safe, EvidenceName.safe(safe), "stable: " + what);
            assertFalse(safe.isEmpty(), what);
            assertFalse(safe.contains("/") || safe.contains("\\") || safe.contains(":") || safe.contains(".."), what);
            assertFalse(safe.startsWith(".") || safe.endsWith(".") || safe.startsWith(" ") || safe.endsWith(" "), what);
            assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= EvidenceLimits.MAX_NAME_UTF8_BYTES, what);
            assertTrue(safe.codePoints().noneMatch(EvidenceNameTest::invisibleOrControl), what);
            String base = safe.split("\\.", 2)[0].trim().toUpperCase(Locale.ROOT);
            assertFalse(base.matches("CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$|CLOCK\\$"), what);
        }
    }

    private static boolean invisibleOrControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
