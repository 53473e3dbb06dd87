package io.ccmm.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Sizes, dress and closing of the app's secondary windows. */
public final class Windows {

    private Windows() {}

    /**
     * Gives a window a minimum size near the size its scene was built for (never more than most of the screen). Some
     * window managers (openbox, for one) map a new window as small as its minimum; without one, a guide or a table
     * opens at a couple of hundred pixels with its buttons cut.
     */
    public static void keepSceneSize(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(scene.getWidth() * 0.8, screen.getWidth() * 0.9));
        stage.setMinHeight(Math.min(scene.getHeight() * 0.8, screen.getHeight() * 0.9));
    }

    /**
     * Dresses a secondary window like its owner: the same stylesheets (the app's fonts, including the bundled Chinese
     * one, its styles and the light or dark theme). A window without them falls back to the toolkit's default font.
     */
    public static void dressLike(Stage stage, javafx.stage.Window owner) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            Theme.addAppStylesheet(scene);
        }
    }

    /** The platform's close-window shortcut: Ctrl+W, Cmd+W on macOS. */
    public static final KeyCombination CLOSE_SHORTCUT = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    /**
     * Lets a secondary window be closed from the keyboard, with Esc or the platform's close shortcut: without a window
     * manager (a bare X server, a kiosk session) it has no frame and no close button. The key asks the window to close
     * exactly as its frame's close button would, so whatever the window does before it closes (keeping what was typed,
     * asking first) happens on the key too. Esc stays with a control that is using it: an open drop-down, a cell being
     * edited. (Lists and tables swallow Esc even when nothing is edited, so the window looks before they do.)
     */
    public static void closable(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean escape = e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            boolean close = CLOSE_SHORTCUT.match(e) || (escape && !usesEscape(stage.getScene()));
            if (close && stage.isShowing()) {
                e.consume();
                requestClose(stage);
            }
        });
    }

    /** Whether the focused control of {@code scene} needs Esc itself: to close its drop-down or cancel an edit. */
    private static boolean usesEscape(Scene scene) {
        for (Node n = scene == null ? null : scene.getFocusOwner(); n != null; n = n.getParent()) {
            boolean busy = (n instanceof ComboBoxBase<?> box && box.isShowing())
                    || (n instanceof ListView<?> list && list.getEditingIndex() >= 0)
                    || (n instanceof TableView<?> table && table.getEditingCell() != null)
                    || (n instanceof TreeView<?> tree && tree.getEditingItem() != null)
                    || (n instanceof TreeTableView<?> treeTable && treeTable.getEditingCell() != null);
            if (busy) {
                return true;
            }
        }
        return false;
    }

    /** Asks {@code stage} to close as its frame's close button does: a close-request handler may keep it open. */
    public static void requestClose(Stage stage) {
        // Unless a handler consumes the request, the window's own dispatcher hides the window.
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Ends the application the way closing its main window would: the main window is asked to close first, so whatever
     * its close button does (keeping the note being typed, a secondary window asking about text typed and not added)
     * happens on File › Exit too; only when it did close, {@code exit} runs. A question answered with Cancel keeps
     * everything open.
     */
    public static void closeThenExit(Stage main, Runnable exit) {
        requestClose(main);
        if (!main.isShowing()) {
            exit.run();
        }
    }
}
