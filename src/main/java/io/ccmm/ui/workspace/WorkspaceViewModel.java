package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The rating workspace: which item is shown, its ratings, keyboard actions, filters and search. Kept across language
 * switches; testable without the JavaFX toolkit.
 */
public final class WorkspaceViewModel {

    private final RoundSession session;
    private final Catalog catalog;
    private final ObjectProperty<Language> language;
    private final ObservableMap<Integer, Rating> ratings = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<AssessmentItem> currentItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rating> currentRating = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty ratedCount = new SimpleIntegerProperty();
    private final LongProperty revision = new SimpleLongProperty();
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(true);
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.ALL);
    private final IntegerProperty levelFilter = new SimpleIntegerProperty(0);
    private final StringProperty moduleFilter = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(true);

    public WorkspaceViewModel(RoundSession session, ObjectProperty<Language> language) {
        this.session = session;
        this.catalog = session.catalog();
        this.language = language;
        ratings.putAll(session.ratings());
        ratedCount.set((int) ratings.values().stream().filter(Rating::isRated).count());
        currentItem.set(catalog.items().get(0));
        currentItem.addListener((o, old, now) -> currentRating.set(rating(now.id())));
        currentRating.set(rating(currentItem.get().id()));
    }

    public RoundSession session() {
        return session;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Rating rating(int itemId) {
        Rating r = ratings.get(itemId);
        return r == null ? Rating.unrated(itemId) : r;
    }

    /** Every rating in force, by item id; unrated items absent. */
    public ObservableMap<Integer, Rating> ratings() {
        return FXCollections.unmodifiableObservableMap(ratings);
    }

    public ReadOnlyObjectProperty<AssessmentItem> currentItemProperty() {
        return currentItem.getReadOnlyProperty();
    }

    public AssessmentItem currentItem() {
        return currentItem.get();
    }

    public ReadOnlyObjectProperty<Rating> currentRatingProperty() {
        return currentRating.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty ratedCountProperty() {
        return ratedCount;
    }

    public int totalItems() {
        return catalog.items().size();
    }

    /** Increases on every change of any rating: the dashboard rescored on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public BooleanProperty autoAdvanceProperty() {
        return autoAdvance;
    }

    public ObjectProperty<ItemFilter> filterProperty() {
        return filter;
    }

    public IntegerProperty levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty moduleFilterProperty() {
        return moduleFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The last storage problem in words, "" when all is saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return session.readOnly();
    }

    // ---- navigation

    public void select(int itemId) {
        catalog.item(itemId).ifPresent(currentItem::set);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        List<AssessmentItem> visible = visibleItems();
        if (visible.isEmpty()) {
            return;
        }
        int at = visible.indexOf(currentItem.get());
        int target = at < 0 ? 0 : Math.max(0, Math.min(visible.size() - 1, at + direction));
        currentItem.set(visible.get(target));
    }

    /** Moves to the next unrated item after the current one, wrapping around; false when all are rated. */
    public boolean nextUnrated() {
        List<AssessmentItem> items = catalog.items();
        int start = items.indexOf(currentItem.get());
        for (int k = 1; k <= items.size(); k++) {
            AssessmentItem candidate = items.get((start + k) % items.size());
            if (!rating(candidate.id()).isRated()) {
                currentItem.set(candidate);
                return true;
            }
        }
        return false;
    }

    // ---- rating

    public void rateC(Rate rate) {
        apply(rating(currentItem.get().id()).withC(rate), true);
    }

    public void rateF(Rate rate) {
        apply(rating(currentItem.get().id()).withF(rate), true);
    }

    public void setNote(int itemId, String note) {
        apply(rating(itemId).withNote(note == null ? "" : note), false);
    }

    /** Sets one or both angles of many items at once (overview multi-select); a null rate leaves that angle. */
    public void rateMany(List<Integer> itemIds, Rate c, Rate f) {
        for (int id : itemIds) {
            Rating r = rating(id);
            if (c != null) {
                r = r.withC(c);
            }
            if (f != null) {
                r = r.withF(f);
            }
            if (!store(r)) {
                return;
            }
        }
    }

    public void rate(int itemId, Rate c, Rate f) {
        rateMany(List.of(itemId), c, f);
    }

    private void apply(Rating updated, boolean mayAdvance) {
        boolean wasRated = rating(updated.item()).isRated();
        if (!store(updated)) {
            return;
        }
        if (mayAdvance && autoAdvance.get() && !wasRated && updated.isRated()) {
            nextUnratedOrStay();
        }
    }

    private void nextUnratedOrStay() {
        AssessmentItem here = currentItem.get();
        if (!nextUnrated()) {
            currentItem.set(here);
        }
    }

    private boolean store(Rating updated) {
        if (session.readOnly()) {
            problem.set("readOnly");
            return false;
        }
        if (updated.equals(rating(updated.item()))) {
            return true;
        }
        try {
            session.save(updated);
        } catch (RoundSession.SessionException e) {
            problem.set(e.getMessage());
            saved.set(false);
            return false;
        }
        put(updated);
        return true;
    }

    private void put(Rating r) {
        Rating before = rating(r.item());
        if (r.isEmpty()) {
            ratings.remove(r.item());
        } else {
            ratings.put(r.item(), r);
        }
        ratedCount.set(ratedCount.get() - (before.isRated() ? 1 : 0) + (r.isRated() ? 1 : 0));
        if (currentItem.get().id() == r.item()) {
            currentRating.set(rating(r.item()));
        }
        problem.set("");
        saved.set(true);
        revision.set(revision.get() + 1);
    }

    public boolean undo() {
        return replay(true);
    }

    public boolean redo() {
        return replay(false);
    }

    private boolean replay(boolean back) {
        try {
            Optional<Rating> r = back ? session.undo() : session.redo();
            r.ifPresent(rating -> {
                put(rating);
                select(rating.item());
            });
            return r.isPresent();
        } catch (RoundSession.SessionException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    // ---- filters and search

    /** Items passing the current filter, level, module and search, in catalog order. */
    public List<AssessmentItem> visibleItems() {
        Predicate<AssessmentItem> p = visiblePredicate();
        return catalog.items().stream().filter(p).toList();
    }

    public Predicate<AssessmentItem> visiblePredicate() {
        ItemFilter f = filter.get();
        int level = levelFilter.get();
        String module = moduleFilter.get();
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return item -> f.test(item, rating(item.id()))
                && (level == 0 || item.level() == level)
                && (module == null || module.isEmpty() || module.equals(item.module()))
                && matches(item, query);
    }

    /** Number ("37"), or text in either language, in title, requirement or evidence. */
    static boolean matches(AssessmentItem item, String query) {
        if (query.isEmpty()) {
            return true;
        }
        if (query.chars().allMatch(Character::isDigit)) {
            return String.valueOf(item.id()).equals(query);
        }
        return contains(item.title().zh(), query)
                || contains(item.title().en(), query)
                || contains(item.requirement().zh(), query)
                || contains(item.requirement().en(), query)
                || item.evidence().stream().anyMatch(e -> contains(e.zh(), query) || contains(e.en(), query));
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
