package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Curly quotes in the PDF: English text gets the font's proportional quotes (OpenType pwid), Chinese text keeps the
 * full-width ones; widths, line breaking, the glyphs drawn and the extracted text agree.
 */
class PdfQuotesTest {

    /** The bundled Noto Sans SC's glyphs: its cmap's full-width quotes and their pwid forms (read with fontTools). */
    private static final int FULL_LEFT_DOUBLE = 30553;

    private static final int FULL_RIGHT_DOUBLE = 30554;
    private static final int PWID_LEFT_SINGLE = 30416;
    private static final int PWID_RIGHT_SINGLE = 30417;
    private static final int PWID_LEFT_DOUBLE = 30419;
    private static final int PWID_RIGHT_DOUBLE = 30420;

    private static final String ENGLISH = "See “Summary” and the ‘owner’s’ note.";
    private static final String CHINESE = "见“摘要”一节";
    private static final float SIZE = 10;

    @Test
    void anEnglishQuotedWordIsMeasuredWithProportionalQuotes() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts en = PdfFonts.load(doc, Language.EN);
            float word = en.width("Summary", false, SIZE);
            // pwid “ and ” advance 475 units of 1000; the full-width ones 1000.
            assertEquals(word + 2 * 0.475f * SIZE, en.width(en.clean("“Summary”"), false, SIZE), 0.001);
            assertEquals(en.width("owner", false, SIZE) + 3 * 0.279f * SIZE, en.width("‘owner’’", false, SIZE), 0.001);
            // A Chinese quotation in an English report keeps the full-width quotes, as does a Chinese report.
            assertEquals(en.width("摘要", false, SIZE) + 2 * SIZE, en.width("“摘要”", false, SIZE), 0.001);
            PdfFonts zh = PdfFonts.load(doc, Language.ZH);
            assertEquals(word + 2 * SIZE, zh.width("“Summary”", false, SIZE), 0.001);
        }
    }

    @Test
    void lineBreakingMeasuresAClosingQuoteAsItIsDrawn() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts en = PdfFonts.load(doc, Language.EN);
            String text = "Raise item 12 “Channel plan covers hotline” to full compliance “摘要” now";
            for (float max = 40; max < 400; max += 7) {
                List<String> lines = LineBreaker.wrap(text, max, s -> en.width(s, false, SIZE));
                for (String line : lines) {
                    float drawn = en.width(line, false, SIZE);
                    boolean oneWord = !line.contains(" ");
                    // A line is never wider than measured; a single word or a hanging quote may pass the edge.
                    String withoutHanging = line.endsWith("”") ? line.substring(0, line.length() - 1) : line;
                    assertTrue(
                            oneWord || en.width(withoutHanging, false, SIZE) <= max + 0.001,
                            "line '" + line + "' is " + drawn + " wide, the room " + max);
                }
            }
        }
    }

    @Test
    void englishQuotesAreDrawnAsTheirProportionalGlyphsAndExtractAsTyped() throws IOException {
        byte[] pdf = page(ENGLISH, CHINESE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Integer>> shown = glyphsShown(doc.getPage(0));
            assertEquals(2, shown.size(), "one string per line: " + shown);
            List<Integer> english = shown.get(0);
            assertEquals(ENGLISH.length(), english.size(), "one glyph per character");
            assertEquals(PWID_LEFT_DOUBLE, english.get(ENGLISH.indexOf('“')));
            assertEquals(PWID_RIGHT_DOUBLE, english.get(ENGLISH.indexOf('”')));
            assertEquals(PWID_LEFT_SINGLE, english.get(ENGLISH.indexOf('‘')));
            assertEquals(PWID_RIGHT_SINGLE, english.get(ENGLISH.indexOf('’')));
            assertEquals(PWID_RIGHT_SINGLE, english.get(ENGLISH.lastIndexOf('’')));
            List<Integer> chinese = shown.get(1);
            assertEquals(FULL_LEFT_DOUBLE, chinese.get(CHINESE.indexOf('“')));
            assertEquals(FULL_RIGHT_DOUBLE, chinese.get(CHINESE.indexOf('”')));

            String text = new PDFTextStripper().getText(doc);
            assertEquals(ENGLISH + "\n" + CHINESE, text.strip().replace("\r\n", "\n"));
        }
    }

    @Test
    void anEnglishReportDrawsProportionalQuotesForEnglishNotesAndFullWidthOnesForChineseNotes() throws IOException {
        String english = "Agreed the “Summary” wording with the owner’s team";
        String chinese = "见“复核记录”";
        ReportModel sample = SampleReport.model(Language.EN);
        List<ItemRow> items = new ArrayList<>();
        for (ItemRow row : sample.items()) {
            String note = row.id() == 40 ? english : row.id() == 41 ? chinese : row.note();
            items.add(new ItemRow(
                    row.id(),
                    row.module(),
                    row.title(),
                    row.level(),
                    row.c(),
                    row.f(),
                    row.points(),
                    note,
                    row.notApplicable(),
                    row.justification()));
        }
        ReportModel model = sample.withItems(items);
        try (PDDocument doc = Loader.loadPDF(PdfReportExporterTest.pdf(model))) {
            // The note column wraps the English note over two lines.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(english), "the English note extracts as typed, with its spaces");
            assertTrue(text.contains(chinese), "the Chinese note extracts as typed");
            List<Integer> proportional = List.of(PWID_LEFT_DOUBLE, PWID_RIGHT_DOUBLE, PWID_RIGHT_SINGLE);
            List<Integer> full = List.of(FULL_LEFT_DOUBLE, FULL_RIGHT_DOUBLE);
            List<Integer> drawn = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                glyphsShown(page).forEach(drawn::addAll);
            }
            for (int glyph : proportional) {
                assertEquals(1, drawn.stream().filter(g -> g == glyph).count(), "proportional glyph " + glyph);
            }
            for (int glyph : full) {
                assertEquals(1, drawn.stream().filter(g -> g == glyph).count(), "full-width glyph " + glyph);
            }
        }
    }

    /** A page with one line of text per argument, in an English document. */
    private static byte[] page(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, Language.EN);
            PDPage page = new PDPage(new PDRectangle(500, 200));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 150;
                for (String line : lines) {
                    fonts.show(cs, fonts.clean(line), false, 16, Color.BLACK, Matrix.getTranslateInstance(20, y));
                    y -= 40;
                }
            }
            doc.save(OutputStream.nullOutputStream());
            fonts.fixToUnicode(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The glyph ids (2-byte CIDs, which are the font's glyph ids) of each string the page shows. */
    private static List<List<Integer>> glyphsShown(PDPage page) throws IOException {
        List<List<Integer>> shown = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                if (op.getName().equals("Tj") || op.getName().equals("TJ")) {
                    List<Integer> glyphs = new ArrayList<>();
                    for (COSBase operand : operands) {
                        if (operand instanceof COSString s) {
                            addGlyphs(s, glyphs);
                        } else if (operand instanceof COSArray array) {
                            for (COSBase item : array) {
                                if (item instanceof COSString s) {
                                    addGlyphs(s, glyphs);
                                }
                            }
                        }
                    }
                    shown.add(glyphs);
                }
                operands.clear();
            } else if (token instanceof COSBase base) {
                operands.add(base);
            }
        }
        return shown;
    }

    private static void addGlyphs(COSString s, List<Integer> glyphs) {
        byte[] b = s.getBytes();
        for (int i = 0; i + 1 < b.length; i += 2) {
            glyphs.add(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
        }
    }
}
