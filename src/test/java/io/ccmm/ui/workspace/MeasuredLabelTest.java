package io.ccmm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A label that remembers its measured heights measures exactly like a label, after every change. */
@ExtendWith(ApplicationExtension.class)
class MeasuredLabelTest {

    private MeasuredLabel measured;
    private Label plain;

    @Start
    void start(Stage stage) {
        measured = new MeasuredLabel("short");
        plain = new Label("short");
        for (Label l : new Label[] {measured, plain}) {
            l.setWrapText(true);
        }
        stage.setScene(new Scene(new VBox(measured, plain), 300, 300));
        stage.show();
    }

    @Test
    void aMeasuredLabelMeasuresLikeALabelAfterEveryChange(FxRobot robot) {
        String longText = "a text long enough to wrap over several lines at two hundred pixels, ".repeat(4);
        double[] heights = new double[4];
        robot.interact(() -> {
            heights[0] = measured.prefHeight(200);
            assertEquals(plain.prefHeight(200), heights[0]);
            measured.setText(longText);
            plain.setText(longText);
            heights[1] = measured.prefHeight(200);
            assertEquals(plain.prefHeight(200), heights[1]);
            assertEquals(plain.prefHeight(120), measured.prefHeight(120));
            measured.setFont(Font.font(30));
            plain.setFont(Font.font(30));
            heights[2] = measured.prefHeight(200);
            assertEquals(plain.prefHeight(200), heights[2]);
            measured.setText("short");
            heights[3] = measured.prefHeight(200);
        });
        assertTrue(heights[1] > heights[0], "a longer text is measured again");
        assertTrue(heights[2] > heights[1], "a larger font is measured again");
        assertTrue(heights[3] < heights[2], "a shorter text is measured again");
    }

    @Test
    void minimumHeightsAndUnwrappedHeightsAreTheLabelsAtEveryWidth(FxRobot robot) {
        String[] texts = {
            "short",
            "a text long enough to wrap over several lines at two hundred pixels, ".repeat(4),
            "第一行较长的中文文本，在两百像素处会换行成好几行，用来检查最小高度与首选高度。".repeat(3),
            "two\nlines"
        };
        double[] widths = {-1, 40, 120, 200, 1000, 120};
        robot.interact(() -> {
            for (boolean wrap : new boolean[] {true, false}) {
                measured.setWrapText(wrap);
                plain.setWrapText(wrap);
                for (String text : texts) {
                    measured.setText(text);
                    plain.setText(text);
                    for (double width : widths) {
                        String where = (wrap ? "wrapped" : "one line") + " at " + width + ": " + text;
                        assertEquals(plain.minHeight(width), measured.minHeight(width), "minimum height, " + where);
                        assertEquals(plain.prefHeight(width), measured.prefHeight(width), "preferred height, " + where);
                        assertEquals(plain.prefWidth(width), measured.prefWidth(width), "preferred width, " + where);
                        assertEquals(plain.minWidth(width), measured.minWidth(width), "minimum width, " + where);
                    }
                }
            }
            // With a graphic the heights depend on the width again: measured as the label does.
            javafx.scene.layout.Region box = new javafx.scene.layout.Region();
            box.setPrefSize(30, 30);
            measured.setGraphic(box);
            plain.setGraphic(new javafx.scene.layout.Region());
            ((javafx.scene.layout.Region) plain.getGraphic()).setPrefSize(30, 30);
            measured.setText(texts[1]);
            plain.setText(texts[1]);
            for (double width : widths) {
                assertEquals(plain.minHeight(width), measured.minHeight(width), "minimum height with a graphic");
                assertEquals(plain.prefHeight(width), measured.prefHeight(width), "preferred height with a graphic");
                assertEquals(plain.prefWidth(width), measured.prefWidth(width), "preferred width with a graphic");
            }
        });
        robot.interact(() -> {
            measured.setGraphic(null);
            plain.setGraphic(null);
            measured.setWrapText(true);
            plain.setWrapText(true);
            measured.setText(texts[1]);
            plain.setText(texts[1]);
            double before = measured.minHeight(200);
            measured.setFont(Font.font(30));
            plain.setFont(Font.font(30));
            assertEquals(plain.minHeight(200), measured.minHeight(200));
            assertTrue(measured.minHeight(200) > before, "a larger font is measured again");
            assertEquals(plain.prefWidth(30), measured.prefWidth(30));
            measured.setText("short");
            plain.setText("short");
            assertEquals(plain.prefWidth(30), measured.prefWidth(30), "a new text is measured again");
        });
    }
}
