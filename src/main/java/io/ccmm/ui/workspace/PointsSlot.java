package io.ccmm.ui.workspace;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A slot of fixed size for the card's points label, as wide as the widest text the label can show (every points value
 * and N/A, upright and italic). The label is not managed by the card's layout: a rating changes its text and lays out
 * the label alone, where a managed label whose width changes asks the header, the card and the scroll pane to lay out
 * everything again. The text stays at the slot's right edge, where the label stood before.
 */
final class PointsSlot extends Region {

    private final Label label;
    private final List<String> texts;
    private double width = -1;
    private double height = -1;

    PointsSlot(Label label, List<String> texts) {
        this.label = label;
        this.texts = List.copyOf(texts);
        label.setManaged(false);
        label.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(label);
        // Fixed size: minimum and maximum are the preferred size, the widest text.
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // Only a new font or padding (a style sheet or a state of the scale) can change the widest text.
        label.fontProperty().addListener(o -> measureAgain());
        label.paddingProperty().addListener(o -> measureAgain());
    }

    /** Measures the texts again; a different size lays out the header, the same size nothing. */
    private void measureAgain() {
        double oldWidth = width;
        double oldHeight = height;
        width = -1;
        measure();
        if (width != oldWidth || height != oldHeight) {
            requestLayout();
        }
    }

    /** The size of the widest and tallest text with the label's padding, measured once per font. */
    private void measure() {
        if (width >= 0) {
            return;
        }
        WidestText widest = WidestText.of(label.getFont(), texts);
        Insets in = label.getInsets();
        // One pixel more than measured, so that rounding never cuts the last glyph.
        width = snapSizeX(Math.ceil(in.getLeft() + widest.width() + in.getRight()) + 1);
        height = snapSizeY(Math.ceil(in.getTop() + widest.height() + in.getBottom()));
    }

    @Override
    protected double computePrefWidth(double forHeight) {
        measure();
        return width;
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        measure();
        return height;
    }

    @Override
    public double getBaselineOffset() {
        return label.getLayoutY() + label.getBaselineOffset();
    }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
