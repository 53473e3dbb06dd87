package io.ccmm.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The grid of a form dialog: labels in the first column at their own width, inputs in the second taking the rest. */
public final class FormGrid {

    private FormGrid() {}

    /** An empty form grid whose input column is at least {@code inputMinWidth} wide. */
    public static GridPane of(double inputMinWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(inputMinWidth);
        grid.getColumnConstraints().setAll(labels, inputs);
        return grid;
    }
}
