package io.ccmm.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

/** The one cell factory of the app's lists and combo boxes: a cell showing a value as text in the user's words. */
public final class TextCells {

    private TextCells() {}

    /** A cell that shows {@code text.apply(value)}, and nothing when empty. */
    public static <T> ListCell<T> cell(Function<? super T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    public static <T> Callback<ListView<T>, ListCell<T>> factory(Function<? super T, String> text) {
        return list -> cell(text);
    }

    /** Sets the list cells and the button cell of a combo box at once. */
    public static <T> void install(javafx.scene.control.ComboBox<T> box, Function<? super T, String> text) {
        box.setCellFactory(factory(text));
        box.setButtonCell(cell(text));
    }
}
