package io.ccmm.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Sizes of the app's secondary windows. */
public final class Windows {

    private Windows() {}

    /**
     * Gives a window a minimum size near the size its scene was built for (never more than most of the screen). Some
     * window managers (openbox, for one) map a new window as small as its minimum; without one, a guide or a table
     * opens at a couple of hundred pixels with its buttons cut.
     */
    public static void keepSceneSize(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(scene.getWidth() * 0.8, screen.getWidth() * 0.9));
        stage.setMinHeight(Math.min(scene.getHeight() * 0.8, screen.getHeight() * 0.9));
    }

    /**
     * Dresses a secondary window like its owner: the same stylesheets (the app's fonts, including the bundled Chinese
     * one, its styles and the light or dark theme). A window without them falls back to the toolkit's default font.
     */
    public static void dressLike(Stage stage, javafx.stage.Window owner) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            Theme.addAppStylesheet(scene);
        }
    }
}
