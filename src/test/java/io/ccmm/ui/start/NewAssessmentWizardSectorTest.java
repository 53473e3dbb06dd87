package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.Sector;
import io.ccmm.ui.TestDialogs;
import io.ccmm.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard shows what the sector marks not applicable; the user unticks one and creates with the rest. */
@ExtendWith(ApplicationExtension.class)
class NewAssessmentWizardSectorTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingTheSectorListsTheNotApplicableItemsAndOneCanBeKept(FxRobot robot) throws Exception {
        Messages zh = Messages.of(Language.ZH);
        CompletableFuture<Optional<NewAssessmentViewModel.NewAssessment>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(NewAssessmentDialog.show(stage, zh)));
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();

        robot.interact(() ->
                robot.from(pane).lookup("#wizard-name").queryAs(TextField.class).setText("某市12345热线"));
        ComboBox<Industry> industry = robot.from(pane).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> industry.setValue(Industry.UTILITY));
        robot.interact(() -> industry.setValue(Industry.GOVERNMENT_HOTLINE));
        ListView<NotApplicableChoice> list =
                robot.from(pane).lookup("#wizard-na-list").queryAs(ListView.class);
        long expected = CatalogLoader.bundled().catalog().items().stream()
                .filter(i -> !i.appliesTo(Sector.GOVERNMENT_HOTLINE))
                .count();
        assertEquals(expected, list.getItems().size());
        assertTrue(list.isVisible());
        String heading = robot.from(pane)
                .lookup("#wizard-na-heading")
                .queryAs(Label.class)
                .getText();
        assertTrue(heading.contains("（" + expected + " 项）"), heading);

        // The first item's tick box, as the user sees it, unticked by a click.
        NotApplicableChoice first = list.getItems().get(0);
        CheckBox box = robot.from(list).lookup(".check-box").queryAs(CheckBox.class);
        assertTrue(box.isSelected());
        robot.interact(box::fire);
        assertFalse(first.marked().get());

        robot.interact(() -> ((Button) TestDialogs.ok(pane)).fire());
        List<Rating> marked = answer.get(10, TimeUnit.SECONDS).orElseThrow().notApplicable();
        assertEquals(expected - 1, marked.size());
        assertTrue(marked.stream().noneMatch(r -> r.item() == first.item()));
        assertTrue(marked.stream()
                .allMatch(r -> r.notApplicable() && !r.justification().isBlank()));
    }
}
