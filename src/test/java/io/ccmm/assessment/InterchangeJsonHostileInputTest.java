package io.ccmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Input from outside is refused exactly and in words: no wrapped numbers, no altered text, no silent choices. */
class InterchangeJsonHostileInputTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();
    private static final String HEAD = "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,";

    private static Assessment read(byte[] json) throws InvalidAssessmentException {
        return InterchangeJson.read(json, CATALOG, false);
    }

    private static InvalidAssessmentException refusal(byte[] json) {
        return assertThrows(InvalidAssessmentException.class, () -> read(json));
    }

    private static String error(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8)).getMessage();
    }

    private static String error(byte[] json) {
        return refusal(json).getMessage();
    }

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void anItemBeyond32BitsIsRefusedNotWrapped() {
        assertEquals(
                "ratings[3].item: 4294967297 is not in catalog cc-cmm-oc-2025: out of range 1–170",
                error(HEAD + "\"ratings\":[{\"item\":1},{\"item\":2},{\"item\":3},{\"item\":4294967297,\"c\":10}]}"));
        assertTrue(error(HEAD + "\"ratings\":[{\"item\":-1}]}")
                .startsWith("ratings[0].item: -1 is not in catalog cc-cmm-oc-2025: out of range 1–170"));
        assertTrue(error(HEAD + "\"ratings\":[{\"item\":18446744073709551617}]}")
                .startsWith("ratings[0].item: 18446744073709551617 is not in catalog cc-cmm-oc-2025: out of range"));
    }

    @Test
    void versionLevelAndYearsBeyond32BitsAreRefusedNotWrapped() {
        assertEquals(
                "formatVersion: 4294967297 is newer than this app reads (1); update the app to open this file",
                error("{\"format\":\"ccmm-assessment\",\"formatVersion\":4294967297}"));
        assertEquals(
                "assessment.targetLevel: 4294967299 is not a level from 1 to 5",
                error(HEAD + "\"assessment\":{\"targetLevel\":4294967299}}"));
        String twoTo64Plus7 = BigInteger.TWO.pow(64).add(BigInteger.valueOf(7)).toString();
        assertEquals(
                "organization.yearsInOperation: " + twoTo64Plus7 + " is out of range 0–1000",
                error(HEAD + "\"organization\":{\"yearsInOperation\":" + twoTo64Plus7 + "}}"));
        assertEquals(
                "organization.yearsInOperation: -1 is out of range 0–1000",
                error(HEAD + "\"organization\":{\"yearsInOperation\":-1}}"));
        assertEquals(
                "formatVersion: -1 is out of range 1–1",
                error("{\"format\":\"ccmm-assessment\",\"formatVersion\":-1}"));
    }

    @Test
    void floatsWhereAWholeNumberBelongsAreRefused() {
        assertEquals(
                "formatVersion: 1.0 is not a whole number",
                error("{\"format\":\"ccmm-assessment\",\"formatVersion\":1.0}"));
        assertEquals("ratings[0].item: 1.0 is not a whole number", error(HEAD + "\"ratings\":[{\"item\":1.0}]}"));
        assertEquals(
                "ratings[0].c: 10.0 is not one of 10, 5, 0", error(HEAD + "\"ratings\":[{\"item\":1,\"c\":10.0}]}"));
        assertEquals(
                "ratings[0].f: 10.0 is not one of 10, 5, 0", error(HEAD + "\"ratings\":[{\"item\":1,\"f\":1e1}]}"));
        assertEquals(
                "ratings[0].c: 4294967306 is not one of 10, 5, 0",
                error(HEAD + "\"ratings\":[{\"item\":1,\"c\":4294967306}]}"));
        assertEquals(
                "assessment.targetLevel: 3.0 is not a level from 1 to 5",
                error(HEAD + "\"assessment\":{\"targetLevel\":3.0}}"));
        assertEquals(
                "organization.yearsInOperation: 7.5 is not a whole number",
                error(HEAD + "\"organization\":{\"yearsInOperation\":7.5}}"));
    }

    @Test
    void utf32LookingBytesAreBadInputNotACrash() {
        String message = error(bytes(0, 0, 0, '{', 0x7f, 0x7f, 0x7f, 0x7f));
        assertTrue(message.startsWith("not UTF-8 text: a zero byte at byte 0"), message);
        assertEquals("the file is UTF-16 text; interchange JSON must be UTF-8", error(bytes(0xFF, 0xFE, '{', 0)));
        assertEquals(
                "the file is UTF-32 text; interchange JSON must be UTF-8",
                error(bytes(0xFF, 0xFE, 0, 0, '{', 0, 0, 0)));
    }

    @Test
    void invalidUtf8IsRefusedNeverAltered() {
        String before = HEAD + "\"organization\":{\"name\":\"";
        String after = "\"}}";
        int at = before.getBytes(StandardCharsets.UTF_8).length;
        // overlong "/", an encoded surrogate, a sequence cut short, a stray continuation byte
        for (byte[] bad : new byte[][] {bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xE6, 0x9F), bytes(0x80)}) {
            assertEquals(
                    "not valid UTF-8 at byte " + at + " (line 1); the file is refused as it is, nothing is replaced",
                    error(concat(before, bad, after)));
        }
        assertTrue(error(concat(before, bytes(0xE6), "")).startsWith("not valid UTF-8 at byte " + at));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        byte[] json = concat("", bytes(0xEF, 0xBB, 0xBF), HEAD + "\"organization\":{\"name\":\"热线\"}}");
        assertEquals("热线", read(json).organization().name());
    }

    @Test
    void aLoneSurrogateEscapeIsRefused() {
        assertEquals(
                "ratings[0].note: character 2 is half of a UTF-16 surrogate pair, which is not valid Unicode",
                error(HEAD + "\"ratings\":[{\"item\":1,\"note\":\"a\\ud800b\"}]}"));
    }

    @Test
    void duplicateKeysAreRefusedWithTheirPlace() {
        String message = error(HEAD + "\"ratings\":[{\"item\":1},{\"item\":2},{\"item\":3,\"c\":10,\"c\":0}]}");
        assertTrue(
                message.startsWith("ratings[2]: the key \"c\" appears twice in one object (line 1, column"), message);
        message = error(HEAD + "\"organization\":{\"name\":\"A\",\"name\":\"B\"}}");
        assertTrue(message.startsWith("organization: the key \"name\" appears twice"), message);
        message = error(HEAD + "\"formatVersion\":1}");
        assertTrue(message.startsWith("the key \"formatVersion\" appears twice at the top of the file"), message);
    }

    @Test
    void datesOutsideYyyyMmDdAreRefused() {
        for (String date : new String[] {"+12026-03-01", "2026-02-30", "2026-3-1", "12026-03-01", "-2026-03-01"}) {
            assertEquals(
                    "assessment.date: \"" + date + "\" is not a date (yyyy-MM-dd)",
                    error(HEAD + "\"assessment\":{\"date\":\"" + date + "\"}}"));
        }
    }

    @Test
    void aNoteLongerThanTheLimitIsRefusedNamingPlaceAndLimit() throws Exception {
        String longest = "评".repeat(Rating.MAX_TEXT_LENGTH);
        Assessment a = read(
                (HEAD + "\"ratings\":[{\"item\":1,\"note\":\"" + longest + "\"}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(longest, a.ratings().get(0).note());
        assertEquals(
                "ratings[1].note: 20,001 characters, more than the 20,000 allowed",
                error(HEAD + "\"ratings\":[{\"item\":1},{\"item\":2,\"note\":\"" + longest + "x\"}]}"));
        assertEquals(
                "organization.name: 20,001 characters, more than the 20,000 allowed",
                error(HEAD + "\"organization\":{\"name\":\"" + longest + "x\"}}"));
    }

    @Test
    void hostileSizesMeetLimitsWithClearMessages() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertEquals(
                "nested deeper than 32 levels at line 1; an assessment is never that deep",
                error(HEAD + "\"x\":" + deep + "}"));
        assertEquals(
                "a number longer than 100 digits at line 1",
                error(HEAD + "\"organization\":{\"yearsInOperation\":" + "9".repeat(5000) + "}}"));
        assertEquals(
                "a text longer than 1,000,000 characters at line 1",
                error(HEAD + "\"x\":\"" + "a".repeat(1_000_001) + "\"}"));
        StringBuilder many = new StringBuilder(HEAD + "\"ratings\":[");
        for (int i = 0; i <= InterchangeJson.MAX_RATINGS; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        assertEquals("ratings: 10,001 entries, more than the 10,000 allowed", error(many + "]}"));
        assertTrue(error(new byte[InterchangeJson.MAX_BYTES + 1]).startsWith("the file is larger than 64 MB"));
    }

    @Test
    void truncatedAndTrailingTextAreNamed() {
        String truncated = error(HEAD + "\"ratings\":[{\"item\":1");
        assertTrue(truncated.startsWith("not valid JSON at line 1, column "), truncated);
        assertTrue(truncated.endsWith(": the text ends early (is the file cut off?)"), truncated);
        String trailing = error(HEAD + "\"ratings\":[]} {}");
        assertTrue(trailing.startsWith("not valid JSON at line 1, column "), trailing);
        assertTrue(trailing.endsWith(": more text after the end of the assessment"), trailing);
    }

    @Test
    void messagesExistInChinese() {
        InvalidAssessmentException e =
                refusal((HEAD + "\"ratings\":[{\"item\":1,\"c\":7}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals("ratings[0].c: 7 is not one of 10, 5, 0", e.describe(Locale.ENGLISH));
        assertEquals("ratings[0].c：7 不是 10、5、0 之一", e.describe(Locale.SIMPLIFIED_CHINESE));
        assertFalse(e.describe(Locale.CHINA).contains("is not"));
    }

    @Test
    void validInputStillReads() throws Exception {
        Assessment a = read((HEAD + "\"organization\":{\"yearsInOperation\":1000},\"assessment\":{\"targetLevel\":5,"
                        + "\"date\":\"2024-02-29\"},\"ratings\":[{\"item\":170,\"c\":0,\"f\":5}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(OptionalInt.of(1000), a.organization().yearsInOperation());
        assertEquals(OptionalInt.of(5), a.round().targetLevel());
        assertEquals(170, a.ratings().get(0).item());
    }
}
