package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** Bold drawn from the regular face: darker on the page, the same text when copied, nothing left behind. */
class PdfFontsTest {

    private static final String LINE = "就绪度评估 Readiness 96.4%";
    private static final PDRectangle PAGE = new PDRectangle(400, 200);

    /** Page 1: the line regular. Page 2: bold. Page 3: bold at the top, then regular and a hairline below it. */
    private static byte[] threePages() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, Language.ZH);
            String clean = fonts.clean(LINE);
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (p >= 1) {
                        fonts.show(cs, clean, true, 20, Color.BLACK, Matrix.getTranslateInstance(20, 150));
                    }
                    if (p != 1) {
                        fonts.show(cs, clean, false, 20, Color.BLACK, Matrix.getTranslateInstance(20, 50));
                    }
                    if (p == 0 || p == 2) {
                        cs.setStrokingColor(Color.BLACK);
                        cs.moveTo(20, 20);
                        cs.lineTo(380, 20);
                        cs.stroke();
                    }
                }
            }
            doc.save(OutputStream.nullOutputStream());
            fonts.fixToUnicode(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Dark pixels in rows {@code fromY} to {@code toY} (from the top, at 72 dpi) of a page. */
    private static int ink(BufferedImage image, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void boldTextIsClearlyDarkerThanRegularAndCopiesAsTheSameText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(threePages())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            BufferedImage regular = renderer.renderImage(0);
            BufferedImage bold = renderer.renderImage(1);
            int regularInk = ink(regular, 120, 170);
            int boldInk = ink(bold, 20, 70);
            assertTrue(regularInk > 500, "the regular line is drawn: " + regularInk);
            assertTrue(boldInk > regularInk * 1.25, "bold " + boldInk + " against regular " + regularInk);

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertEquals(LINE, stripper.getText(doc).strip());
        }
    }

    @Test
    void textAndLinesAfterBoldTextAreDrawnAsWithoutIt() throws IOException {
        try (PDDocument doc = Loader.loadPDF(threePages())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            BufferedImage alone = renderer.renderImage(0);
            BufferedImage afterBold = renderer.renderImage(2);
            // The regular line and the hairline below bold text: same outline (none), line width and spacing.
            assertEquals(ink(alone, 120, 200), ink(afterBold, 120, 200));
        }
    }

    @Test
    void boldTextIsAsWideAsMeasured() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, Language.ZH);
            String clean = fonts.clean(LINE);
            float regular = fonts.width(clean, false, 20);
            float bold = fonts.width(clean, true, 20);
            assertEquals(regular + LINE.codePointCount(0, LINE.length()) * 20 * PdfFonts.BOLD_SPACING, bold, 0.01);
        }
    }

    @Test
    void theEmbeddedFontIsAWholeTrueTypeSubsetOfTheGlyphsShown() throws IOException {
        try (PDDocument doc = Loader.loadPDF(threePages())) {
            PDResources resources = doc.getPage(0).getResources();
            PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            PDStream file =
                    ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2();
            byte[] data = file.toByteArray();
            assertEquals(data.length, file.getCOSObject().getInt(COSName.LENGTH1), "Length1 is the font's length");
            try (TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(data))) {
                int distinct = (int) LINE.codePoints().distinct().count();
                assertTrue(subset.getNumberOfGlyphs() > distinct / 2, "glyphs: " + subset.getNumberOfGlyphs());
                assertTrue(subset.getNumberOfGlyphs() <= distinct + 1, "glyphs: " + subset.getNumberOfGlyphs());
            }
        }
    }

    @Test
    void rareCharactersOfTheFontRenderAndCopyAndOnesItLacksBecomeAQuestionMark() throws IOException {
        String rare = "龘齉㐀䲜鱻丂亍";
        String lacking = new String(Character.toChars(0x20000)); // CJK Extension B: not in Noto Sans SC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, Language.ZH);
            String clean = fonts.clean(rare + " " + lacking);
            assertEquals(rare + " ?", clean);
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                fonts.show(cs, clean, false, 20, Color.BLACK, Matrix.getTranslateInstance(20, 100));
                fonts.show(cs, clean, true, 20, Color.BLACK, Matrix.getTranslateInstance(20, 50));
            }
            doc.save(OutputStream.nullOutputStream());
            fonts.fixToUnicode(doc);
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(
                    rare + " ?\n" + rare + " ?",
                    new PDFTextStripper().getText(doc).strip());
            assertTrue(ink(new PDFRenderer(doc).renderImage(0), 0, 200) > 800, "the glyphs are drawn");
        }
    }
}
