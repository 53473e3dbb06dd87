package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tooltip comes when the pointer first enters its control, and stays; its text is the accessible help at once. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {

    private Label label;
    private Label elsewhere;

    @Start
    void start(Stage stage) {
        label = new Label("Catalog and rules");
        elsewhere = new Label("elsewhere");
        HoverTooltip.install(label, "Catalog 2025 · sha256 1234");
        stage.setScene(new Scene(new VBox(40, elsewhere, label), 300, 200));
        stage.show();
    }

    @Test
    void madeOnTheFirstHoverAndKept(FxRobot robot) {
        assertNull(label.getTooltip(), "no tooltip before the pointer comes");
        assertEquals("Catalog 2025 · sha256 1234", label.getAccessibleHelp());
        robot.moveTo(label);
        Tooltip made = label.getTooltip();
        assertEquals("Catalog 2025 · sha256 1234", made.getText());
        robot.moveTo(elsewhere);
        robot.moveTo(label);
        assertSame(made, label.getTooltip(), "one tooltip, made once");
    }
}
