package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character is one unit wide. */
    private static List<String> wrap(String s, double width) {
        return LineBreaker.wrap(s, width, String::length);
    }

    @Test
    void chineseBreaksBetweenAnyCharacters() {
        assertEquals(List.of("某市", "12345政", "务服务热线"), wrap("某市12345政务服务热线", 6));
    }

    @Test
    void englishBreaksAtSpacesOnly() {
        assertEquals(
                List.of("Quality", "sampling", "covers every", "type"), wrap("Quality sampling covers every type", 12));
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertEquals(List.of("see", "abcdefghij", "klm"), wrap("see abcdefghijklm", 10));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        assertEquals(List.of("制度齐全，", "执行不完", "整。"), wrap("制度齐全，执行不完整。", 4));
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertEquals(List.of("第一行", "", "second line"), wrap("第一行\n\nsecond line", 20));
        assertEquals(List.of(""), wrap("", 20));
    }

    @Test
    void mixedTextKeepsEnglishWordsWhole() {
        assertEquals(List.of("备注 Follow-up", "agreed"), wrap("备注 Follow-up agreed", 13));
    }

    @Test
    void anOpeningQuoteOrBracketNeverEndsALine() {
        // English: the quoted title starts on the next line together with its quote.
        assertEquals(
                List.of("(+15); item 100", "“Self-service", "dashboards”"),
                wrap("(+15); item 100 “Self-service dashboards”", 17));
        // Chinese: “ and （ stay with the character after them.
        assertEquals(List.of("第五项", "“服务"), wrap("第五项“服务", 4));
        assertEquals(List.of("已评", "（不适"), wrap("已评（不适", 3));
    }

    @Test
    void aClosingQuoteNeverStartsALine() {
        assertEquals(List.of("“服务”", "完成"), wrap("“服务”完成", 3));
    }
}
