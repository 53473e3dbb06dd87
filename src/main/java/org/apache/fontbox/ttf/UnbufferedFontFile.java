package org.apache.fontbox.ttf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Parses a TrueType font with fontbox's unbuffered data stream, which fontbox 3.0 keeps package-private: its public
 * {@code TTFParser.parse(RandomAccessRead)} first copies the whole file into a byte array (12 MB per face of the bundled
 * Noto Sans SC), while this reads each table from the file when it is first needed, and the glyphs one by one as they
 * are drawn ({@link GlyphsOnFile}), and of the character maps only the one PDFBox uses ({@link UnicodeCmapOnly}). The
 * font closes {@code file}.
 */
public final class UnbufferedFontFile {

    /** The sfnt header: its first four bytes tell a single font from a collection. */
    private static final int HEADER = 12;

    private UnbufferedFontFile() {}

    public static TrueTypeFont parse(RandomAccessRead file) throws IOException {
        return parse(new HeaderOnlyWhileEmbedding(file));
    }

    private static TrueTypeFont parse(TTFDataStream data) throws IOException {
        try {
            return new GlyphsOnFileParser().parse(data);
        } catch (IOException | RuntimeException e) {
            data.close();
            throw e;
        }
    }

    /**
     * The font parsed from {@code file} and embedded in {@code doc} as a subset, glyph substitution off; the document
     * closes the file. PDFBox 3.0 first embeds the whole font file, deflated (12 MB read and compressed, and kept in
     * memory), and replaces it with the subset when the document is saved; here it is given the font's header in place
     * of the whole file, since only the subset ever reaches the PDF.
     */
    public static PDType0Font embedSubset(PDDocument doc, RandomAccessRead file) throws IOException {
        HeaderOnlyWhileEmbedding data = new HeaderOnlyWhileEmbedding(file);
        TrueTypeFont ttf = parse(data);
        doc.registerTrueTypeFontForClosing(ttf);
        ttf.setEnableGsub(false);
        data.headerOnly = true;
        try {
            return PDType0Font.load(doc, ttf, true);
        } finally {
            data.headerOnly = false;
        }
    }

    /**
     * fontbox's parser with the {@code glyf} table read glyph by glyph from the file ({@link GlyphsOnFile}) and only
     * the Unicode subtable of {@code cmap} parsed ({@link UnicodeCmapOnly}).
     */
    private static final class GlyphsOnFileParser extends TTFParser {

        @Override
        TrueTypeFont newFont(TTFDataStream data) {
            return new TrueTypeFont(data) {
                @Override
                void addTable(TTFTable table) {
                    if (GlyphTable.TAG.equals(table.getTag())) {
                        super.addTable(inPlaceOf(table, new GlyphsOnFile()));
                    } else if (CmapTable.TAG.equals(table.getTag())) {
                        super.addTable(inPlaceOf(table, new UnicodeCmapOnly()));
                    } else {
                        super.addTable(table);
                    }
                }
            };
        }

        /** {@code replacement} as the table the directory lists: its tag, and where in the file it is. */
        private static TTFTable inPlaceOf(TTFTable listed, TTFTable replacement) {
            replacement.setTag(listed.getTag());
            replacement.setCheckSum(listed.getCheckSum());
            replacement.setOffset(listed.getOffset());
            replacement.setLength(listed.getLength());
            return replacement;
        }
    }

    /** The unbuffered stream whose "original data" is, while {@link #headerOnly}, the sfnt header alone. */
    private static final class HeaderOnlyWhileEmbedding extends RandomAccessReadUnbufferedDataStream {

        private boolean headerOnly;

        HeaderOnlyWhileEmbedding(RandomAccessRead file) throws IOException {
            super(file);
        }

        @Override
        public InputStream getOriginalData() throws IOException {
            if (!headerOnly) {
                return super.getOriginalData();
            }
            try (InputStream whole = super.getOriginalData()) {
                return new ByteArrayInputStream(whole.readNBytes(HEADER));
            }
        }
    }
}
