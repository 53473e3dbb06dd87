package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.FxDialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.compare.CompareDialog;
import io.ccmm.ui.plan.PlanWindow;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An empty table says why in the window's language — not JavaFX's own "No content in table", which follows the
 * computer's language (English words in a Chinese window on an English system, and the other way round).
 */
@ExtendWith(ApplicationExtension.class)
class EmptyTablesTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.overEmptyFile(stage);
    }

    @AfterEach
    void closeOthers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != main.stage() && w instanceof Stage)
                .toList()
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<Window> windowTitled(String title) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst();
    }

    private static void assertSays(TableView<?> table, String expected) {
        assertTrue(table.getItems().isEmpty(), "the table is empty");
        Node placeholder = table.getPlaceholder();
        assertTrue(placeholder instanceof Labeled, "the table has its own words: " + placeholder);
        assertEquals(expected, ((Labeled) placeholder).getText());
    }

    @Test
    void theOverviewSaysNoItemMatchesInTheWindowsLanguage(FxRobot robot) {
        for (Language language : List.of(Language.ZH, Language.EN)) {
            if (language == Language.EN) {
                main.switchTo(robot, Language.EN);
            }
            robot.interact(() -> main.find(".main-tabs", javafx.scene.control.TabPane.class)
                    .getSelectionModel()
                    .select(1));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> main.find(".overview-filter", javafx.scene.control.TextField.class)
                    .setText("no such words anywhere"));
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = main.find(".overview-table", TableView.class);
            assertSays(table, Messages.of(language).get("overview.none"));
        }
    }

    @Test
    void thePlansEmptyTablesSpeakChinese(FxRobot robot) throws Exception {
        Messages zh = Messages.of(Language.ZH);
        Platform.runLater(() -> PlanWindow.show(
                main.stage(),
                main.session().file(),
                main.session().roundId(),
                zh,
                new FxDialogService(main::stage, uri -> {}, () -> zh)));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> windowTitled(zh.get("plan.title")).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertSays(robot.lookup("#findingsTable").queryAs(TableView.class), zh.get("plan.findings.none"));
        assertSays(robot.lookup("#actionsTable").queryAs(TableView.class), zh.get("plan.actions.none"));
        assertSays(robot.lookup("#plannedTable").queryAs(TableView.class), zh.get("plan.whatif.none"));
    }

    @Test
    void theComparisonOfTwoEqualRoundsSaysNothingChanged(FxRobot robot) throws Exception {
        main.session()
                .file()
                .copyRound(
                        main.session().roundId(),
                        new RoundInfo("2026 复评", "2026-10-15", List.of("张三"), OptionalInt.of(3)));
        Messages zh = Messages.of(Language.ZH);
        Platform.runLater(() -> CompareDialog.show(
                main.stage(),
                main.session().file(),
                main.session().roundId(),
                zh,
                new FxDialogService(main::stage, uri -> {}, () -> zh)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windowTitled(zh.get("compare.title"))
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertSays(robot.lookup(".compare-items").queryAs(TableView.class), zh.get("compare.items.none"));
    }
}
