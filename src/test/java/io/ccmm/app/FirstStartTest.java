package io.ccmm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.help.FirstRunGuide;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The very first start creates no file behind the user's back, and the first-run guide's words are shown whole. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path documents;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theVeryFirstStartOpensTheSampleAndCreatesNoFile(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            AtomicReference<Optional<FileRoundSession>> first = new AtomicReference<>();
            robot.interact(() -> {
                MainWindow window = new MainWindow(stage, language, SettingsStore.forUser(), uri -> {});
                first.set(CcmmApplication.firstSession(window, List.of(), Settings.defaults(), documents));
                assertTrue(window.documents().isSample(), "the sample is open behind the guide");
                window.documents().close();
            });
            assertTrue(first.get().isPresent());
            try (Stream<Path> files = Files.list(documents)) {
                assertEquals(List.of(), files.toList(), "no placeholder file is made (" + language + ")");
            }
        }
    }

    @Test
    void aDefaultFileMadeEarlierIsStillOpened(FxRobot robot) throws Exception {
        Path made = documents.resolve(Messages.of(Language.EN).get("file.default.name") + ".ccmm");
        FileRoundSession earlier = io.ccmm.ui.TestSessions.with(made, List.of());
        earlier.file().close();
        AtomicReference<Path> opened = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow window = new MainWindow(stage, Language.EN, SettingsStore.forUser(), uri -> {});
            opened.set(CcmmApplication.firstSession(window, List.of(), Settings.defaults(), documents)
                    .orElseThrow()
                    .file()
                    .path());
            assertFalse(window.documents().isSample());
            window.documents().close();
        });
        assertEquals(made, opened.get());
    }

    @Test
    void everyLineOfTheFirstRunGuideIsShownWholeEvenAtItsSmallestSize(FxRobot robot) {
        for (Language language : Language.values()) {
            AtomicReference<FirstRunGuide> guide = new AtomicReference<>();
            robot.interact(() -> guide.set(FirstRunGuide.show(null, Messages.of(language), new FirstRunGuide.Actions() {
                @Override
                public void createOrganization(String organization) {}

                @Override
                public void openSample() {}
            })));
            Parent root = guide.get().stage().getScene().getRoot();
            // At the smallest size the window allows (a plain window manager may map it that small).
            robot.interact(() -> {
                Stage window = guide.get().stage();
                window.setWidth(window.getMinWidth());
                window.setHeight(window.getMinHeight());
            });
            for (int step = 1; step <= 4; step++) {
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = new ArrayList<>();
                robot.interact(() -> {
                    root.applyCss();
                    root.layout();
                    for (var node : root.lookupAll(".label")) {
                        Label label = (Label) node;
                        Text shown = (Text) label.lookup(".text");
                        if (label.isVisible()
                                && shown != null
                                && !label.getText().isEmpty()
                                && !shown.getText().equals(label.getText())) {
                            cut.add(label.getText() + " → " + shown.getText());
                        }
                    }
                });
                assertEquals(List.of(), cut, language + ", step " + step + ": labels cut short");
                assertTrue(
                        ((Label) root.lookup("#guide-body")).getHeight()
                                > ((Label) root.lookup("#guide-title")).getHeight(),
                        "the explanation wraps onto more than one line");
                robot.interact(() -> ((Button) root.lookup("#guide-next")).fire());
            }
            robot.interact(() -> guide.get().stage().close());
        }
    }
}
