package io.ccmm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.OpenMode;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamFiles;
import io.ccmm.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The conflict view, resolved by keyboard only: take one assessor's value, then another's by number. */
@ExtendWith(ApplicationExtension.class)
class ConflictViewTest {

    private static Path file;
    private static long roundId;
    private AssessmentFile master;
    private Stage owner;

    /** Two field copies that disagree on items 2 and 5, merged (off the FX thread: files take their time). */
    @BeforeAll
    static void mergeTwoCopies() throws Exception {
        Path dir = Files.createTempDirectory("ccmm-conflicts");
        file = dir.resolve("master.ccmm");
        try (AssessmentFile f = AssessmentFile.create(
                file, new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7)))) {
            roundId = f.createRound(new RoundInfo("2026 自评", "2026-03-01", List.of(), OptionalInt.of(3)))
                    .id();
        }
        Path a = dir.resolve("a.ccmm");
        Path b = dir.resolve("b.ccmm");
        TeamFiles.handOut(file, OptionalLong.empty(), "张三", Scope.ALL, a);
        TeamFiles.handOut(file, OptionalLong.empty(), "李四", Scope.ALL, b);
        rate(a, Rating.of(2, Rate.FULL, Rate.FULL), Rating.of(5, Rate.NONE, Rate.NONE));
        rate(b, Rating.of(2, Rate.PARTIAL, Rate.FULL), Rating.of(5, Rate.PARTIAL, Rate.NONE));
        TeamFiles.merge(file, List.of(a, b), OptionalLong.empty());
    }

    @Start
    void start(Stage stage) throws Exception {
        master = AssessmentFile.open(file, OpenMode.READ_WRITE);
        master.actAs("组长");
        ConflictView view = new ConflictView(new ConflictViewModel(master, roundId), Messages.of(Language.ZH));
        stage.setScene(new Scene(view.root(), 900, 500));
        io.ccmm.ui.common.Theme.addAppStylesheet(stage.getScene());
        owner = stage;
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        master.close();
    }

    @Test
    void resolvedByKeyboardAndAudited(FxRobot robot) throws Exception {
        ListView<?> items = robot.lookup("#team-conflict-items").queryAs(ListView.class);
        TableView<?> sides = robot.lookup("#team-conflict-sides").queryAs(TableView.class);
        assertEquals(2, items.getItems().size());
        robot.interact(items::requestFocus);
        // Item 2 is selected; each assessor's value side by side, 张三 before 李四.
        assertEquals(2, sides.getItems().size());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(2, Rate.PARTIAL, Rate.FULL), master.rating(roundId, 2), "李四's value was taken");
        // Item 5 is next; "1" takes the first assessor's value.
        assertEquals(1, items.getItems().size());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(5, Rate.NONE, Rate.NONE), master.rating(roundId, 5), "张三's value was taken");
        assertTrue(master.conflicts(roundId).stream().allMatch(Conflict::resolved));
        assertEquals(0, items.getItems().size());
        // Empty now: both lists say so in the window's language, not in the toolkit's words.
        assertEquals("没有待解决的冲突。", ((javafx.scene.control.Label) items.getPlaceholder()).getText());
        assertEquals("选择左侧的冲突条目，查看各评估员的评分。", ((javafx.scene.control.Label) sides.getPlaceholder()).getText());
        assertTrue(master.auditTrail(roundId, 2).stream()
                .anyMatch(e -> e.who().equals("组长") && e.newValue().contains("pick 李四")));
    }

    @Test
    void theAgreementWindowIsDressedLikeTheAppAndItsEnglishHeadingsAreWhole(FxRobot robot) {
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            try {
                shown[0] = AgreementView.show(
                        owner,
                        master,
                        roundId,
                        io.ccmm.catalog.CatalogLoader.bundled().catalog(),
                        Messages.of(Language.EN));
            } catch (io.ccmm.storage.StorageException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = shown[0].getScene();
        assertEquals(owner.getScene().getStylesheets(), scene.getStylesheets(), "the app's fonts and styles");
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".column-header .label")) {
            javafx.scene.control.Label heading = (javafx.scene.control.Label) n;
            assertTrue(
                    heading.getWidth() >= heading.prefWidth(-1) - 0.5,
                    "“" + heading.getText() + "” is cut: " + heading.getWidth() + " < " + heading.prefWidth(-1));
        }
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".table-cell")) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
            if (cell.getText() != null && !cell.getText().isEmpty()) {
                assertTrue(
                        cell.getWidth() >= cell.prefWidth(-1) - 0.5,
                        "“" + cell.getText() + "” is cut: " + cell.getWidth() + " < " + cell.prefWidth(-1));
            }
        }
        robot.interact(shown[0]::close);
    }

    private static void rate(Path copy, Rating... ratings) throws Exception {
        try (AssessmentFile c = AssessmentFile.open(copy, OpenMode.READ_WRITE)) {
            long id = c.rounds().get(0).id();
            for (Rating r : ratings) {
                c.saveRating(id, r);
            }
        }
    }
}
