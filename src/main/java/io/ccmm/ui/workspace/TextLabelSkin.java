package io.ccmm.ui.workspace;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The skin of a {@link MeasuredLabel} showing text alone: it measures a new text once for all its sizes and lays out
 * the drawn text without measuring it again. A label's own skin lays out the whole text from scratch for every size it
 * is asked (the full width for the preferred and for the minimum width, the height at each width, the first line for
 * the minimum height) and twice more while laying itself out; a long wrapped text of the item card was analysed five
 * to seven times for every item shown. Here one text node that is never shown keeps the text's analysis, so another
 * width only breaks the lines again.
 *
 * <p>The sizes, the drawn text, its wrapping width and its position are the label's own (the same computations as
 * JavaFX's label skin, which {@code TextLabelSkinTest} compares with a plain label's in English and Chinese). Whatever
 * this skin does not take on is left to the label's skin as before: a graphic, mnemonics, a text with line breaks,
 * visual text bounds, and a label too small for its text (where the label's skin cuts the text with an ellipsis).
 */
final class TextLabelSkin extends LabelSkin {

    /** Measures the label's text, never shown: its layout is kept while only the width asked for changes. */
    private final Text probe = new Text();

    /** Measures the label's ellipsis string. */
    private final Text ellipsis = new Text();

    /** What the one-line sizes below were measured for: any other text, font or spacing measures again. */
    private String measuredText;

    private Font measuredFont;
    private double measuredSpacing;
    private TextBoundsType measuredBounds;
    private String measuredEllipsis;
    private double oneLineWidth;
    private double oneLineHeight;
    private double ellipsisWidth;
    private Text drawn;

    TextLabelSkin(Label label) {
        super(label);
    }

    /** Whether this skin sizes and lays out the label, or leaves it to the label's skin. */
    private boolean textAlone() {
        Label label = getSkinnable();
        String text = label.getText();
        return label.getGraphic() == null
                && label.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                && !label.isMnemonicParsing()
                && text != null
                && !text.isEmpty()
                && text.indexOf('\n') < 0
                && drawn() != null
                && drawn().getBoundsType() != TextBoundsType.VISUAL;
    }

    /** The text node the label's skin draws (its only child when the label has no graphic); the skin keeps it. */
    private Text drawn() {
        if (drawn != null && drawn.getParent() == getSkinnable()) {
            return drawn;
        }
        List<Node> children = getChildren();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Text t) {
                drawn = t;
                return t;
            }
        }
        return null;
    }

    /** The probe set to the label's text and font (unchanged properties leave its layout as it was). */
    private Text probe(double wrappingWidth) {
        Label label = getSkinnable();
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        probe.setBoundsType(drawn().getBoundsType());
        probe.setText(label.getText());
        probe.setWrappingWidth(Math.max(0, wrappingWidth));
        return probe;
    }

    /**
     * Measures the text on one line and the ellipsis when the text, the font, the spacing or the bounds differ from the
     * last measured ones. A layout pass asks for the minimum width many times (every box around the label): the probe
     * is not laid out again at no width between two heights at a width.
     */
    private void measureOneLine() {
        Label label = getSkinnable();
        TextBoundsType bounds = drawn().getBoundsType();
        if (label.getText().equals(measuredText)
                && label.getFont() == measuredFont
                && label.getLineSpacing() == measuredSpacing
                && bounds == measuredBounds
                && label.getEllipsisString().equals(measuredEllipsis)) {
            return;
        }
        Bounds line = probe(0).getLayoutBounds();
        oneLineWidth = line.getWidth();
        oneLineHeight = line.getHeight();
        ellipsis.setFont(label.getFont());
        ellipsis.setText(label.getEllipsisString());
        ellipsisWidth = ellipsis.getLayoutBounds().getWidth();
        measuredText = label.getText();
        measuredFont = label.getFont();
        measuredSpacing = label.getLineSpacing();
        measuredBounds = bounds;
        measuredEllipsis = label.getEllipsisString();
    }

    /** The width of the text on one line, as the label's skin computes it. */
    private double textWidth() {
        measureOneLine();
        return oneLineWidth;
    }

    /** The height of the text wrapped at {@code width} (0 or less: one line). */
    private double textHeight(double width) {
        if (width <= 0) {
            measureOneLine();
            return oneLineHeight;
        }
        return probe(width).getLayoutBounds().getHeight();
    }

    private double ellipsisWidth() {
        measureOneLine();
        return ellipsisWidth;
    }

    private double horizontalPadding() {
        Insets p = getSkinnable().getLabelPadding();
        return snapSizeX(p.getLeft()) + snapSizeX(p.getRight());
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        if (!textAlone()) {
            return super.computeMinWidth(height, top, right, bottom, left);
        }
        // The smaller of the text and the ellipsis on one line, as the label's skin takes it (a label that clips
        // without an ellipsis shows its first character at least: left to the label's skin).
        if (getSkinnable().getTextOverrun() == OverrunStyle.CLIP) {
            return super.computeMinWidth(height, top, right, bottom, left);
        }
        double min = Math.min(textWidth(), ellipsisWidth());
        return min + left + right + horizontalPadding();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        if (!textAlone()) {
            return super.computeMinHeight(width, top, right, bottom, left);
        }
        // One line of the text, whatever the width; the label's skin adds the label padding's top minus its bottom.
        Insets p = getSkinnable().getLabelPadding();
        return textHeight(0) + top + bottom + snapSizeY(p.getTop()) - snapSizeY(p.getBottom());
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        if (!textAlone()) {
            return super.computePrefWidth(height, top, right, bottom, left);
        }
        return textWidth() + left + right + horizontalPadding();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (!textAlone()) {
            return super.computePrefHeight(width, top, right, bottom, left);
        }
        Label label = getSkinnable();
        Insets p = label.getLabelPadding();
        double textWidth = width - left - right - horizontalPadding();
        double text = textHeight(label.isWrapText() ? textWidth : 0);
        return text + top + bottom + snapSizeY(p.getTop()) + snapSizeY(p.getBottom());
    }

    /**
     * Lays out the drawn text as the label's skin does when the whole text fits: wrapped at the width there is (no
     * wider than the text), placed by the label's alignment. When it does not fit, the label's skin cuts it.
     */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Text text = drawn();
        if (!textAlone() || !text.isManaged()) {
            super.layoutChildren(x, y, w, h);
            return;
        }
        Label label = getSkinnable();
        Insets p = label.getLabelPadding();
        x += snapSizeX(p.getLeft());
        y += snapSizeY(p.getTop());
        w -= horizontalPadding();
        h -= snapSizeY(p.getTop()) + snapSizeY(p.getBottom());
        double fullWidth = textWidth();
        double wrapWidth = label.isWrapText() ? Math.min(fullWidth, w) : 0;
        boolean fits =
                w > 0 && h > 0 && (label.isWrapText() || fullWidth <= w) && textHeight(label.isWrapText() ? w : 0) <= h;
        if (!fits) {
            super.layoutChildren(
                    x - snapSizeX(p.getLeft()),
                    y - snapSizeY(p.getTop()),
                    w + horizontalPadding(),
                    h + snapSizeY(p.getTop()) + snapSizeY(p.getBottom()));
            return;
        }
        text.setWrappingWidth(wrapWidth);
        text.setText(label.getText());
        double textWidth = snapSizeX(Math.min(text.getLayoutBounds().getWidth(), w));
        double textHeight = snapSizeY(Math.min(text.getLayoutBounds().getHeight(), h));
        Pos alignment = label.getAlignment();
        HPos hpos = alignment == null ? HPos.LEFT : alignment.getHpos();
        VPos vpos = alignment == null ? VPos.CENTER : alignment.getVpos();
        double contentX =
                hpos == HPos.LEFT ? x : hpos == HPos.RIGHT ? x + (w - textWidth) : x + ((w - textWidth) / 2.0);
        double contentY =
                vpos == VPos.TOP ? y : vpos == VPos.BOTTOM ? y + (h - textHeight) : y + ((h - textHeight) / 2.0);
        text.relocate(snapPositionX(contentX), snapPositionY(contentY));
    }
}
