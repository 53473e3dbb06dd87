package org.apache.fontbox.ttf;

import java.io.IOException;

/**
 * The {@code cmap} table with only the Unicode subtable PDFBox uses parsed. fontbox 3.0 parses every subtable into maps
 * of boxed code points; the bundled Noto Sans SC has five, two of them the same 30,000 characters once more (about
 * 8 MB of map entries and boxed integers for nothing). The subtable kept is the first of Unicode full repertoire,
 * Windows full repertoire, Unicode BMP and Windows BMP that the font has, which is also the order fontbox looks for a
 * Unicode subtable in; a font with none of them keeps all its subtables.
 */
final class UnicodeCmapOnly extends CmapTable {

    private static final int[][] PREFERRED = {
        {PLATFORM_UNICODE, ENCODING_UNICODE_2_0_FULL},
        {PLATFORM_WINDOWS, ENCODING_WIN_UNICODE_FULL},
        {PLATFORM_UNICODE, ENCODING_UNICODE_2_0_BMP},
        {PLATFORM_WINDOWS, ENCODING_WIN_UNICODE_BMP},
    };

    @Override
    void read(TrueTypeFont ttf, TTFDataStream data) throws IOException {
        data.readUnsignedShort(); // version
        int count = data.readUnsignedShort();
        CmapSubtable[] all = new CmapSubtable[count];
        for (int i = 0; i < count; i++) {
            all[i] = new CmapSubtable();
            all[i].initData(data);
        }
        CmapSubtable[] kept = choose(all);
        int glyphs = ttf.getNumberOfGlyphs();
        for (CmapSubtable subtable : kept) {
            subtable.initSubtable(this, glyphs, data);
        }
        setCmaps(kept);
        initialized = true;
    }

    private static CmapSubtable[] choose(CmapSubtable[] all) {
        for (int[] wanted : PREFERRED) {
            for (CmapSubtable subtable : all) {
                if (subtable.getPlatformId() == wanted[0] && subtable.getPlatformEncodingId() == wanted[1]) {
                    return new CmapSubtable[] {subtable};
                }
            }
        }
        return all;
    }
}
