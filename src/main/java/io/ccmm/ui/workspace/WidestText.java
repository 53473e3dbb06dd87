package io.ccmm.ui.workspace;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The width and height of the widest and tallest of some texts in a font and in every weight and posture of its family
 * and size: the size of a slot that must not change when its text or the state of the points scale does (the card's
 * points label, the navigator's points chips).
 */
record WidestText(double width, double height) {

    /** {@code texts} measured in {@code font} and in its family's regular, italic, bold and bold italic at its size. */
    static WidestText of(Font font, List<String> texts) {
        Text probe = new Text();
        double widest = 0;
        double tallest = 0;
        for (Font f : List.of(
                font,
                Font.font(font.getFamily(), FontWeight.NORMAL, FontPosture.REGULAR, font.getSize()),
                Font.font(font.getFamily(), FontWeight.NORMAL, FontPosture.ITALIC, font.getSize()),
                Font.font(font.getFamily(), FontWeight.BOLD, FontPosture.REGULAR, font.getSize()),
                Font.font(font.getFamily(), FontWeight.BOLD, FontPosture.ITALIC, font.getSize()))) {
            probe.setFont(f);
            for (String text : texts) {
                probe.setText(text);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                tallest = Math.max(tallest, probe.getLayoutBounds().getHeight());
            }
        }
        return new WidestText(widest, tallest);
    }
}
