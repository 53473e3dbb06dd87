package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Language;
import io.ccmm.ui.workspace.ItemFilter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds the window in the other language and keeps what the user was looking at: the item, the
 * tab, the filters, where the navigator was scrolled to, and the keyboard on the workspace.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsTest {

    private TestMainWindow main;

    @Start
    void start(Stage stage) {
        main = TestMainWindow.open(stage, TestSessions.empty(), Language.ZH);
    }

    @Test
    void theCurrentItemIsKept(FxRobot robot) {
        robot.interact(() -> main.window().workspace().select(34));
        main.switchTo(robot, Language.EN);
        assertEquals(34, main.window().workspace().currentItem().id());
        TreeView<?> navigator = main.find(".navigator", TreeView.class);
        assertNotNull(navigator.getSelectionModel().getSelectedItem(), "the item is selected in the navigator");
    }

    @Test
    void theSelectedTabIsKept(FxRobot robot) {
        robot.interact(
                () -> main.find(".main-tabs", TabPane.class).getSelectionModel().select(2));
        main.switchTo(robot, Language.EN);
        assertEquals(
                2, main.find(".main-tabs", TabPane.class).getSelectionModel().getSelectedIndex());
    }

    @Test
    void theWorkspaceFiltersAreKept(FxRobot robot) {
        robot.interact(() -> {
            main.window().workspace().filterProperty().set(ItemFilter.values()[1]);
            main.window().workspace().searchProperty().set("投诉");
        });
        main.switchTo(robot, Language.EN);
        assertEquals(
                ItemFilter.values()[1],
                main.window().workspace().filterProperty().get());
        assertEquals(
                ItemFilter.values()[1], main.find("#filterBox", ComboBox.class).getValue());
        assertEquals("投诉", main.find(".search-field", TextField.class).getText());
    }

    @Test
    void theOverviewFiltersAreKept(FxRobot robot) {
        robot.interact(() -> {
            main.find(".main-tabs", TabPane.class).getSelectionModel().select(1);
            main.find(".overview-filter", TextField.class).setText("12");
            @SuppressWarnings("unchecked")
            ComboBox<ItemFilter> kind = main.find(".overview-kind-filter", ComboBox.class);
            kind.setValue(ItemFilter.values()[2]);
        });
        main.switchTo(robot, Language.EN);
        robot.interact(
                () -> main.find(".main-tabs", TabPane.class).getSelectionModel().select(1));
        assertEquals("12", main.find(".overview-filter", TextField.class).getText());
        assertEquals(
                ItemFilter.values()[2],
                main.find(".overview-kind-filter", ComboBox.class).getValue());
    }

    @Test
    void theOverviewFiltersAreKeptWhileTheRateTabIsShown(FxRobot robot) {
        robot.interact(() -> {
            main.find(".main-tabs", TabPane.class).getSelectionModel().select(1);
            main.find(".overview-filter", TextField.class).setText("12");
            main.find(".main-tabs", TabPane.class).getSelectionModel().select(0);
        });
        main.switchTo(robot, Language.EN);
        assertEquals("12", main.find(".overview-filter", TextField.class).getText(), "kept out of sight too");
        robot.interact(
                () -> main.find(".main-tabs", TabPane.class).getSelectionModel().select(1));
        assertEquals("12", main.find(".overview-filter", TextField.class).getText());
    }

    @Test
    void theCardStaysScrolledWhereItWas(FxRobot robot) {
        robot.interact(() -> {
            main.stage().setHeight(600); // room for only part of the card
            main.find(".card-scroll", javafx.scene.control.ScrollPane.class).setVvalue(1.0); // down to the note
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noteInView(robot), "the note is in view before the switch");
        main.switchTo(robot, Language.EN);
        assertTrue(noteInView(robot), "the note is still in view after the switch");
        main.switchTo(robot, Language.ZH);
        assertTrue(noteInView(robot), "and after switching back");
    }

    /** Whether the note area lies within the card's visible part. */
    private boolean noteInView(FxRobot robot) {
        AtomicReference<Boolean> inView = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane card = main.find(".card-scroll", javafx.scene.control.ScrollPane.class);
            javafx.scene.Node note = main.find(".note-area", javafx.scene.control.TextArea.class);
            javafx.geometry.Bounds viewport = card.localToScene(card.getLayoutBounds());
            javafx.geometry.Bounds shown = note.localToScene(note.getLayoutBounds());
            inView.set(shown.getMinY() >= viewport.getMinY() - 1 && shown.getMaxY() <= viewport.getMaxY() + 1);
        });
        return inView.get();
    }

    @Test
    void theNavigatorStaysScrolledWhereItWas(FxRobot robot) {
        AtomicInteger top = new AtomicInteger();
        robot.interact(() -> {
            TreeView<?> navigator = main.find(".navigator", TreeView.class);
            expandAll(navigator.getRoot()); // the user opened every area
            navigator.scrollTo(120); // far from the current item (the first)
            navigator.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> top.set(firstVisibleRow()));
        assertNotEquals(0, top.get(), "the navigator was scrolled");
        main.switchTo(robot, Language.EN);
        AtomicInteger after = new AtomicInteger();
        robot.interact(() -> after.set(firstVisibleRow()));
        assertEquals(top.get(), after.get(), "the first row shown after the switch");
    }

    private static void expandAll(javafx.scene.control.TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(LanguageSwitchKeepsTest::expandAll);
    }

    private int firstVisibleRow() {
        VirtualFlow<?> flow =
                (VirtualFlow<?>) main.find(".navigator", TreeView.class).lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @Test
    void theKeysWorkRightAfterASwitchFromTheMenu(FxRobot robot) {
        robot.interact(() -> main.window().workspace().select(7));
        // Through the menu, as a user does: the menu item takes the click, the window must give the keys back.
        AtomicReference<javafx.scene.control.MenuItem> english = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.MenuBar bar = main.find(".menu-bar", javafx.scene.control.MenuBar.class);
            bar.getMenus().stream()
                    .flatMap(m -> flatten(m).stream())
                    .filter(i -> i.getId() != null && i.getId().equals("languageEn"))
                    .findFirst()
                    .ifPresent(english::set);
        });
        assertNotNull(english.get(), "the English menu item");
        robot.interact(() -> english.get().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.EN, main.window().language());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(main.session().ratings().get(7), "the C key rated the current item without a click");
        assertEquals(Rate.FULL, main.session().ratings().get(7).c());
    }

    private static java.util.List<javafx.scene.control.MenuItem> flatten(javafx.scene.control.Menu menu) {
        java.util.List<javafx.scene.control.MenuItem> all = new java.util.ArrayList<>();
        for (javafx.scene.control.MenuItem i : menu.getItems()) {
            all.add(i);
            if (i instanceof javafx.scene.control.Menu sub) {
                all.addAll(flatten(sub));
            }
        }
        return all;
    }
}
