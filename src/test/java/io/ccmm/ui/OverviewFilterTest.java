package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.ui.workspace.ItemFilter;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview table filters by what the navigator filters by, not applicable included, together with the text. */
@ExtendWith(ApplicationExtension.class)
class OverviewFilterTest {

    @Start
    void start(Stage stage) {
        CcmmApplication.open(
                stage,
                TestSessions.with(List.of(
                        Rating.notApplicable(12, "本中心不承担该项业务"),
                        Rating.notApplicable(40, "不适用于政务热线"),
                        Rating.of(41, Rate.FULL, Rate.NONE))),
                Language.ZH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void notApplicableItemsAndTheTextFilterTogether(FxRobot robot) {
        robot.clickOn("总览");
        TableView<AssessmentItem> table = robot.lookup(".overview-table").queryAs(TableView.class);
        ComboBox<ItemFilter> kind = robot.lookup(".overview-kind-filter").queryAs(ComboBox.class);
        assertEquals(170, table.getItems().size());

        robot.interact(() -> kind.setValue(ItemFilter.NOT_APPLICABLE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(12, 40), ids(table));

        TextField text = robot.lookup(".overview-filter").queryAs(TextField.class);
        robot.interact(() -> text.setText("40"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(40), ids(table));

        robot.interact(() -> {
            text.setText("");
            kind.setValue(ItemFilter.ANY_ZERO);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(41), ids(table));
    }

    private static List<Integer> ids(TableView<AssessmentItem> table) {
        return table.getItems().stream().map(AssessmentItem::id).sorted().toList();
    }
}
