package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts follow the app's styles: the radar's colours come from the theme, tick labels use the bundled font. */
@ExtendWith(ApplicationExtension.class)
class RadarChartThemeTest {

    private RadarChart chart;
    private Stage chartStage;
    private NumberAxis axis;

    /** A stage of its own: the primary stage is shared with the main-window tests and keeps its size. */
    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        chartStage = stage;
        Theme.LIGHT.apply();
        BundledFonts.load();
        chart = new RadarChart();
        chart.setData(List.of("1.0", "2.0", "3.0", "4.0", "5.0"), List.of(68.0, 74.1, 60.0, 67.1, 47.5));
        axis = new NumberAxis(0, 100, 20);
        Scene scene = new Scene(new javafx.scene.layout.VBox(chart, axis), 400, 400);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> {
            Theme.LIGHT.apply();
            chartStage.close();
        });
    }

    @Test
    void chartTickLabelsUseTheBundledFontSoChineseAndDigitsMatchTheUi() {
        assertEquals(BundledFonts.FAMILY, axis.getTickLabelFont().getFamily());
    }

    @Test
    void labelsAreDarkOnLightAndLightOnDark(FxRobot robot) {
        double light = chart.getLabelColor().getBrightness();
        assertTrue(light < 0.4, "label brightness in the light theme: " + light);

        robot.interact(Theme.DARK::apply);
        WaitForAsyncUtils.waitForFxEvents();
        double dark = chart.getLabelColor().getBrightness();
        assertTrue(dark > 0.7, "label brightness in the dark theme: " + dark);
    }
}
