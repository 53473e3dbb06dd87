package io.ccmm.ui.workspace;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The points chip of a navigator row: a label of fixed width, as wide as the widest text it can show in its font
 * (every sum of C and F, N/A and the mark of an unrated item, upright and italic) and at least its minimum width, so
 * the item titles after it line up. It draws its text itself, centred in the chip: a new text, font or colour changes
 * what is drawn without asking the row for a layout, where a label's skin lays itself out again for every new text
 * and the row, and with it the navigator's whole list of rows, is laid out again on every rating.
 */
final class PointsChip extends Label {

    private final List<String> texts;

    PointsChip(List<String> texts) {
        this.texts = List.copyOf(texts);
        getStyleClass().add("points-chip");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChipSkin(this);
    }

    /**
     * Draws the chip's text with one text node that is not managed by the chip: the node is as wide as the chip's
     * content and centres its text itself, and it sits at the content's vertical centre, so a new text needs no layout.
     */
    private static final class ChipSkin extends SkinBase<PointsChip> {

        private final Text text = new Text();
        private String measuredFamily;
        private double measuredSize = -1;
        private double widest;
        private double tallest;

        ChipSkin(PointsChip chip) {
            super(chip);
            text.getStyleClass().add("text");
            text.setManaged(false);
            text.setTextOrigin(VPos.CENTER);
            text.setTextAlignment(TextAlignment.CENTER);
            text.textProperty().bind(chip.textProperty());
            text.fontProperty().bind(chip.fontProperty());
            text.fillProperty().bind(chip.textFillProperty());
            getChildren().add(text);
            // Only another family or size can change the widest text (not the posture of N/A): then the chip's size.
            registerChangeListener(chip.fontProperty(), o -> {
                if (measure()) {
                    chip.requestLayout();
                }
            });
        }

        /** Measures every text the chip can show once per font family and size; true if that changed the sizes. */
        private boolean measure() {
            Font font = getSkinnable().getFont();
            if (font.getFamily().equals(measuredFamily) && font.getSize() == measuredSize) {
                return false;
            }
            double oldWidest = widest;
            double oldTallest = tallest;
            WidestText size = WidestText.of(font, getSkinnable().texts);
            widest = size.width();
            tallest = size.height();
            measuredFamily = font.getFamily();
            measuredSize = font.getSize();
            return widest != oldWidest || tallest != oldTallest;
        }

        @Override
        protected double computePrefWidth(
                double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            measure();
            PointsChip chip = getSkinnable();
            // One pixel more than measured, so that rounding never cuts the last glyph.
            double width = chip.snapSizeX(Math.ceil(leftInset + widest + rightInset) + 1);
            return Math.max(width, chip.getMinWidth() > 0 ? chip.snapSizeX(chip.getMinWidth()) : 0);
        }

        @Override
        protected double computePrefHeight(
                double width, double topInset, double rightInset, double bottomInset, double leftInset) {
            measure();
            return getSkinnable().snapSizeY(Math.ceil(topInset + tallest + bottomInset));
        }

        @Override
        protected double computeMinWidth(
                double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            return computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }

        @Override
        protected double computeMinHeight(
                double width, double topInset, double rightInset, double bottomInset, double leftInset) {
            return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
        }

        @Override
        protected double computeMaxWidth(
                double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            return computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }

        @Override
        protected double computeMaxHeight(
                double width, double topInset, double rightInset, double bottomInset, double leftInset) {
            return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
        }

        @Override
        public double computeBaselineOffset(double topInset, double rightInset, double bottomInset, double leftInset) {
            return text.getLayoutY() + text.getLayoutBounds().getMinY() + text.getBaselineOffset();
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            // The text origin is the vertical centre of its line, so a taller or shorter text stays centred too.
            text.setWrappingWidth(w);
            text.setLayoutX(x);
            text.setLayoutY(y + h / 2);
        }

        @Override
        public void dispose() {
            text.textProperty().unbind();
            text.fontProperty().unbind();
            text.fillProperty().unbind();
            super.dispose();
        }
    }
}
