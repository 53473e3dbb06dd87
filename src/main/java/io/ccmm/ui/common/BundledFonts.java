package io.ccmm.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/** Loads the bundled Noto Sans SC so Chinese renders on machines without any CJK font. */
public final class BundledFonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"/fonts/NotoSansSC_400Regular.ttf", "/fonts/NotoSansSC_700Bold.ttf"};

    private static boolean loaded;

    private BundledFonts() {}

    /** Idempotent; returns the family name the stylesheet refers to. */
    public static synchronized String load() {
        if (!loaded) {
            for (String file : FILES) {
                try (InputStream in = BundledFonts.class.getResourceAsStream(file)) {
                    if (in == null || Font.loadFont(in, 13) == null) {
                        throw new IllegalStateException("cannot load bundled font " + file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            loaded = true;
        }
        return FAMILY;
    }
}
