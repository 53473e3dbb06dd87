package io.ccmm.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Why?" on the dashboard opens the explanation with its items one click away; the what-if never writes. */
@ExtendWith(ApplicationExtension.class)
class ExplanationWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private FileRoundSession session;

    /** Every L1 item of modules 1.0–4.0 at 5/5, those of 3.0 at 0/5: L1 is not met, 3.0 under its floor. */
    @Start
    void start(Stage stage) throws Exception {
        List<Rating> ratings = new ArrayList<>();
        for (AssessmentItem item : CatalogLoader.bundled().catalog().items()) {
            if (item.level() == 1 && !item.module().equals("5.0")) {
                Rate c = item.module().equals("3.0") ? Rate.NONE : Rate.PARTIAL;
                ratings.add(Rating.of(item.id(), c, Rate.PARTIAL));
            }
        }
        Path folder = Files.createTempDirectory(dir, "round");
        session = TestSessions.with(folder.resolve("center.ccmm"), ratings);
        window = CcmmApplication.open(stage, session, Language.ZH);
    }

    private static Parent explanationRoot() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot())
                .filter(r -> r.lookup("#explanation-title") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no explanation window"));
    }

    @Test
    void whyOnTheDashboardExplainsTheLevelAndOpensItsItems(FxRobot robot) {
        robot.clickOn("就绪度");
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink why = robot.lookup("#why-1").queryAs(Hyperlink.class);
        assertEquals("为什么是这样：L1", why.getText());
        robot.interact(why::fire);
        WaitForAsyncUtils.waitForFxEvents();

        Parent root = explanationRoot();
        assertEquals("L1 应用级 — 未达成", ((Label) root.lookup("#explanation-title")).getText());
        String all = root.lookupAll(".explain-line").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        var l1 = window.dashboard().result().level(1);
        assertTrue(all.contains("总分：" + l1.points() + " + 加分 0 = " + l1.totalPoints() + "，满分 " + l1.maxPoints()), all);
        assertTrue(all.contains("还差 " + l1.gapPoints() + " 分"), all);

        // A module under its floor lists its items; one click opens the first on the item card.
        Hyperlink item = (Hyperlink) root.lookupAll(".explain-item").iterator().next();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Integer.parseInt(item.getText()),
                window.workspace().currentItem().id());
        robot.interact(() -> ((Stage) root.getScene().getWindow()).close());
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatIfShowsTheEffectOnEveryLevelAndNeverWritesToTheFile(FxRobot robot) throws Exception {
        Map<Integer, Rating> before = session.ratings();
        Map<String, String> filesBefore = digests(session.file().path().getParent());
        AtomicReference<ExplanationWindow> opened = new AtomicReference<>();
        robot.interact(() ->
                opened.set(ExplanationWindow.show(null, window.dashboard(), Messages.of(Language.ZH), id -> {}, 1)));
        Parent root = opened.get().stage().getScene().getRoot();
        int l1Total = window.dashboard().result().level(1).totalPoints();

        // Raise three items of module 1.0 (rated 5/5) to 10/10, one after the other.
        List<Integer> raised = before.keySet().stream().sorted().limit(3).toList();
        assertTrue(raised.get(2) <= 25, "items of module 1.0");
        for (int id : raised) {
            robot.interact(() -> {
                ((Spinner<Integer>) root.lookup("#whatif-item"))
                        .getValueFactory()
                        .setValue(id);
                ((ComboBox<Rate>) root.lookup("#whatif-c")).setValue(Rate.FULL);
                ((ComboBox<Rate>) root.lookup("#whatif-f")).setValue(Rate.FULL);
                ((Button) root.lookup("#whatif-try")).fire();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (int level = 1; level <= 5; level++) {
            assertTrue(root.lookup("#whatif-effect-" + level) instanceof Label, "level " + level);
        }
        String effect = ((Label) root.lookup("#whatif-effect-1")).getText();
        assertTrue(effect.contains("总分 " + l1Total + " \u2192 " + (l1Total + 30)), effect);
        assertTrue(((Label) root.lookup("#whatif-changes")).getText().contains("条目 " + raised.get(0) + " 改为 10/10"));

        // The round, the dashboard and the file are untouched.
        assertEquals(before, session.ratings());
        assertEquals(l1Total, window.dashboard().result().level(1).totalPoints());
        assertEquals(filesBefore, digests(session.file().path().getParent()));

        robot.interact(() -> ((Button) root.lookup("#whatif-reset")).fire());
        assertTrue(root.lookup("#whatif-effect-1") == null, "the changes are forgotten");
        assertFalse(opened.get().viewModel().changes().size() > 0);
        robot.interact(() -> opened.get().stage().close());
    }

    /**
     * A what-if is never saved, and closing the window does not forget it either: the item typed and not tried, and the
     * changes tried, are there again when "Why?" is opened again on the same round.
     */
    @Test
    @SuppressWarnings("unchecked")
    void whatIfTypedOrTriedIsThereAgainAfterTheWindowClosed(FxRobot robot) {
        AtomicReference<ExplanationWindow> opened = new AtomicReference<>();
        robot.interact(() ->
                opened.set(ExplanationWindow.show(null, window.dashboard(), Messages.of(Language.ZH), id -> {}, 1)));
        Parent first = opened.get().stage().getScene().getRoot();
        robot.interact(() -> {
            ((Spinner<Integer>) first.lookup("#whatif-item")).getValueFactory().setValue(7);
            ((ComboBox<Rate>) first.lookup("#whatif-c")).setValue(Rate.NONE);
            ((Button) first.lookup("#whatif-try")).fire();
            // Then item 12 typed and not tried.
            ((Spinner<Integer>) first.lookup("#whatif-item")).getEditor().setText("12");
            ((ComboBox<Rate>) first.lookup("#whatif-f")).setValue(Rate.PARTIAL);
        });
        robot.interact(() -> io.ccmm.ui.common.Windows.requestClose(opened.get().stage()));
        assertFalse(opened.get().stage().isShowing(), "the window closed without a question");

        robot.interact(() ->
                opened.set(ExplanationWindow.show(null, window.dashboard(), Messages.of(Language.ZH), id -> {}, 1)));
        Parent again = opened.get().stage().getScene().getRoot();
        assertEquals(
                "12",
                ((Spinner<Integer>) again.lookup("#whatif-item")).getEditor().getText());
        assertEquals(Rate.NONE, ((ComboBox<Rate>) again.lookup("#whatif-c")).getValue());
        assertEquals(Rate.PARTIAL, ((ComboBox<Rate>) again.lookup("#whatif-f")).getValue());
        assertEquals(java.util.Set.of(7), opened.get().viewModel().changes().keySet(), "the change tried before");
        assertTrue(((Label) again.lookup("#whatif-changes")).getText().contains("条目 7"));

        // Trying the entry kept takes the item as typed.
        robot.interact(() -> ((Button) again.lookup("#whatif-try")).fire());
        assertEquals(java.util.Set.of(7, 12), opened.get().viewModel().changes().keySet());
        // An item number wiped out before Try is no item: the spinner keeps the one it had.
        robot.interact(() -> {
            ((Spinner<Integer>) again.lookup("#whatif-item")).getEditor().setText("");
            ((Button) again.lookup("#whatif-try")).fire();
        });
        assertEquals(java.util.Set.of(7, 12), opened.get().viewModel().changes().keySet());
        assertEquals(
                "12",
                ((Spinner<Integer>) again.lookup("#whatif-item")).getEditor().getText());
        robot.interact(() -> ((Button) again.lookup("#whatif-reset")).fire());
        robot.interact(() -> opened.get().stage().close());
    }

    private static Map<String, String> digests(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(
                        f.getFileName().toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
