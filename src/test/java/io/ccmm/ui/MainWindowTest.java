package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.AppIcons;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window headless and works it as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    @SuppressWarnings("unchecked")
    private List<String> moduleNodes(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream()
                .map(TreeItem::getValue)
                .map(Object::toString)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void collapseModules(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        robot.interact(() -> tree.getRoot().getChildren().forEach(m -> m.setExpanded(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean labelShown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery()
                .isPresent();
    }

    private String labelText(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryLabeled().getText();
    }

    @Test
    void showsTheFiveModulesInChinese(FxRobot robot) {
        List<String> expected = List.of("设计与规划", "运营与管理", "数据与绩效", "客户体验", "创新与提高");
        List<String> nodes = moduleNodes(robot);
        assertEquals(5, nodes.size());
        collapseModules(robot);
        for (int i = 0; i < 5; i++) {
            assertTrue(nodes.get(i).contains(expected.get(i)), nodes.get(i));
            assertTrue(labelShown(robot, (i + 1) + ".0  " + expected.get(i)), "module on screen: " + expected.get(i));
        }
    }

    @Test
    void windowCarriesTheApplicationIconInEveryBundledSize() {
        List<Integer> widths = main.stage().getIcons().stream()
                .peek(icon -> assertFalse(icon.isError(), "icon image failed to load"))
                .map(icon -> (int) icon.getWidth())
                .toList();
        assertEquals(AppIcons.SIZES, widths);
    }

    @Test
    void theStartPageOpensFromTheFileMenuAndNamesTheOpenFile(FxRobot robot) {
        robot.clickOn("文件").clickOn("开始页…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage start = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "开始".equals(s.getTitle()))
                .map(Stage.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no start page"));
        try {
            // The recent files are read in the background; the open file is listed by its organization.
            WaitForAsyncUtils.waitFor(
                    10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Labeled l
                                    && l.getText() != null
                                    && l.getText().startsWith("测试热线"))
                            .tryQuery()
                            .isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the open file is not listed by its organization", e);
        } finally {
            robot.interact(start::close);
        }
    }

    @Test
    void switchingLanguageFromTheMenuShowsEnglishModulesAndCard(FxRobot robot) {
        robot.clickOn("视图").clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.EN, main.window().language());
        collapseModules(robot);
        assertTrue(labelShown(robot, "4.0  Customer Experience"));
        AssessmentItem first = CatalogLoader.bundled().catalog().item(1).orElseThrow();
        assertEquals(first.title().en(), labelText(robot, "item-title"));
        assertTrue(labelShown(robot, "0 of 170 items rated or N/A"), "the status bar in English");
    }

    @Test
    void ratesByKeyboardOnlyAndAdvances(FxRobot robot) {
        robot.clickOn(".item-title");
        robot.type(KeyCode.DIGIT1).type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, main.session().ratings().get(1).points());
        assertEquals("2", labelText(robot, "item-number"));
        robot.type(KeyCode.DIGIT2).type(KeyCode.E);
        robot.type(KeyCode.DIGIT3).type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, main.session().ratings().get(2).points());
        assertEquals(Rate.NONE, main.session().ratings().get(3).c());
        assertEquals("4", labelText(robot, "item-number"));
        assertTrue(labelShown(robot, "已评或不适用 3 / 170 项"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rate.UNRATED, main.session().ratings().get(3).f());
        assertEquals("3", labelText(robot, "item-number"));
    }

    @Test
    void searchFindsAnItemByChineseText(FxRobot robot) {
        AssessmentItem target = CatalogLoader.bundled().catalog().item(65).orElseThrow();
        robot.clickOn(".search-field").write(target.title().zh());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("65  " + target.title().zh());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("65", labelText(robot, "item-number"));
        assertEquals(target.requirement().zh(), labelText(robot, "requirement"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bulkEditInTheOverviewAgreesWithTheItemCard(FxRobot robot) {
        robot.clickOn("总览");
        TableView<AssessmentItem> table = robot.lookup(".overview-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().selectIndices(4, 5, 6);
        });
        robot.clickOn("#setC10").clickOn("#setF5");
        WaitForAsyncUtils.waitForFxEvents();
        for (int id = 5; id <= 7; id++) {
            assertEquals(15, main.session().ratings().get(id).points(), "item " + id);
        }
        robot.doubleClickOn("6");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("6", labelText(robot, "item-number"));
        assertEquals("15 / 20 分", labelText(robot, "points-label"));
    }
}
