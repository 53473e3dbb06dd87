package io.ccmm.report;

import io.ccmm.catalog.Language;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.UnbufferedFontFile;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * The bundled font embedded in one PDF as a subset (only the glyphs used), with cached widths and a clean-up of
 * characters the font cannot show. Bold text is the regular face drawn filled and outlined with a thin line (text
 * rendering mode 2, PDF 32000 9.3.6), a little wider apart: the bold face (another 12 MB file to parse, and a second
 * subset in every report) is never read. Bold text copies and searches like any other.
 */
final class PdfFonts {

    /** The outline drawn around bold glyphs, as a share of the font size (about the stem difference of the faces). */
    static final float BOLD_STROKE = 0.06f;

    /** The extra space after each bold glyph, as a share of the font size: half the outline, as the bold face is set. */
    static final float BOLD_SPACING = 0.03f;

    private final PDType0Font regular;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> shown = new HashMap<>();
    private final Map<Integer, String> regularUnicode = new TreeMap<>();

    /** Latin ligatures PDFBox forms from the font's GSUB table: each drawn as one glyph, copied as its letters. */
    private static final List<String> LIGATURES = List.of("ffi", "ffl", "ff", "fi", "fl");

    private final QuoteForms quotes;

    /** Curly quote code point → the font's proportional glyph for it (OpenType {@code pwid}); empty without one. */
    private final Map<Integer, Integer> proportionalGlyphs;

    /** Proportional glyph id → its width as a share of the font size. */
    private final Map<Integer, Float> glyphWidths = new HashMap<>();

    private PdfFonts(PDType0Font regular, Language language) {
        this.regular = regular;
        this.quotes = new QuoteForms(language);
        rememberLigatures(regular, regularUnicode);
        this.proportionalGlyphs = proportionalQuoteGlyphs(regular);
    }

    /**
     * The glyphs the font's OpenType {@code pwid} feature (proportional widths) puts in place of its full-width curly
     * quotes, read from its GSUB table: the bundled Noto Sans SC draws “ ” ‘ ’ one em wide, as Chinese sets them, and
     * has Latin-width forms of them under {@code pwid} only.
     */
    private static Map<Integer, Integer> proportionalQuoteGlyphs(PDType0Font font) {
        Map<Integer, Integer> map = new HashMap<>();
        try {
            if (!(font.getDescendantFont() instanceof PDCIDFontType2 cid)) {
                return map;
            }
            TrueTypeFont ttf = cid.getTrueTypeFont();
            GlyphSubstitutionTable gsub = ttf.getGsub();
            CmapLookup cmap = font.getCmapLookup();
            if (gsub == null || cmap == null) {
                return map;
            }
            for (int quote : QuoteForms.QUOTES) {
                int glyph = cmap.getGlyphId(quote);
                int proportional = gsub.getSubstitution(glyph, new String[] {"latn"}, List.of("pwid"));
                if (glyph > 0 && proportional > 0 && proportional != glyph) {
                    map.put(quote, proportional);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A font without a readable GSUB table draws its own quotes everywhere.
            map.clear();
        }
        return Map.copyOf(map);
    }

    /** PDFBox substitutes ligatures on glyph ids as it writes text; the same worker finds which glyphs those are. */
    private static void rememberLigatures(PDType0Font font, Map<Integer, String> map) {
        GsubData gsub = font.getGsubData();
        CmapLookup cmap = font.getCmapLookup();
        if (gsub == null || gsub == GsubData.NO_DATA_FOUND || cmap == null) {
            return;
        }
        GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, gsub);
        for (String lig : LIGATURES) {
            List<Integer> glyphs = lig.chars().map(cmap::getGlyphId).boxed().toList();
            List<Integer> shaped = worker.applyTransforms(glyphs);
            if (shaped.size() == 1) {
                try {
                    map.putIfAbsent(cid(font.encodeGlyphId(shaped.get(0))), lig);
                } catch (IllegalArgumentException e) {
                    // not encodable: the letters stay mapped one by one
                }
            }
        }
    }

    /** The font for a document in {@code language}: it decides the form of curly quotes ({@link QuoteForms}). */
    static PdfFonts load(PDDocument doc, Language language) throws IOException {
        return new PdfFonts(ReportFonts.read(false, file -> embed(doc, file)), language);
    }

    /**
     * The regular face embedded as a subset, read from its file where it lies: only the tables PDFBox needs are read,
     * each when it is first needed, instead of the whole 12 MB file being copied into the heap, and PDFBox's interim
     * copy of the whole file is left out ({@link UnbufferedFontFile}). Glyph substitution is off: PDFBox would otherwise
     * run its Latin ligature rules (regular expressions built afresh for each string) on every string it shows, a large
     * share of a report's CPU time, for ligatures the report does not need; text copies and searches as its letters
     * either way. The document closes the file.
     */
    private static PDType0Font embed(PDDocument doc, Path file) throws IOException {
        FontFileRead read = new FontFileRead(file);
        try {
            return UnbufferedFontFile.embedSubset(doc, read);
        } catch (IOException | RuntimeException e) {
            read.close();
            throw e;
        }
    }

    /**
     * Shows already-cleaned text at {@code at} (the text matrix: position, and rotation if any) in its own text object.
     * Bold text runs in a saved graphics state, so its outline colour, line width and spacing end with it. A caller
     * drawing translucent bold text sets the stroking alpha as well as the fill's.
     */
    void show(PDPageContentStream cs, String clean, boolean isBold, float size, Color color, Matrix at)
            throws IOException {
        if (isBold) {
            cs.saveGraphicsState();
            cs.setStrokingColor(color);
            cs.setLineWidth(size * BOLD_STROKE);
            cs.setLineJoinStyle(1);
        }
        cs.beginText();
        cs.setFont(regular, size);
        cs.setNonStrokingColor(color);
        if (isBold) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setCharacterSpacing(size * BOLD_SPACING);
        }
        cs.setTextMatrix(at);
        if (hasProportionalQuotes(clean)) {
            showWithProportionalQuotes(cs, clean);
        } else {
            cs.showText(clean);
        }
        cs.endText();
        if (isBold) {
            cs.restoreGraphicsState();
        }
    }

