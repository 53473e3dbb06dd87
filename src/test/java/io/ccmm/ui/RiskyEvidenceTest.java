package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening an attachment whose name or content says "program" asks first; the real type is named. */
@ExtendWith(ApplicationExtension.class)
class RiskyEvidenceTest {

    @TempDir
    static Path dir;

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        FileRoundSession session = TestSessions.empty();
        // A Windows program disguised as a PDF, and a real PDF.
        Path disguised = dir.resolve("report.pdf");
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        Files.write(disguised, program);
        Path pdf = dir.resolve("minutes.pdf");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        session.attach(1, disguised);
        session.attach(1, pdf);
        SettingsStore.forUser().load().themeValue().apply();
        window = new MainWindow(stage, Language.ZH, SettingsStore.forUser(), opened::add);
        window.show(session);
    }

    private static DialogPane dialog() throws Exception {
        return io.ccmm.ui.ShownDialogs.await();
    }

    private static DialogPane shown() {
        return io.ccmm.ui.ShownDialogs.shown();
    }

    private Button openButton(FxRobot robot, int row) throws Exception {
        // The list is read in the background.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".button")
                                        .match((Button b) -> "打开".equals(b.getText()))
                                        .queryAll()
                                        .size())
                                .get()
                        > row);
        return WaitForAsyncUtils.asyncFx(
                        () -> robot
                                .lookup(".button")
                                .match((Button b) -> "打开".equals(b.getText()))
                                .queryAllAs(Button.class)
                                .stream()
                                .toList()
                                .get(row))
                .get();
    }

    @Test
    void aDisguisedProgramAsksFirstAndNamesItsRealType(FxRobot robot) throws Exception {
        Button open = openButton(robot, 0);
        Platform.runLater(open::fire);
        DialogPane ask = dialog();
        List<String> buttons = WaitForAsyncUtils.asyncFx(() ->
                        ask.getButtonTypes().stream().map(ButtonType::getText).toList())
                .get();
        assertEquals(List.of("保存副本…", "仍然打开", "取消"), buttons);
        assertTrue(
                WaitForAsyncUtils.asyncFx(() -> ((Button) TestDialogs.ok(ask)).isDefaultButton())
                        .get(),
                "saving a copy is the default");
        String text = WaitForAsyncUtils.asyncFx(ask::getContentText).get();
        assertTrue(text.contains("“report.pdf”是Windows 程序"), text);
        assertTrue(text.contains("文件名与内容不符：它实际上是Windows 程序"), text);
        robot.interact(() -> ((Button) TestDialogs.cancel(ask)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), opened, "Cancel opens nothing");

        Platform.runLater(open::fire);
        DialogPane again = dialog();
        robot.interact(
                () -> ((Button) TestDialogs.button(again, javafx.scene.control.ButtonBar.ButtonData.OTHER)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size(), "Open anyway opens it");
        assertTrue(opened.get(0).endsWith("report.pdf"), opened.get(0));
    }

    @Test
    void aDocumentOpensWithoutAsking(FxRobot robot) throws Exception {
        Button open = openButton(robot, 1);
        robot.interact(open::fire);
        // The attachment is written out and looked at in the background, then opened.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).endsWith("minutes.pdf"), opened.get(0));
    }
}
