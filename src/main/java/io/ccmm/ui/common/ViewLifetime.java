package io.ccmm.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
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
