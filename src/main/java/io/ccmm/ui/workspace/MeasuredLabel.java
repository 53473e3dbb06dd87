package io.ccmm.ui.workspace;

import javafx.scene.control.Label;
import javafx.scene.control.Skin;

/**
 * A label that remembers the heights it measured until anything that could change them changes (every such change —
 * text, font, wrapping, padding, graphic, skin — asks for a layout, which forgets them). Laying out the item card asks
 * each label for its height several times per pass (the scroll pane, the card, the grid; minimum and preferred); a
 * long wrapped text is then measured once per kind of height and width instead of every time. The heights are exactly
 * the ones the label would compute.
 *
 * <p>A label without a graphic measures its preferred width and its minimum height on one line, whatever the height
 * or width asked for, and so its preferred height when it does not wrap: those are remembered once, not per height or
 * width (a parent remembers only the sizes asked without a height or width).
 */
public class MeasuredLabel extends Label {

    /** A few widths per kind: a pass asks with and without the scroll bar, and while wrapping at the card's width. */
    private static final int SLOTS = 4;

    private final double[] prefWidths = new double[SLOTS];
    private final double[] prefHeights = new double[SLOTS];
    private int prefCount;
    private int prefNext;
    private double minHeight = -1;
    private double prefWidth = -1;

    public MeasuredLabel() {}

    public MeasuredLabel(String text) {
        super(text);
    }

    /** Measures a new text once for all its sizes (see {@link TextLabelSkin}). */
    @Override
    protected Skin<?> createDefaultSkin() {
        return new TextLabelSkin(this);
    }

    @Override
    public void requestLayout() {
        forget();
        super.requestLayout();
    }

    private void forget() {
        prefCount = 0;
        prefNext = 0;
        minHeight = -1;
        prefWidth = -1;
    }

    /** Without a graphic and with text, the sizes depend only on the text, the font, the padding and the width. */
    private boolean textOnly() {
        String text = getText();
        return getGraphic() == null && text != null && !text.isEmpty();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (!textOnly()) {
            return super.computePrefWidth(height);
        }
        if (prefWidth < 0) {
            prefWidth = super.computePrefWidth(-1);
        }
        return prefWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (!textOnly()) {
            return super.computeMinHeight(width);
        }
        if (minHeight < 0) {
            minHeight = super.computeMinHeight(-1);
        }
        return minHeight;
    }

    @Override
    protected double computePrefHeight(double width) {
        double key = textOnly() && !isWrapText() ? -1 : width;
        for (int i = 0; i < prefCount; i++) {
            if (prefWidths[i] == key) {
                return prefHeights[i];
            }
        }
        double height = super.computePrefHeight(key);
        prefWidths[prefNext] = key;
        prefHeights[prefNext] = height;
        prefNext = (prefNext + 1) % SLOTS;
        prefCount = Math.max(prefCount, prefNext == 0 ? SLOTS : prefNext);
        return height;
    }
}
