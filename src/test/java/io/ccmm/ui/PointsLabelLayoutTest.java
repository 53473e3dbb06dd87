package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card's points label sits in a slot of fixed width: in both languages, in a 1024×600 window, every points value and
 * N/A is shown whole, never cut to an ellipsis, inside the window and clear of the item's module; the module and area
 * are shown whole too (on a row of their own, on more lines when the card is narrow).
 */
@ExtendWith(ApplicationExtension.class)
class PointsLabelLayoutTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyChinesePointsTextIsShownWholeAt1024By600(FxRobot robot) throws Exception {
        check(Language.ZH, robot);
    }

    @Test
    void everyEnglishPointsTextIsShownWholeAt1024By600(FxRobot robot) throws Exception {
        check(Language.EN, robot);
    }

    private void check(Language language, FxRobot robot) throws Exception {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = CcmmApplication.open(stage, TestSessions.empty(), language));
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        var vm = window[0].workspace();
        robot.interact(() -> {
            vm.autoAdvanceProperty().set(false);
            // A long module and area name beside the points.
            vm.select(vm.catalog().items().stream()
                    .max(java.util.Comparator.comparingInt(i -> vm.catalog()
                                    .module(i.module())
                                    .orElseThrow()
                                    .name()
                                    .get(language)
                                    .length()
                            + vm.catalog()
                                    .areasById()
                                    .get(i.area())
                                    .name()
                                    .get(language)
                                    .length()))
                    .orElseThrow()
                    .id());
        });
        List<String> shown = new ArrayList<>();
        for (Rate c : Rate.values()) {
            for (Rate f : Rate.values()) {
                robot.interact(() -> {
                    vm.rateC(c);
                    vm.rateF(f);
                });
                shown.add(assertWhole(robot, stage));
            }
        }
        robot.interact(() -> vm.markNotApplicable("not run here"));
        shown.add(assertWhole(robot, stage));
        assertTrue(shown.contains(language == Language.ZH ? "20 / 20 分" : "20 / 20 points"), shown.toString());
        assertTrue(shown.contains(language == Language.ZH ? "不适用" : "N/A"), shown.toString());
    }

    private static String assertWhole(FxRobot robot, Stage stage) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
                    Label points = robot.lookup(".points-label").queryAs(Label.class);
                    points.getScene().getRoot().layout();
                    String text = points.getText();
                    Text drawn = (Text) points.lookup(".text");
                    assertEquals(text, drawn.getText(), "the points are drawn whole, not cut to an ellipsis");
                    assertTrue(
                            points.getWidth() >= points.prefWidth(-1) - 0.5,
                            "“" + text + "” is cut: " + points.getWidth() + " < " + points.prefWidth(-1));
                    Bounds onScene = points.localToScene(points.getBoundsInLocal());
                    assertTrue(
                            onScene.getMaxX() <= stage.getScene().getWidth() + 0.5,
                            "“" + text + "” runs off the window: " + onScene);
                    Label module = robot.lookup(".card-header .muted").queryAs(Label.class);
                    String moduleDrawn = module.lookupAll(".text").stream()
                            .map(n -> ((Text) n).getText())
                            .findFirst()
                            .orElse("");
                    assertEquals(
                            module.getText(),
                            moduleDrawn,
                            "the module and area are shown whole beside “" + text + "”, not cut to an ellipsis");
                    assertTrue(
                            module.getHeight() >= module.prefHeight(module.getWidth()) - 0.5,
                            "every line of the module is shown: " + module.getHeight() + " < "
                                    + module.prefHeight(module.getWidth()));
                    Bounds moduleOnScene = module.localToScene(module.getBoundsInLocal());
                    Bounds textOnScene = drawn.localToScene(drawn.getBoundsInLocal());
                    assertTrue(
                            !textOnScene.intersects(moduleOnScene),
                            "“" + text + "” overlaps the module: " + textOnScene + " / " + moduleOnScene);
                    return text;
                })
                .get();
    }
}
