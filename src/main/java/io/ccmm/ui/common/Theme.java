package io.ccmm.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX as the user-agent stylesheet; our own CSS only for what is ours. */
public enum Theme {
    LIGHT,
    DARK;

    private static final String APP_CSS = "/io/ccmm/ui/common/app.css";

    public void apply() {
        // The binary form AtlantaFX ships beside the CSS: JavaFX reads it without parsing 170 KB of CSS at start.
        Application.setUserAgentStylesheet(
                this == DARK
                        ? new PrimerDark().getUserAgentStylesheetBSS()
                        : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static void addAppStylesheet(Scene scene) {
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
