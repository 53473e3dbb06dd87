package io.ccmm.ui.common;

import javafx.scene.control.Label;

/**
 * What an empty table or list says, in the window's language. Without it JavaFX shows its own words ("No content in
 * table"), which follow the computer's language, not the one chosen in the app.
 */
public final class EmptyTable {

    private EmptyTable() {}

    /** A wrapped, muted line for a table's or list's placeholder. */
    public static Label says(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        label.setPadding(new javafx.geometry.Insets(12));
        return label;
    }
}
