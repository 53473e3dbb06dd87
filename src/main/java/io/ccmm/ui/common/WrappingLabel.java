package io.ccmm.ui.common;

import javafx.scene.control.Label;

/**
 * A label for long wrapped text that remembers its measured heights until its own layout changes. A plain label
 * measures its whole text again in every layout pass of its parent (a rating key press lays out the item card), which
 * made long catalog texts the largest cost of a key press.
 */
public class WrappingLabel extends Label {

    private double prefHeightFor = Double.NaN;
    private double prefHeight;
    private double minHeightFor = Double.NaN;
    private double minHeight;

    public WrappingLabel() {
        setWrapText(true);
    }

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    /** Text, font, padding and style changes all come through here: measure again after any of them. */
    @Override
    public void requestLayout() {
        prefHeightFor = Double.NaN;
        minHeightFor = Double.NaN;
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != prefHeightFor) {
            prefHeight = super.computePrefHeight(width);
            prefHeightFor = width;
        }
        return prefHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width != minHeightFor) {
            minHeight = super.computeMinHeight(width);
            minHeightFor = width;
        }
        return minHeight;
    }
}
