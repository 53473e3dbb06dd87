package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.team.TeamFiles;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two raters wrote notes on item 7 (and agree on its rating, so there is no conflict to open): the item card shows
 * both notes, by rater, where the user rates; an item without such notes shows no such section.
 */
@ExtendWith(ApplicationExtension.class)
class AuthorNotesOnCardTest {

    private static Path master;
    private static long roundId;
    private AssessmentFile file;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void merge() throws Exception {
        master = TeamFixtures.master("ccmm-author-notes");
        roundId = TeamFixtures.roundOf(master);
        Path a = TeamFixtures.handOut(master, "张三", "");
        Path b = TeamFixtures.handOut(master, "李四", "");
        TeamFixtures.rate(a, "张三", Rating.of(7, Rate.FULL, Rate.PARTIAL).withNote("制度齐全，但未培训"));
        TeamFixtures.rate(b, "李四", Rating.of(7, Rate.FULL, Rate.PARTIAL).withNote("执行记录只覆盖两个月"));
        TeamFiles.merge(master, List.of(a, b), OptionalLong.empty());
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = AssessmentFile.open(master, OpenMode.READ_WRITE);
        window = CcmmApplication.open(stage, new FileRoundSession(file, roundId, "master.ccmm"), Language.ZH);
    }

    @AfterEach
    void close() throws Exception {
        file.close();
    }

    private Node section() {
        return stage.getScene().getRoot().lookup(".author-notes");
    }

    private List<String> texts() {
        Node n = section();
        return ((Pane) n)
                .lookupAll(".author-note").stream()
                        .map(l -> ((Label) l).getText())
                        .toList();
    }

    @Test
    void theCardShowsTheNotesOfEachRater(FxRobot robot) {
        robot.interact(() -> window.workspace().select(7));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> shown = new AtomicReference<>();
        AtomicReference<Boolean> visible = new AtomicReference<>();
        robot.interact(() -> {
            assertNotNull(section(), "a notes-by-rater section on the card");
            visible.set(section().isVisible() && section().isManaged());
            shown.set(texts());
        });
        assertTrue(visible.get());
        assertEquals(2, shown.get().size(), shown.get().toString());
        assertTrue(shown.get().stream().anyMatch(t -> t.contains("张三") && t.contains("制度齐全，但未培训")));
        assertTrue(shown.get().stream().anyMatch(t -> t.contains("李四") && t.contains("执行记录只覆盖两个月")));
        assertTrue(robot.lookup("各评估员的备注").tryQuery().isPresent(), "the section's title in Chinese");

        robot.interact(() -> window.workspace().select(8));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> visible.set(section() != null && section().isVisible()));
        assertFalse(visible.get(), "an item without notes by raters shows no section");
    }

    @Test
    void theSectionFollowsTheLanguage(FxRobot robot) {
        robot.interact(() -> window.context().languageProperty().set(Language.EN));
        robot.interact(() -> window.workspace().select(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Notes by rater").tryQuery().isPresent());
    }
}
