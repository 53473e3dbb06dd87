package io.ccmm.ui.workspace;

import javafx.scene.control.Label;

/**
 * A label that remembers the heights it measured, per width, until anything that could change them changes (every
 * such change — text, font, wrapping, padding, graphic, skin — asks for a layout, which forgets them). Laying out the
 * item card asks each label for its height several times per pass (the scroll pane, the card, the grid); a long
 * wrapped text is then measured once instead of every time. The heights are exactly the ones the label would compute.
 */
public class MeasuredLabel extends Label {

    /** A few widths per kind: a pass asks with and without the scroll bar, and while wrapping at the card's width. */
    private static final int SLOTS = 4;

    private final double[] prefWidths = new double[SLOTS];
    private final double[] prefHeights = new double[SLOTS];
    private final double[] minWidths = new double[SLOTS];
    private final double[] minHeights = new double[SLOTS];
    private int prefCount;
    private int minCount;
    private int prefNext;
    private int minNext;

    public MeasuredLabel() {}

    public MeasuredLabel(String text) {
        super(text);
    }

    @Override
    public void requestLayout() {
        forget();
        super.requestLayout();
    }

    private void forget() {
        prefCount = 0;
        minCount = 0;
        prefNext = 0;
        minNext = 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        for (int i = 0; i < prefCount; i++) {
            if (prefWidths[i] == width) {
                return prefHeights[i];
            }
        }
        double height = super.computePrefHeight(width);
        prefWidths[prefNext] = width;
        prefHeights[prefNext] = height;
        prefNext = (prefNext + 1) % SLOTS;
        prefCount = Math.max(prefCount, prefNext == 0 ? SLOTS : prefNext);
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        for (int i = 0; i < minCount; i++) {
            if (minWidths[i] == width) {
                return minHeights[i];
            }
        }
        double height = super.computeMinHeight(width);
        minWidths[minNext] = width;
        minHeights[minNext] = height;
        minNext = (minNext + 1) % SLOTS;
        minCount = Math.max(minCount, minNext == 0 ? SLOTS : minNext);
        return height;
    }
}
