package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Save a protected copy… and Open a protected copy…: round trip, wrong password, damaged copy. */
@ExtendWith(ApplicationExtension.class)
class ProtectedCopyWindowTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private Map<Integer, Rating> ratings;

    @Start
    void start(Stage stage) throws Exception {
        FileRoundSession session = TestSessions.with(
                List.of(Rating.of(1, Rate.FULL, Rate.PARTIAL), new Rating(2, Rate.NONE, Rate.NONE, "记录")));
        ratings = session.ratings();
        window = CcmmApplication.open(stage, session, Language.ZH);
    }

    /** Waits for the dialog that reports the end of the background work, returns its text and closes it. */
    private String closeDialog(FxRobot robot) throws Exception {
        DialogPane pane = ShownDialogs.await(60);
        String text = WaitForAsyncUtils.asyncFx(pane::getContentText).get();
        robot.interact(() -> ((Button) TestDialogs.ok(pane)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void aProtectedCopyOpensWithItsPasswordOnlyAndADamagedOneIsToldApart(FxRobot robot) throws Exception {
        Path copy = dir.resolve("热线.ccmmx");
        robot.interact(() -> window.saveProtectedCopy(copy, "正确 horse".toCharArray()));
        assertTrue(closeDialog(robot).contains("热线.ccmmx"));
        assertTrue(Files.size(copy) > 0);
        assertFalse(
                Files.readString(copy, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("SQLite format"),
                "the copy is encrypted");

        Path wrongOut = dir.resolve("wrong.ccmm");
        robot.interact(() -> window.openProtectedCopy(copy, wrongOut, "wrong".toCharArray()));
        assertEquals("密码错误：副本完好，但这不是它的密码。未写入任何文件；请重试。", closeDialog(robot));
        assertFalse(Files.exists(wrongOut), "nothing written");

        Path damaged = dir.resolve("damaged.ccmmx");
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(damaged, bytes);
        Path damagedOut = dir.resolve("damaged.ccmm");
        robot.interact(() -> window.openProtectedCopy(damaged, damagedOut, "正确 horse".toCharArray()));
        String message = closeDialog(robot);
        assertTrue(message.contains("已损坏"), message);
        assertFalse(Files.exists(damagedOut), "nothing written");

        Path opened = dir.resolve("opened.ccmm");
        robot.interact(() -> window.openProtectedCopy(copy, opened, "正确 horse".toCharArray()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> window.session().file().path().equals(opened))
                .get());
        assertEquals(
                ratings,
                WaitForAsyncUtils.asyncFx(() -> window.session().ratings()).get());
    }

    @Test
    void thePasswordIsAskedTwiceAndTwoDifferentEntriesCannotBeConfirmed(FxRobot robot) throws Exception {
        var dialogs = new io.ccmm.ui.common.FxDialogService(
                () -> null, uri -> {}, () -> io.ccmm.ui.common.Messages.of(Language.ZH));
        java.util.concurrent.CompletableFuture<Optional<char[]>> result =
                new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> result.complete(dialogs.askPassword("保存受保护副本", "密码", true)));
        DialogPane pane = ShownDialogs.await(10);
        Node ok = TestDialogs.ok(pane);
        robot.interact(() -> {
            ((PasswordField) pane.lookup("#password")).setText("甲乙 secret");
            ((PasswordField) pane.lookup("#passwordAgain")).setText("甲乙 secreT");
        });
        assertTrue(ok.isDisabled(), "two different entries cannot be confirmed");
        robot.interact(() -> ((PasswordField) pane.lookup("#passwordAgain")).setText("甲乙 secret"));
        assertFalse(ok.isDisabled());
        robot.interact(() -> ((Button) ok).fire());
        assertArrayEquals(
                "甲乙 secret".toCharArray(), result.get(10, TimeUnit.SECONDS).orElseThrow());
    }
}
