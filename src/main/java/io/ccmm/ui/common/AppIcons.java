package io.ccmm.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon in the sizes window managers and task bars pick from, rendered from
 * {@code packaging/icons/ccmm.svg} by {@code packaging/icons/render.sh}. Dialogs owned by the main window inherit it.
 */
public final class AppIcons {

    /** The sizes bundled under {@code /io/ccmm/ui/icons/ccmm-N.png}. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static List<Image> images;

    private AppIcons() {}

    /** Every bundled size, loaded once. */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                String name = "/io/ccmm/ui/icons/ccmm-" + size + ".png";
                try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("application icon missing from the build: " + name);
                    }
                    loaded.add(new Image(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read application icon " + name, e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** Gives {@code stage} the application icon. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
