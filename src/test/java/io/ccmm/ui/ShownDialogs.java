package io.ccmm.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog a window test waits for: the first showing window whose content is a dialog pane. */
public final class ShownDialogs {

    private ShownDialogs() {}

    /** The dialog shown now, or null; call on the FX thread. */
    public static DialogPane shown() {
        return Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst()
                .orElse(null);
    }

    /** Waits up to ten seconds for a dialog to show and returns it. */
    public static DialogPane await() throws Exception {
        return await(10);
    }

    /** Waits up to {@code seconds} for a dialog to show (one at the end of background work, say) and returns it. */
    public static DialogPane await(long seconds) throws Exception {
        WaitForAsyncUtils.waitFor(
                seconds,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get() != null);
        return WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get();
    }

    /** Whether {@code node} (a part of a dialog) and everything around it are visible. */
    public static boolean visible(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
