package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Open a sample offers the three bundled samples; each opens as a temporary copy. */
@ExtendWith(ApplicationExtension.class)
class SamplesMenuTest {

    private MainWindow window;
    private Path own;

    @Start
    void start(Stage stage) {
        var session = TestSessions.empty();
        own = session.file().path();
        window = CcmmApplication.open(stage, session, Language.ZH);
    }

    @Test
    void eachSampleOpensAsATemporaryCopy(FxRobot robot) {
        List<MenuItem> entries = new ArrayList<>();
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            Menu samples = bar.getMenus().get(0).getItems().stream()
                    .filter(i -> i instanceof Menu && i.getText().equals("打开示例"))
                    .map(i -> (Menu) i)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no sample menu"));
            entries.addAll(samples.getItems());
        });
        assertEquals(
                List.of("示例 12345 政务服务热线", "示例 95598 供电服务热线", "示例 银行信用卡中心"),
                entries.stream().map(MenuItem::getText).toList());
        List<String> organizations = List.of("某市12345政务服务便民热线", "某省电力公司95598供电服务中心", "某股份制银行信用卡中心");
        for (int i = 0; i < entries.size(); i++) {
            MenuItem entry = entries.get(i);
            robot.interact(entry::fire);
            List<String> seen = new ArrayList<>();
            List<Path> paths = new ArrayList<>();
            robot.interact(() -> {
                seen.add(window.session().organization().name());
                paths.add(window.session().file().path());
            });
            assertEquals(organizations.get(i), seen.get(0));
            assertTrue(paths.get(0).startsWith(Path.of(System.getProperty("java.io.tmpdir"))), paths.get(0) + "");
            assertTrue(paths.get(0).getFileName().toString().startsWith(entry.getText()), paths.get(0) + "");
            assertTrue(!paths.get(0).equals(own));
            assertTrue(window.documents().isSample());
        }
    }
}
