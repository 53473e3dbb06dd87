package io.ccmm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card's labels, measured once per text by {@link TextLabelSkin}, look exactly like plain labels under the app's
 * style sheets: the same sizes, and the same drawn text (string, wrapping width, position, font, colour) at several
 * widths, in English and Chinese, wrapped and on one line, with room and squeezed.
 */
@ExtendWith(ApplicationExtension.class)
class TextLabelSkinTest {

    private static final String[] TEXTS = {
        "Short",
        "The contact center documents its quality monitoring process, and supervisors review a sample of interactions "
                + "for every agent each month against a written scorecard with calibrated criteria.",
        "联络中心建立了服务质量监控流程，主管每月按书面评分表抽检每位座席的通话与文字交互，评分标准经过校准，结果反馈给座席并用于辅导。",
        "•  Quality scorecards (质检评分表) with the last three months of results, 近三个月的结果"
    };
    private static final String[][] STYLES = {{}, {"item-title"}, {"requirement"}, {"muted"}, {"scope-notice"}};

    private final HBox row = new HBox();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        Scene scene = new Scene(row, 1400, 900);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A plain label and a measured one, each alone in a column {@code width} wide. */
    private List<Label> pair(double width, boolean wrap, String[] styles, String text) {
        List<Label> labels = List.of(new Label(text), new MeasuredLabel(text));
        row.getChildren().clear();
        for (Label label : labels) {
            label.setWrapText(wrap);
            label.getStyleClass().addAll(styles);
            VBox column = new VBox(label);
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
            row.getChildren().add(column);
        }
        return labels;
    }

    @Test
    void measuredLikeAPlainLabelWithTheAppsStyleSheets(FxRobot robot) {
        List<String> checked = new ArrayList<>();
        for (boolean wrap : new boolean[] {true, false}) {
            for (String[] styles : STYLES) {
                for (String text : TEXTS) {
                    for (double width : new double[] {90, 260, 530, 1100}) {
                        List<Label> labels = new ArrayList<>();
                        robot.interact(() -> labels.addAll(pair(width, wrap, styles, text)));
                        WaitForAsyncUtils.waitForFxEvents();
                        String where = (wrap ? "wrapped" : "one line") + " " + String.join(",", styles) + " at " + width
                                + ": " + text;
                        robot.interact(() -> assertSame(labels.get(0), labels.get(1), where));
                        checked.add(where);
                    }
                }
            }
        }
        assertEquals(2 * STYLES.length * TEXTS.length * 4, checked.size());
    }

    @Test
    void aSqueezedLabelIsCutLikeAPlainLabel(FxRobot robot) {
        for (String text : TEXTS) {
            List<Label> labels = new ArrayList<>();
            robot.interact(() -> {
                labels.addAll(pair(200, true, new String[] {"requirement"}, text));
                for (Label label : labels) {
                    // Room for one line and a half: the rest is cut with an ellipsis.
                    label.setMinHeight(Region.USE_PREF_SIZE);
                    label.setPrefHeight(30);
                    label.setMaxHeight(30);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> assertSame(labels.get(0), labels.get(1), "squeezed: " + text));
        }
        // And one line too narrow for its text, aligned to the right.
        List<Label> labels = new ArrayList<>();
        robot.interact(() -> {
            labels.addAll(pair(120, false, new String[] {"muted"}, TEXTS[1]));
            labels.forEach(l -> l.setAlignment(Pos.CENTER_RIGHT));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertSame(labels.get(0), labels.get(1), "one line, too narrow");
            assertTrue(
                    drawn(labels.get(1)).getText().endsWith("..."),
                    drawn(labels.get(1)).getText());
        });
    }

    @Test
    void aLabelGivenMoreRoomThanItsTextIsPlacedByItsAlignment(FxRobot robot) {
        for (Pos alignment : new Pos[] {Pos.CENTER_LEFT, Pos.TOP_RIGHT, Pos.CENTER, Pos.BOTTOM_CENTER}) {
            List<Label> labels = new ArrayList<>();
            robot.interact(() -> {
                labels.addAll(pair(400, true, new String[] {"item-title"}, TEXTS[2]));
                for (Label label : labels) {
                    label.setAlignment(alignment);
                    label.setMaxWidth(Double.MAX_VALUE);
                    label.setMinHeight(160);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> assertSame(labels.get(0), labels.get(1), "aligned " + alignment));
        }
    }

    private static void assertSame(Label plain, Label measured, String where) {
        assertTrue(measured.getSkin() instanceof TextLabelSkin, "the measured label has its own skin");
        for (double w : new double[] {-1, 60, 200, 480}) {
            assertEquals(plain.prefWidth(w), measured.prefWidth(w), "preferred width, " + where);
            assertEquals(plain.minWidth(w), measured.minWidth(w), "minimum width, " + where);
            assertEquals(plain.prefHeight(w), measured.prefHeight(w), "preferred height at " + w + ", " + where);
            assertEquals(plain.minHeight(w), measured.minHeight(w), "minimum height at " + w + ", " + where);
        }
        assertEquals(plain.getWidth(), measured.getWidth(), "width, " + where);
        assertEquals(plain.getHeight(), measured.getHeight(), "height, " + where);
        assertEquals(plain.getBaselineOffset(), measured.getBaselineOffset(), "baseline, " + where);
        Text a = drawn(plain);
        Text b = drawn(measured);
        assertEquals(a.getText(), b.getText(), "drawn text, " + where);
        assertEquals(a.getWrappingWidth(), b.getWrappingWidth(), "wrapping width, " + where);
        assertEquals(a.getLayoutX(), b.getLayoutX(), "x, " + where);
        assertEquals(a.getLayoutY(), b.getLayoutY(), "y, " + where);
        assertEquals(a.getLayoutBounds(), b.getLayoutBounds(), "text bounds, " + where);
        assertEquals(a.getFont(), b.getFont(), "font, " + where);
        assertEquals(a.getFill(), b.getFill(), "colour, " + where);
        assertEquals(a.getBoundsType(), b.getBoundsType(), where);
        assertEquals(a.getFontSmoothingType(), b.getFontSmoothingType(), where);
        assertEquals(plain.getAccessibleText(), measured.getAccessibleText(), where);
    }

    private static Text drawn(Label label) {
        return label.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text)
                .map(n -> (Text) n)
                .findFirst()
                .orElseThrow();
    }
}
