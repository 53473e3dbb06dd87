package io.ccmm.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The lifetime of one view: every listener the view adds to something that outlives it (a view model, the window) is
 * registered here and removed when the view goes, so a replaced view never reacts again.
 */
public final class ViewLifetime {

    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean disposed;

    /** Calls {@code action} with every new value of {@code value} while the view lives. */
    public <T> void onChange(ObservableValue<T> value, Consumer<? super T> action) {
        add(value.subscribe((old, now) -> action.accept(now)));
    }

    /** Runs {@code action} on every invalidation of {@code observable} while the view lives. */
    public void onInvalidated(Observable observable, Runnable action) {
        add(observable.subscribe(action));
    }

    /** Binds a control's property both ways to a view model's property while the view lives. */
    public <T> void bindBidirectional(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        add(() -> control.unbindBidirectional(model));
    }

    /**
     * Runs {@code action} once, as soon as {@code node} is in a window that shows: at once if it already is, else
     * right after its window is shown (the window has been handed to the screen; the action runs before the frames
     * the FX thread draws after it). Never once the view is gone.
     */
    public void whenShown(Node node, Runnable action) {
        ObservableValue<Boolean> showing = node.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        if (showing.getValue()) {
            action.run();
            return;
        }
        Subscription[] once = new Subscription[1];
        once[0] = showing.subscribe(now -> {
            if (now && once[0] != null) {
                once[0].unsubscribe();
                once[0] = null;
                // Run after show() has returned, so the window reaches the screen before the action's work.
                Platform.runLater(() -> {
                    if (!disposed) {
                        action.run();
                    }
                });
            }
        });
        add(() -> {
            if (once[0] != null) {
                once[0].unsubscribe();
            }
        });
    }

    public void add(Subscription subscription) {
        if (disposed) {
            subscription.unsubscribe();
            return;
        }
        subscriptions.add(subscription);
    }

    public boolean isDisposed() {
        return disposed;
    }

    /** Removes every listener of the view; later registrations are removed at once. */
    public void dispose() {
        disposed = true;
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
