package io.ccmm.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control, for controls of the first window: the first tooltip made in
 * a process sets up JavaFX's popup windows (about 12 ms on the FX thread, BENCHMARKS.md "Window start, run 7"), which
 * the window need not wait for. The text is the control's accessible help from the start, as a tooltip's would be.
 */
public final class HoverTooltip {

    private HoverTooltip() {}

    /** Gives {@code control} the tooltip {@code text} once the pointer first enters it. */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
