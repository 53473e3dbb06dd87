package io.ccmm.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the app's language. JavaFX's own {@code ButtonType.OK}, {@code CANCEL} and {@code CLOSE} take
 * their text from the JVM's locale once, so an English system would show "Cancel" in the Chinese UI and the other way
 * round; these follow the language chosen in the menu. Results are told apart by {@link ButtonData}.
 */
public final class DialogButtons {

    private DialogButtons() {}

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("button.close"), ButtonData.CANCEL_CLOSE);
    }

    /** True for the button that accepts the dialog. */
    public static boolean isOk(ButtonType button) {
        return button != null && button.getButtonData() == ButtonData.OK_DONE;
    }
}
