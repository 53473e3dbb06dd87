package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportExporterTest {

    static String html(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportExporter().write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScriptInANoteIsEscapedAndNeverRaw() throws IOException {
        String html = html(SampleReport.model(Language.ZH));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 需复核"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
        assertFalse(html.contains("<script>alert(1)"));
    }

    @Test
    void selfContainedWithInlineSvgChartsAndPrintRules() throws IOException {
        String html = html(SampleReport.model(Language.EN));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains(SampleReport.ORGANIZATION));
        assertTrue(html.contains("L2 Professional"));
        assertEquals(2, count(html, "<svg "));
        assertTrue(html.contains("@page { size: A4"));
        assertFalse(html.contains("src=\"http"), "no external resources");
        assertFalse(html.contains("<link"), "no external stylesheets");
        assertEquals(5, count(html, "class=\"rung\""));
    }

    @Test
    void attributeAndTextEscaping() {
        assertEquals(
                "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;", Html.escape("<a href=\"x\" onclick='y'>&"));
        assertEquals("a b", Html.escape("a\u0000b"));
    }

    private static int count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void anEnglishReportTakesItsCurlyQuotesFromALatinFontAndAChineseOneKeepsFullWidthQuotes() throws IOException {
        String english = html(SampleReport.model(Language.EN));
        int face =
                english.indexOf("@font-face { font-family: \"Latin Quotes\"; unicode-range: U+2018-2019, U+201C-201D;");
        assertTrue(face > 0, "a face for the four quotes only");
        int body = english.indexOf("body { font-family: \"Latin Quotes\", \"Noto Sans SC\"", face);
        assertTrue(body > face, "the quotes' face comes first in the English report's font stack");
        String chinese = html(SampleReport.model(Language.ZH));
        assertFalse(chinese.contains("Latin Quotes"), "Chinese reports keep the full-width quotes");
    }
}
