package org.apache.fontbox.ttf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * Parses a TrueType font with fontbox's unbuffered data stream, which fontbox 3.0 keeps package-private: its public
 * {@code TTFParser.parse(RandomAccessRead)} first copies the whole file into a byte array (12 MB per face of the bundled
 * Noto Sans SC), while this reads each table from the file when it is first needed. The font closes {@code file}.
 */
public final class UnbufferedFontFile {

    private UnbufferedFontFile() {}

    public static TrueTypeFont parse(RandomAccessRead file) throws IOException {
        TTFDataStream data = new RandomAccessReadUnbufferedDataStream(file);
        try {
            return new TTFParser().parse(data);
        } catch (IOException | RuntimeException e) {
            data.close();
            throw e;
        }
    }
}
