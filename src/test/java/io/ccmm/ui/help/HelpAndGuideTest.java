package io.ccmm.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F1 opens the user guide from any screen; the first-run guide creates the organization's own file. */
@ExtendWith(ApplicationExtension.class)
class HelpAndGuideTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    private static Optional<Parent> helpWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot())
                .filter(r -> "help-guide".equals(r.getId()))
                .findFirst();
    }

    private static String text(Parent root) {
        return root.lookupAll(".help-run").stream()
                .map(n -> ((Text) n).getText())
                .reduce("", String::concat);
    }

    @Test
    void f1OpensTheGuideInTheUsersLanguageOnEveryScreen(FxRobot robot) {
        assertTrue(helpWindow().isEmpty());
        for (String tab : List.of("评分", "就绪度")) {
            robot.clickOn(tab);
            robot.push(KeyCode.F1);
            WaitForAsyncUtils.waitForFxEvents();
            Parent guide = helpWindow().orElseThrow(() -> new AssertionError("F1 on " + tab));
            String all = text(guide);
            assertTrue(all.contains("CCMM Readiness 用户指南"), all);
            assertTrue(all.contains("5.0 加分"), "the method is explained");
            assertTrue(all.contains("快捷键"), "the keyboard is listed");
            robot.interact(() -> ((Stage) guide.getScene().getWindow()).close());
            assertTrue(helpWindow().isEmpty());
        }
    }

    @Test
    void bothGuidesCoverTheSameSections() {
        for (Language language : Language.values()) {
            String md = HelpWindow.guide(language);
            long sections = md.lines().filter(l -> l.startsWith("## ")).count();
            assertEquals(6, sections, language + " guide sections");
        }
        String en = HelpWindow.guide(Language.EN);
        for (String topic : List.of(
                "C-Rate",
                "F-Rate",
                "5.0 bonus",
                "Not applicable",
                "rules file",
                "Team assessments",
                "Reports",
                "F1",
                "settings".toUpperCase().substring(0, 1) + "ettings")) {
            assertTrue(en.contains(topic), topic);
        }
    }

    @Test
    void theFirstRunGuideCreatesTheOrganizationsOwnFile(FxRobot robot) throws Exception {
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            AtomicReference<FirstRunGuide> guide = new AtomicReference<>();
            robot.interact(() -> guide.set(window.showFirstRunGuide()));
            Parent root = guide.get().stage().getScene().getRoot();
            assertEquals("您的组织", ((Label) root.lookup("#guide-title")).getText());
            assertTrue(((Button) root.lookup("#guide-create")).isDisabled(), "nothing to create without a name");
            robot.interact(() -> ((TextField) root.lookup("#guide-organization")).setText("某市12345政务服务热线"));
            robot.interact(() -> ((Button) root.lookup("#guide-create")).fire());
            WaitForAsyncUtils.waitForFxEvents();

            Path file = home.resolve("CCMM").resolve("某市12345政务服务热线.ccmm");
            assertTrue(Files.isRegularFile(file), "the file is named after the organization");
            assertEquals("某市12345政务服务热线", window.session().organization().name());
            assertEquals(file, window.session().file().path());

            // Two keys, readiness, report: then the guide closes.
            assertEquals("两个按键完成一个条目", ((Label) root.lookup("#guide-title")).getText());
            robot.interact(() -> ((Button) root.lookup("#guide-next")).fire());
            robot.interact(() -> ((Button) root.lookup("#guide-next")).fire());
            assertEquals("导出报告", ((Label) root.lookup("#guide-title")).getText());
            assertEquals("开始评分", ((Button) root.lookup("#guide-next")).getText());
            robot.interact(() -> ((Button) root.lookup("#guide-next")).fire());
            assertFalse(guide.get().stage().isShowing());
        } finally {
            System.setProperty("user.home", before);
        }
    }

    @Test
    void theGuideCanBeClosedAtOnceAndOpensASample(FxRobot robot) {
        AtomicReference<FirstRunGuide> guide = new AtomicReference<>();
        robot.interact(() -> guide.set(window.showFirstRunGuide()));
        Parent root = guide.get().stage().getScene().getRoot();
        robot.interact(() -> ((Button) root.lookup("#guide-sample")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.documents().isSample());
        robot.interact(() -> ((Button) root.lookup("#guide-close")).fire());
        assertFalse(guide.get().stage().isShowing());
    }

    @Test
    void theGuideCannotBeShrunkBelowAUsableSize(FxRobot robot) {
        AtomicReference<FirstRunGuide> guide = new AtomicReference<>();
        robot.interact(() -> guide.set(window.showFirstRunGuide()));
        Stage stage = guide.get().stage();
        // What a window manager such as openbox does to a new window without a minimum size.
        robot.interact(() -> {
            stage.setWidth(198);
            stage.setHeight(175);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getWidth() >= 400 && stage.getHeight() >= 250, stage.getWidth() + " x " + stage.getHeight());
        // At that smallest size the wrapped explanation, the name field and the step buttons are all in the window.
        for (String id : List.of("#guide-next", "#guide-close", "#guide-organization")) {
            javafx.scene.Node node =
                    robot.from(stage.getScene().getRoot()).lookup(id).query();
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            assertTrue(
                    b.getMaxY() <= stage.getScene().getHeight() + 0.5,
                    id + " cut at the bottom: " + b.getMaxY() + " > "
                            + stage.getScene().getHeight());
        }
        robot.interact(stage::close);
    }
}
