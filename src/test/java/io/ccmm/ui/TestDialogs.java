package io.ccmm.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.DialogPane;

/** Finds a dialog's buttons by what they do, since their text follows the app's language. */
public final class TestDialogs {

    private TestDialogs() {}

    public static Node button(DialogPane pane, ButtonData data) {
        return pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == data)
                .findFirst()
                .map(pane::lookupButton)
                .orElseThrow(() -> new AssertionError("no " + data + " button in " + pane.getButtonTypes()));
    }

    public static Node ok(DialogPane pane) {
        return button(pane, ButtonData.OK_DONE);
    }

    public static Node cancel(DialogPane pane) {
        return button(pane, ButtonData.CANCEL_CLOSE);
    }
}
