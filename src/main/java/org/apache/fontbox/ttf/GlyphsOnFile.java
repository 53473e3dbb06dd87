package org.apache.fontbox.ttf;

import java.io.IOException;

/**
 * The {@code glyf} table read glyph by glyph from the font file. fontbox 3.0's own table reads the whole table into a
 * byte array and copies it once more when it is first used (about 24 MB for the bundled Noto Sans SC, 12 MB of it kept),
 * although a report shows a few hundred of its 30,000 glyphs. Glyphs are not cached here: PDFBox keeps what it needs of
 * them (widths, paths) itself.
 */
final class GlyphsOnFile extends GlyphTable {

    private TTFDataStream glyphs;
    private long[] offsets;
    private int count;
    private HorizontalMetricsTable metrics;
    private MaximumProfileTable profile;

    @Override
    void read(TrueTypeFont ttf, TTFDataStream data) throws IOException {
        offsets = ttf.getIndexToLocation().getOffsets();
        count = ttf.getNumberOfGlyphs();
        // A view of the table on the file: loca's offsets count from its start.
        glyphs = new RandomAccessReadUnbufferedDataStream(data.createSubView(getLength()));
        metrics = ttf.getHorizontalMetrics();
        profile = ttf.getMaximumProfile();
        initialized = true;
    }

    @Override
    public void setGlyphs(GlyphData[] glyphData) {
        throw new UnsupportedOperationException("the glyphs are read from the font file");
    }

    @Override
    public GlyphData getGlyph(int gid) throws IOException {
        return getGlyph(gid, 0);
    }

    @Override
    synchronized GlyphData getGlyph(int gid, int level) throws IOException {
        if (gid < 0 || gid >= count || gid + 1 >= offsets.length) {
            return null;
        }
        GlyphData glyph = new GlyphData();
        if (offsets[gid] == offsets[gid + 1] || offsets[gid] >= getLength()) {
            glyph.initEmptyData();
            return glyph;
        }
        if (profile != null && level > profile.getMaxComponentDepth()) {
            throw new IOException("composite glyph maximum level reached");
        }
        long before = glyphs.getCurrentPosition();
        glyphs.seek(offsets[gid]);
        try {
            glyph.initData(this, glyphs, metrics == null ? 0 : metrics.getLeftSideBearing(gid), level);
        } finally {
            glyphs.seek(before);
        }
        if (glyph.getDescription().isComposite()) {
            glyph.getDescription().resolve();
        }
        return glyph;
    }
}
