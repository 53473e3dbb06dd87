package io.ccmm.ui.explain;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.explain.Explainer;
import io.ccmm.explain.Explanation;
import io.ccmm.explain.WhatIf;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The explanation of one level, and the what-if: ratings changed by hand are laid over a copy of the round's ratings
 * and rescored. It holds no session and no file, only a way to read the ratings, so nothing here can save.
 */
public final class ExplanationViewModel {

    private final ReadinessEngine engine;
    private final Explainer explainer;
    private final Supplier<Map<Integer, Rating>> ratings;
    private final OptionalInt years;
    private final IntegerProperty level = new SimpleIntegerProperty(1);
    private final ObservableMap<Integer, Rating> changes;
    private final ReadOnlyObjectWrapper<ReadinessResult> before = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReadinessResult> after = new ReadOnlyObjectWrapper<>();
    /** Rescores on every change tried or forgotten, until {@link #dispose()}. */
    private final javafx.collections.MapChangeListener<Integer, Rating> onChange = c -> rescoreWhatIf();

    public ExplanationViewModel(
            ReadinessEngine engine, Supplier<Map<Integer, Rating>> ratings, OptionalInt years, int level) {
        this(engine, ratings, years, level, FXCollections.observableHashMap());
    }

    /** With the ratings already tried by hand in {@code changes} (kept elsewhere, e.g. with the open round). */
    public ExplanationViewModel(
            ReadinessEngine engine,
            Supplier<Map<Integer, Rating>> ratings,
            OptionalInt years,
            int level,
            ObservableMap<Integer, Rating> changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.explainer = Explainer.of(engine);
        this.ratings = ratings;
        this.years = years;
        this.level.set(level);
        refresh();
        changes.addListener(onChange);
    }

    /** Stops following the changes: they may be kept longer than this view model (with the open round). */
    public void dispose() {
        changes.removeListener(onChange);
    }

    /** Reads the round's ratings again (after a change in the window) and rescoring both sides. */
    public void refresh() {
        before.set(engine.score(ratings.get(), years, OptionalInt.empty()));
        rescoreWhatIf();
    }

    private void rescoreWhatIf() {
        after.set(
                changes.isEmpty()
                        ? before.get()
                        : engine.score(WhatIf.apply(ratings.get(), changes), years, OptionalInt.empty()));
    }

    /** Tries item {@code item} at {@code c}/{@code f} for a moment; the round's own rating is never changed. */
    public void tryRating(int item, Rate c, Rate f) {
        Rating now = ratings.get().get(item);
        String note = now == null ? "" : now.note();
        changes.put(item, new Rating(item, c, f, note));
    }

    public void forget(int item) {
        changes.remove(item);
    }

    public void clearChanges() {
        changes.clear();
    }

    public ObservableMap<Integer, Rating> changes() {
        return changes;
    }

    /** The explanation of the ratings with the what-if changes (the round's own when there are none). */
    public Explanation explanation() {
        return explainer.explain(after.get());
    }

    public List<WhatIf.LevelChange> effect() {
        return WhatIf.compare(before.get(), after.get());
    }

    public ReadinessResult current() {
        return before.get();
    }

    public ReadOnlyObjectProperty<ReadinessResult> whatIfProperty() {
        return after.getReadOnlyProperty();
    }

    public IntegerProperty levelProperty() {
        return level;
    }

    public ReadinessEngine engine() {
        return engine;
    }
}
