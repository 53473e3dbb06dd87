package io.ccmm.ui.common;

import io.ccmm.files.BundledFontFiles;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * Loads the bundled Noto Sans SC so Chinese renders on machines without any CJK font. JavaFX opens a font given as a
 * {@code file:} URL in place (from a stream it would copy it into the temporary folder first), so the faces come from
 * {@link BundledFontFiles}.
 */
public final class BundledFonts {

    public static final String FAMILY = "Noto Sans SC";

    private static boolean loaded;

    private BundledFonts() {}

    /** Idempotent; returns the family name the stylesheet refers to. */
    public static synchronized String load() {
        if (!loaded) {
            for (boolean bold : new boolean[] {false, true}) {
                if (load(BundledFontFiles.file(bold)) == null && load(BundledFontFiles.replaceDamaged(bold)) == null) {
                    throw new IllegalStateException("cannot load the bundled font " + BundledFontFiles.file(bold));
                }
            }
            loaded = true;
        }
        return FAMILY;
    }

    private static Font load(Path file) {
        return Font.loadFont(file.toUri().toString(), 13);
    }
}