    /** The text with control characters as spaces and characters missing from the font as "?". */
    String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(cp == '\n' ? '\n' : ' ');
            } else if (shown.computeIfAbsent(cp, this::canShow)) {
                b.appendCodePoint(cp);
            } else {
                // Through the same check, so "?" is in the document's ToUnicode map and copies as "?".
                shown.computeIfAbsent((int) '?', this::canShow);
                b.append('?');
            }
        }
        return b.toString();
    }

    private boolean canShow(int cp) {
        String ch = new String(Character.toChars(cp));
        try {
            remember(regularUnicode, cid(regular.encode(ch)), cp);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static int cid(byte[] code) {
        return code.length == 2 ? ((code[0] & 0xFF) << 8) | (code[1] & 0xFF) : -1;
    }

    private static void remember(Map<Integer, String> map, int cid, int cp) {
        if (cid < 0) {
            return;
        }
        String before = map.get(cid);
        if (before == null || isRadicalOrCompatibility(before.codePointAt(0)) && !isRadicalOrCompatibility(cp)) {
            map.put(cid, new String(Character.toChars(cp)));
        }
    }

    /** Code points that share a glyph with a unified ideograph (⽬ U+2F6C looks like 目 U+76EE). */
    static boolean isRadicalOrCompatibility(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /**
     * Replaces the ToUnicode maps PDFBox wrote with ones built from the text this document showed. PDFBox maps each
     * glyph to the first code point the font's cmap gives for it, and Noto Sans SC maps Kangxi radicals to the same
     * glyphs as the common ideographs, so "条目" would otherwise copy and search as "条⽬".
     */
    void fixToUnicode(PDDocument doc) throws IOException {
        setToUnicode(doc, regular, regularUnicode);
    }

    private static void setToUnicode(PDDocument doc, PDType0Font font, Map<Integer, String> map) throws IOException {
        PDStream stream = new PDStream(doc, new ByteArrayInputStream(toUnicodeCMap(map)), COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** A ToUnicode CMap (PDF 32000 9.10.3) from 2-byte character codes to Unicode. */
    static byte[] toUnicodeCMap(Map<Integer, String> cidToText) {
        StringBuilder b = new StringBuilder();
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(cidToText.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    b.append(String.format("%04X", (int) c));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Width in points of already-cleaned text; bold text is wider by its character spacing. */
    float width(String s, boolean isBold, float size) {
        float w = 0;
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            count++;
            Integer proportional = proportionalGlyph(s, at, cp);
            if (proportional != null) {
                w += glyphWidths.computeIfAbsent(proportional, this::glyphWidth);
                continue;
            }
            w += widths.computeIfAbsent(cp, c -> {
                try {
                    return regular.getStringWidth(new String(Character.toChars(c))) / 1000f;
                } catch (IOException | IllegalArgumentException e) {
                    return 0.5f;
                }
            });
        }
        return w * size + (isBold ? count * size * BOLD_SPACING : 0);
    }

    /** The proportional glyph to draw for the code point {@code cp} at {@code index} of {@code s}, or null. */
    private Integer proportionalGlyph(String s, int index, int cp) {
        if (!QuoteForms.isQuote(cp)) {
            return null;
        }
        Integer glyph = proportionalGlyphs.get(cp);
        return glyph != null && quotes.proportional(s, index) ? glyph : null;
    }

    private boolean hasProportionalQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (proportionalGlyph(s, i, s.charAt(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private float glyphWidth(int glyph) {
        try {
            return regular.getWidthFromFont(glyph) / 1000f;
        } catch (IOException e) {
            return 0.5f;
        }
    }

    /**
     * Shows text with some curly quotes drawn as their proportional glyphs, in one string as PDFBox's own glyph
     * substitution writes it: each character's glyph by its code, the quotes by glyph id (the font is embedded with
     * CIDs equal to glyph ids), those glyphs added to the subset, and the ToUnicode map told that they are the quotes,
     * so the text copies, searches and extracts with its quotes and spaces as typed. PDFBox has no public call that
     * shows glyph ids, so the string and its operator are written as they would be by {@code showText}.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the one way to show glyph ids through PDFBox's content stream
    private void showWithProportionalQuotes(PDPageContentStream cs, String clean) throws IOException {
        ByteArrayOutputStream codes = new ByteArrayOutputStream(clean.length() * 2);
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            Integer glyph = proportionalGlyph(clean, i, cp);
            i += Character.charCount(cp);
            if (glyph == null) {
                codes.writeBytes(regular.encode(new String(Character.toChars(cp))));
                regular.addToSubset(cp);
            } else {
                byte[] code = regular.encodeGlyphId(glyph);
                codes.writeBytes(code);
                regular.addGlyphsToSubset(Set.of(glyph));
                regularUnicode.put(cid(code), new String(Character.toChars(cp)));
            }
        }
        ByteArrayOutputStream operand = new ByteArrayOutputStream(codes.size() * 2 + 8);
        COSWriter.writeString(codes.toByteArray(), operand);
        operand.writeBytes(" Tj\n".getBytes(StandardCharsets.US_ASCII));
        cs.appendRawCommands(operand.toByteArray());
    }
}
