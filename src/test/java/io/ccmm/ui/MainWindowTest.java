package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.main.ModuleRow;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window headless and reads what a user sees. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = CcmmApplication.open(stage, Language.ZH);
    }

    private List<String> visibleModuleNames(FxRobot robot) {
        ListView<ModuleRow> list = robot.lookup(".module-list").queryListView();
        return list.getItems().stream().map(ModuleRow::name).toList();
    }

    private boolean labelShown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery()
                .isPresent();
    }

    @Test
    void showsTheFiveModulesInChinese(FxRobot robot) {
        List<String> expected = CatalogLoader.bundled().catalog().modules().stream()
                .map(m -> m.name().zh())
                .toList();
        assertEquals(List.of("设计与规划", "运营与管理", "数据与绩效", "客户体验", "创新与提高"), expected);
        assertEquals(expected, visibleModuleNames(robot));
        for (String name : expected) {
            assertTrue(labelShown(robot, name), "module name not on screen: " + name);
        }
        assertTrue(stage.getTitle().startsWith("CCMM 就绪度评估"), stage.getTitle());
    }

    @Test
    void switchingLanguageFromTheMenuShowsEnglishModules(FxRobot robot) {
        robot.clickOn("视图").clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.EN, window.language());
        List<String> expected = CatalogLoader.bundled().catalog().modules().stream()
                .map(CatalogModule::name)
                .map(t -> t.en())
                .toList();
        assertEquals(expected, visibleModuleNames(robot));
        assertTrue(labelShown(robot, "Customer Experience"));
        assertTrue(labelShown(robot, "Modules"));
    }

    @Test
    void selectingAModuleShowsItsAreas(FxRobot robot) {
        robot.clickOn("数据与绩效");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labelShown(robot, "3.0  数据与绩效"));
    }
}
