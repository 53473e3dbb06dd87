package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.PlannedRating;
import io.ccmm.ui.ShownDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Windows;
import io.ccmm.ui.explain.ExplanationWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ratings tried in the "Why?" what-if are never dropped without the user's word: closing the window (or ending the app)
 * and opening another round ask first — keep them as planned ratings in the plan, discard them, or stay — the way the
 * plan window asks about its unfinished forms. The same round opened again (details edited, an import) keeps them.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfOnLeavingTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private Path file;
    private long firstRound;
    private long secondRound;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    stage.setOnCloseRequest(null);
                    stage.close();
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot) throws Exception {
        file = dir.resolve("rounds.ccmm");
        FileRoundSession session = TestSessions.with(file, List.of());
        firstRound = session.roundId();
        secondRound = session.file()
                .createRound(
                        new RoundInfo("2026 复评", "2026-09-01", List.of("张三"), OptionalInt.of(3)),
                        CatalogSnapshot.bundled())
                .id();
        AtomicReference<MainWindow> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(CcmmApplication.open(stage, session, Language.EN)));
        window = shown.get();
        robot.interact(() -> window.switchRound(firstRound));
    }

    /** Tries item 1 at 10/10 in the "Why?" window, as the user does, and closes that window. */
    private void tryInWhy(FxRobot robot) {
        AtomicReference<ExplanationWindow> why = new AtomicReference<>();
        robot.interact(() ->
                why.set(ExplanationWindow.show(stage, window.dashboard(), Messages.of(Language.EN), id -> {}, 1)));
        robot.interact(() -> ((Button) why.get().stage().getScene().lookup("#whatif-try")).fire());
        robot.interact(() -> why.get().stage().close());
        assertEquals(1, window.dashboard().whatIf().tried().size(), "one rating tried");
    }

    /** Runs {@code action} later on the FX thread; it is expected to ask, and the question is returned. */
    private static DialogPane asks(Runnable action) throws Exception {
        Platform.runLater(action);
        return ShownDialogs.await();
    }

    private static void answer(FxRobot robot, DialogPane dialog, String button) {
        robot.interact(() -> {
            ButtonType type = dialog.getButtonTypes().stream()
                    .filter(b -> b.getText().equals(button))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(button + " among " + dialog.getButtonTypes()));
            ((Button) dialog.lookupButton(type)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<Integer, PlannedRating> plannedInFile(long round) throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            return f.plannedRatings(round);
        }
    }

    @Test
    void closingTheWindowAsksAndCancelStaysThenKeepPutsTheTrialsIntoThePlan(FxRobot robot) throws Exception {
        open(robot);
        tryInWhy(robot);

        DialogPane question = asks(() -> Windows.requestClose(stage));
        String said = WaitForAsyncUtils.asyncFx(question::getContentText).get();
        assertTrue(said.contains("Item 1 at 10/10"), said);
        assertTrue(said.contains("not saved"), said);
        answer(robot, question, "Cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertEquals(1, window.dashboard().whatIf().tried().size(), "and the trial");

        answer(robot, asks(() -> Windows.requestClose(stage)), "Keep in the plan");
        assertFalse(stage.isShowing(), "the window closed after keeping");
        assertNull(WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get(), "asked once");
        assertEquals(
                Map.of(1, new PlannedRating(1, Rate.FULL, Rate.FULL)),
                plannedInFile(firstRound),
                "the trial is a planned rating of its round");
    }

    @Test
    void openingAnotherRoundAsksAndDiscardDropsTheTrialsWithoutWritingThem(FxRobot robot) throws Exception {
        open(robot);
        tryInWhy(robot);

        // The same round again (as after editing its details): nothing to ask, the trial stays.
        robot.interact(() -> window.switchRound(firstRound));
        assertNull(WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get(), "no question for the same round");
        assertEquals(1, window.dashboard().whatIf().tried().size(), "the same round keeps its trials");

        answer(robot, asks(() -> window.switchRound(secondRound)), "Discard");
        assertEquals(secondRound, window.session().roundId(), "the other round is open");
        assertTrue(window.dashboard().whatIf().tried().isEmpty());

        robot.interact(() -> Windows.requestClose(stage));
        assertNull(WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get(), "nothing tried: closing asks nothing");
        assertFalse(stage.isShowing());
        assertEquals(Map.of(), plannedInFile(firstRound), "discarded trials are not written");
    }

    /** Dismisses {@code dialog} (an error said) with its first button. */
    private static void dismiss(FxRobot robot, DialogPane dialog) {
        robot.interact(
                () -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keepingRefusedOnTheThirdRatingPutsNoneInThePlanAndTheTrialsStayWithTheUser(FxRobot robot) throws Exception {
        open(robot);
        tryInWhy(robot);
        int second = window.session().catalog().items().get(1).id();
        // A rating the file refuses, after two it would take: keeping is all or nothing.
        robot.interact(() -> {
            window.dashboard().whatIf().tried().put(second, new Rating(second, Rate.PARTIAL, Rate.FULL, ""));
            window.dashboard().whatIf().tried().put(99_999, new Rating(99_999, Rate.FULL, Rate.FULL, ""));
        });

        answer(robot, asks(() -> window.switchRound(secondRound)), "Keep in the plan");
        DialogPane refused = ShownDialogs.await();
        String said = WaitForAsyncUtils.asyncFx(refused::getContentText).get();
        dismiss(robot, refused);

        assertEquals(firstRound, window.session().roundId(), "the user stays in the round");
        assertEquals(Map.of(), plannedInOpenFile(firstRound), "no planned rating of the trials is in the file");
        assertEquals(3, window.dashboard().whatIf().tried().size(), "every trial is still there");
        assertTrue(said.contains("None of the 3 rating(s) tried in “Why?” was put in the plan"), said);
        assertTrue(said.contains("99999"), "the refused item is named: " + said);
    }

    @Test
    void discardThenAFileThatCannotBeOpenedKeepsTheTrials(FxRobot robot) throws Exception {
        open(robot);
        tryInWhy(robot);
        Path broken = dir.resolve("broken.ccmm");
        Files.writeString(broken, "not an assessment");

        answer(robot, asks(() -> window.openPath(broken)), "Discard");
        DialogPane failed = ShownDialogs.await();
        dismiss(robot, failed);

        assertEquals(firstRound, window.session().roundId(), "the round is still open");
        assertEquals(1, window.dashboard().whatIf().tried().size(), "so are its trials");

        // Leaving that does happen drops them, as answered.
        answer(robot, asks(() -> window.switchRound(secondRound)), "Discard");
        assertEquals(secondRound, window.session().roundId());
        assertTrue(window.dashboard().whatIf().tried().isEmpty());
        assertEquals(Map.of(), plannedInOpenFile(firstRound), "discarded trials are not written");
    }

    /** The planned ratings of {@code round} as the window's open file has them (it holds the file's lock). */
    private Map<Integer, PlannedRating> plannedInOpenFile(long round) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.session().file().plannedRatings(round))
                .get();
    }
}
