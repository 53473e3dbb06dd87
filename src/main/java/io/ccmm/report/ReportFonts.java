package io.ccmm.report;

import io.ccmm.files.BundledFontFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The bundled Noto Sans SC (OFL), so reports look the same on machines without any CJK font. Both font libraries
 * open the faces as files ({@link BundledFontFiles}): given a stream, Java2D copies a face into the temporary folder
 * and PDFBox reads all 12 MB of it into memory.
 */
final class ReportFonts {

    static final String FAMILY = "Noto Sans SC";

    private ReportFonts() {}

    /** A font library's reading of one face. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /** Reads a face; when its cached file cannot be read, once more from a fresh copy. */
    static <T> T read(boolean bold, Reader<T> reader) throws IOException {
        try {
            return reader.read(BundledFontFiles.file(bold));
        } catch (IOException | UncheckedIOException first) {
            try {
                return reader.read(BundledFontFiles.replaceDamaged(bold));
            } catch (IOException | UncheckedIOException again) {
                again.addSuppressed(first);
                throw again instanceof IOException io ? io : new IOException(again.getMessage(), again);
            }
        }
    }
}
