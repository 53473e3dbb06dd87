package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.files.BundledFontFiles;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.UnbufferedFontFile;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font file reader the PDF report parses its fonts through: the same bytes and the same font as a full copy. */
class FontFileReadTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSameBytesAcrossItsWindowAtAnyPosition() throws IOException {
        byte[] data = new byte[50_000];
        new Random(7).nextBytes(data);
        Path file = dir.resolve("data.bin");
        Files.write(file, data);
        try (FontFileRead read = new FontFileRead(file)) {
            assertEquals(data.length, read.length());
            Random r = new Random(11);
            for (int i = 0; i < 200; i++) {
                int at = r.nextInt(data.length);
                int len = r.nextInt(20_000);
                read.seek(at);
                byte[] got = new byte[len];
                int n = read.read(got, 0, len);
                int expected = Math.min(len, data.length - at);
                assertEquals(expected == 0 && len > 0 ? -1 : expected, n);
                if (n > 0) {
                    assertArrayEquals(Arrays.copyOfRange(data, at, at + n), Arrays.copyOf(got, n));
                }
                read.seek(at);
                assertEquals(data[at] & 0xFF, read.read());
                assertEquals(at + 1, read.getPosition());
            }
            read.seek(data.length);
            assertTrue(read.isEOF());
            assertEquals(-1, read.read());
        }
        FontFileRead closed = new FontFileRead(file);
        closed.close();
        assertThrows(IOException.class, closed::read);
    }

    @Test
    void theBundledFontParsesAsFromACopyInMemory() throws IOException {
        Path font = BundledFontFiles.file(false);
        try (TrueTypeFont lazy = UnbufferedFontFile.parse(new FontFileRead(font));
                TrueTypeFont copied = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)))) {
            assertEquals(copied.getNumberOfGlyphs(), lazy.getNumberOfGlyphs());
            assertEquals(copied.getName(), lazy.getName());
            for (int cp : "条目 Readiness 就绪度 ①".codePoints().toArray()) {
                int gid = copied.getUnicodeCmapLookup().getGlyphId(cp);
                assertEquals(gid, lazy.getUnicodeCmapLookup().getGlyphId(cp));
                assertEquals(copied.getAdvanceWidth(gid), lazy.getAdvanceWidth(gid));
                assertArrayEquals(
                        copied.getGlyph()
                                .getGlyph(gid)
                                .getPath()
                                .getBounds2D()
                                .getBounds()
                                .toString()
                                .getBytes(),
                        lazy.getGlyph()
                                .getGlyph(gid)
                                .getPath()
                                .getBounds2D()
                                .getBounds()
                                .toString()
                                .getBytes());
            }
        }
    }

    @Test
    void everyCharacterMapsToTheSameGlyphAndGlyphsHaveTheSameOutlinesAsFromACopyInMemory() throws IOException {
        Path font = BundledFontFiles.file(false);
        try (TrueTypeFont lazy = UnbufferedFontFile.parse(new FontFileRead(font));
                TrueTypeFont copied = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)))) {
            CmapLookup lazyMap = lazy.getUnicodeCmapLookup();
            CmapLookup copiedMap = copied.getUnicodeCmapLookup();
            int mapped = 0;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                int gid = copiedMap.getGlyphId(cp);
                assertEquals(gid, lazyMap.getGlyphId(cp), "U+" + Integer.toHexString(cp));
                mapped += gid == 0 ? 0 : 1;
            }
            assertTrue(mapped > 25_000, "the whole repertoire is mapped: " + mapped);
            for (int gid = 0; gid < copied.getNumberOfGlyphs(); gid += 37) {
                assertEquals(outline(copied, gid), outline(lazy, gid), "glyph " + gid);
                assertEquals(copiedMap.getCharCodes(gid), lazyMap.getCharCodes(gid), "glyph " + gid);
            }
        }
    }

    /** Every segment of a glyph's outline, with its coordinates. */
    private static String outline(TrueTypeFont font, int gid) throws IOException {
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        StringBuilder b = new StringBuilder();
        if (glyph == null) {
            return "none";
        }
        double[] c = new double[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            b.append(it.currentSegment(c)).append(Arrays.toString(c));
        }
        return b.toString();
    }
}
