package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled fonts have no overlapping contours. JavaFX fills a glyph it draws as a shape (very large text, and all
 * text in the software renderer at a display scale other than 100 %) with the even-odd rule; overlapping strokes would
 * show as holes. So every Chinese character the app itself shows must fill the same under even-odd and non-zero.
 */
class BundledFontOutlinesTest {

    private static final int PIXELS = 96;

    /** Every CJK character of the Chinese UI and report texts and of the bundled catalog. */
    private static TreeSet<Integer> charactersTheAppShows() throws IOException {
        TreeSet<Integer> chars = new TreeSet<>();
        for (String resource : List.of(
                "/i18n/messages_zh_CN.properties",
                "/i18n/report_zh_CN.properties",
                "/i18n/cli_zh_CN.properties",
                "/assessment-items/cc-cmm-oc-2025/catalog.json")) {
            try (InputStream in = BundledFontOutlinesTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .codePoints()
                        .filter(c -> c >= 0x3000)
                        .forEach(chars::add);
            }
        }
        return chars;
    }

    private static int inkDifference(GeneralPath outline, int unitsPerEm) {
        double scale = (double) PIXELS / unitsPerEm;
        AffineTransform toPixels = new AffineTransform(scale, 0, 0, -scale, PIXELS * 0.1, PIXELS * 0.9);
        int[] counts = new int[2];
        int i = 0;
        for (int rule : new int[] {Path2D.WIND_EVEN_ODD, Path2D.WIND_NON_ZERO}) {
            GeneralPath path = new GeneralPath(outline);
            path.setWindingRule(rule);
            BufferedImage image = new BufferedImage(PIXELS * 6 / 5, PIXELS * 6 / 5, BufferedImage.TYPE_BYTE_BINARY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fill(toPixels.createTransformedShape(path));
            g.dispose();
            int ink = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    ink += image.getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
                }
            }
            counts[i++] = ink;
        }
        return counts[1] - counts[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fonts/NotoSansSC_400Regular.ttf", "/fonts/NotoSansSC_700Bold.ttf"})
    void everyCharacterTheAppShowsFillsTheSameUnderEvenOddAndNonZero(String font) throws IOException {
        TreeSet<Integer> chars = charactersTheAppShows();
        assertTrue(chars.size() > 1000, "characters found: " + chars.size());
        List<String> holed = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(font);
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            int unitsPerEm = ttf.getUnitsPerEm();
            var cmap = ttf.getUnicodeCmapLookup();
            for (int c : chars) {
                int gid = cmap.getGlyphId(c);
                GlyphData glyph = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
                if (glyph == null) {
                    continue;
                }
                // A few pixels of rounding between two fills of the same outline are not holes.
                int difference = inkDifference(glyph.getPath(), unitsPerEm);
                if (difference > 4) {
                    holed.add(new String(Character.toChars(c)) + " (" + difference + " px)");
                }
            }
        }
        assertEquals(List.of(), holed, font + ": characters with overlapping contours");
    }
}
