package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
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
    /**
     * One read-only view for every caller, kept as long as the view model: JavaFX's unmodifiable map reaches its
     * listeners through a weak listener on the backing map, so a wrapper made per call (and then unreferenced) drops
     * every listener added to it at the next garbage collection.
     */
    private final ObservableMap<Integer, Rating> readOnlyRatings = FXCollections.unmodifiableObservableMap(ratings);

    private final ReadOnlyObjectWrapper<AssessmentItem> currentItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rating> currentRating = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty ratedCount = new SimpleIntegerProperty();
    private final IntegerProperty decidedCount = new SimpleIntegerProperty();
    private final LongProperty revision = new SimpleLongProperty();
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(true);
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.ALL);
    private final IntegerProperty levelFilter = new SimpleIntegerProperty(0);
    private final StringProperty moduleFilter = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(true);
    private final Deque<List<Change>> undoStack = new ArrayDeque<>();
    private final Deque<List<Change>> redoStack = new ArrayDeque<>();
    private NoteDraft noteDraft;
    private NoteDraft justificationDraft;
    private boolean cPressed;
    private boolean fPressed;
    private final TeamMarks team;

    /** One rating changed by the user: what undo puts back and redo applies again. */
    private record Change(Rating before, Rating after) {}

    /** A note being typed: it belongs to its item, whichever item is shown when it is saved. */
    public record NoteDraft(int item, String text) {}

    public WorkspaceViewModel(RoundSession session, ObjectProperty<Language> language) {
        this.session = session;
        this.catalog = session.catalog();
        this.language = language;
        ratings.putAll(session.ratings());
        team = session.teamMarks();
        ratedCount.set((int) ratings.values().stream().filter(Rating::isRated).count());
        decidedCount.set(
                (int) ratings.values().stream().filter(Rating::isDecided).count());
        currentItem.set(catalog.items().get(0));
        currentItem.addListener((o, old, now) -> {
            cPressed = false;
            fPressed = false;
            currentRating.set(rating(now.id()));
        });
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
        return readOnlyRatings;
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

    /** Items rated or marked not applicable: nothing left to decide for them (the completion figure). */
    public ReadOnlyIntegerProperty decidedCountProperty() {
        return decidedCount;
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
        flushNote();
        catalog.item(itemId).ifPresent(currentItem::set);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        flushNote();
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
        flushNote();
        List<AssessmentItem> items = catalog.items();
        int start = items.indexOf(currentItem.get());
        for (int k = 1; k <= items.size(); k++) {
            AssessmentItem candidate = items.get((start + k) % items.size());
            if (!rating(candidate.id()).isDecided()) {
                currentItem.set(candidate);
                return true;
            }
        }
        return false;
    }

    // ---- rating

    /** Sets C-Rate of the shown item; after both angles were pressed on it, the card moves on. */
    public void rateC(Rate rate) {
        flushNote();
        if (store(List.of(rating(currentItem.get().id()).withC(rate)))) {
            cPressed = true;
            advanceWhenBothPressed();
        }
    }

    /** Sets F-Rate of the shown item; after both angles were pressed on it, the card moves on. */
    public void rateF(Rate rate) {
        flushNote();
        if (store(List.of(rating(currentItem.get().id()).withF(rate)))) {
            fPressed = true;
            advanceWhenBothPressed();
        }
    }

    // ---- not applicable

    /** Whether the rules let an item be marked not applicable at all. */
    public boolean notApplicableAllowed() {
        return session.rules().notApplicable().allowed();
    }

    /** The justification the catalog suggests for {@code itemId} in the user's language, "" when it has none. */
    public String suggestedJustification(int itemId) {
        return catalog.item(itemId)
                .flatMap(AssessmentItem::hint)
                .map(h -> h.get(language.get()))
                .orElse("");
    }

    /**
     * Marks the shown item not applicable with its justification, as one undoable step; false (and the reason shown)
     * when the rules allow no N/A, the justification is blank or too long, or it could not be saved.
     */
    public boolean markNotApplicable(String justification) {
        flushNote();
        String text = justification == null ? "" : justification.strip();
        Messages m = Messages.of(language.get());
        if (!notApplicableAllowed()) {
            problem.set(m.get("workspace.na.notAllowed"));
            return false;
        }
        if (text.isEmpty()) {
            problem.set(m.get("workspace.na.justificationRequired"));
            return false;
        }
        if (text.length() > Rating.MAX_TEXT_LENGTH) {
            problem.set(m.get("workspace.na.justificationTooLong", Rating.MAX_TEXT_LENGTH));
            return false;
        }
        return store(List.of(rating(currentItem.get().id()).withNotApplicable(text)));
    }

    /** Takes N/A back from the shown item: it is unrated again, its justification kept. */
    public boolean markApplicable() {
        flushNote();
        Rating r = rating(currentItem.get().id());
        return r.notApplicable() && store(List.of(r.withApplicable()));
    }

    /** Keeps what is typed in an N/A item's justification as a draft of {@code itemId}; saved like a note. */
    public void editJustification(int itemId, String text) {
        String value = text == null ? "" : text;
        justificationDraft = value.equals(rating(itemId).justification()) ? null : new NoteDraft(itemId, value);
    }

    /** The justification being typed, if any. */
    public java.util.Optional<NoteDraft> justificationDraft() {
        return java.util.Optional.ofNullable(justificationDraft);
    }

    /** Keeps what is typed in a note as a draft of {@code itemId}; saved by {@link #flushNote()}. */
    public void editNote(int itemId, String text) {
        String value = text == null ? "" : text;
        noteDraft = value.equals(rating(itemId).note()) ? null : new NoteDraft(itemId, value);
    }

    /** The note being typed, if any. */
    public java.util.Optional<NoteDraft> noteDraft() {
        return java.util.Optional.ofNullable(noteDraft);
    }

    /**
     * Saves the pending note and justification drafts under their own items; called before anything else changes. A
     * justification emptied by the user is not saved (an N/A item keeps a justification).
     */
    public void flushNote() {
        NoteDraft draft = noteDraft;
        noteDraft = null;
        if (draft != null) {
            store(List.of(rating(draft.item()).withNote(draft.text())));
        }
        NoteDraft why = justificationDraft;
        justificationDraft = null;
        if (why != null) {
            Rating r = rating(why.item());
            String text = why.text().strip();
            if (r.notApplicable() && !text.isEmpty() && text.length() <= Rating.MAX_TEXT_LENGTH) {
                store(List.of(r.withJustification(text)));
            }
        }
        flushAction();
    }

    public void setNote(int itemId, String note) {
        flushNote();
        store(List.of(rating(itemId).withNote(note == null ? "" : note)));
    }

    /** Sets one or both angles of many items at once (overview multi-select); a null rate leaves that angle. */
    public void rateMany(List<Integer> itemIds, Rate c, Rate f) {
        flushNote();
        List<Rating> updated = new ArrayList<>();
        for (int id : itemIds) {
            Rating r = rating(id);
            if (c != null) {
                r = r.withC(c);
            }
            if (f != null) {
                r = r.withF(f);
            }
            updated.add(r);
        }
        store(updated);
    }

    public void rate(int itemId, Rate c, Rate f) {
        rateMany(List.of(itemId), c, f);
    }

    private void advanceWhenBothPressed() {
        if (!(cPressed && fPressed)
                || !autoAdvance.get()
                || !rating(currentItem.get().id()).isRated()) {
            return;
        }
        AssessmentItem here = currentItem.get();
        // A re-assessment round has every item rated: then the card moves to the next item in order.
        if (!nextUnrated()) {
            currentItem.set(here);
            next();
        }
    }

    /** Saves the changed ratings as one undoable step; false (and the reason shown) when one could not be saved. */
    private boolean store(List<Rating> updates) {
        if (session.readOnly()) {
            problem.set(readOnlyProblem());
            return false;
        }
        for (Rating updated : updates) {
            if (!team.inScope(updated.item()) && !updated.equals(rating(updated.item()))) {
                problem.set(outsideScope(updated.item()));
                return false;
            }
        }
        List<Change> done = new ArrayList<>();
        boolean ok = true;
        for (Rating updated : updates) {
            Rating before = rating(updated.item());
            if (updated.equals(before)) {
                continue;
            }
            if (!write(updated)) {
                ok = false;
                break;
            }
            done.add(new Change(before, updated));
        }
        if (!done.isEmpty()) {
            undoStack.push(List.copyOf(done));
            redoStack.clear();
        }
        return ok;
    }

    private String readOnlyProblem() {
        return Messages.of(language.get()).get("main.status.readOnly");
    }

    private boolean write(Rating updated) {
        try {
            session.save(updated);
        } catch (RoundSession.SessionException e) {
            problem.set(e.describe(language.get().locale()));
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
        decidedCount.set(decidedCount.get() - (before.isDecided() ? 1 : 0) + (r.isDecided() ? 1 : 0));
        if (currentItem.get().id() == r.item()) {
            currentRating.set(rating(r.item()));
        }
        problem.set("");
        saved.set(true);
        revision.set(revision.get() + 1);
    }

    public boolean canUndo() {
        return !undoStack.isEmpty() || noteDraft != null || justificationDraft != null;
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** Takes back the last change the user made in this round (a note being typed is saved first). */
    public boolean undo() {
        flushNote();
        return replay(undoStack, redoStack, true);
    }

    /** Applies again the last change taken back. */
    public boolean redo() {
        flushNote();
        return replay(redoStack, undoStack, false);
    }

    private boolean replay(Deque<List<Change>> from, Deque<List<Change>> to, boolean back) {
        if (from.isEmpty() || session.readOnly()) {
            return false;
        }
        List<Change> step = from.pop();
        List<Change> order = new ArrayList<>(step);
        if (back) {
            java.util.Collections.reverse(order);
        }
        for (Change change : order) {
            if (!write(back ? change.before() : change.after())) {
                from.push(step);
                return false;
            }
        }
        to.push(step);
        catalog.item(order.get(order.size() - 1).after().item()).ifPresent(currentItem::set);
        return true;
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
        TeamMarks marks = team;
        return item -> f.test(item, rating(item.id()), marks)
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

    // ---- team assessments: the field copy's scope, conflicts and review flags

    /** Field-copy scope, open conflicts and review flags, as read when the round was opened (a merge or a resolution opens it again). */
    public TeamMarks teamMarks() {
        return team;
    }

    /** Whether {@code itemId} cannot be changed here: the file or round is read-only, or the item is outside the scope. */
    public boolean itemReadOnly(int itemId) {
        return session.readOnly() || !team.inScope(itemId);
    }

    /** Why {@code itemId} is read-only in this field copy, in the user's language; "" when it is in the scope. */
    public String outsideScope(int itemId) {
        return team.fieldCopy()
                .filter(h -> !h.inScope(itemId))
                .map(h -> Messages.of(language.get()).get("team.scope.outside", itemId, h.assessor(), h.scope()))
                .orElse("");
    }

    // ---- the improvement action being typed

    /** The improvement action typed on the card and not saved yet; saved with the note before anything changes. */
    private io.ccmm.storage.ImprovementAction actionDraft;

    private final ReadOnlyObjectWrapper<io.ccmm.storage.ImprovementAction> savedAction = new ReadOnlyObjectWrapper<>();

    /**
     * Keeps what is typed in the card's improvement action as a draft of its item ({@code typed.item()}); null when the
     * fields show the saved action again. An id of 0 adds the action, any other updates it.
     */
    public void editAction(io.ccmm.storage.ImprovementAction typed) {
        actionDraft = typed;
    }

    /** The improvement action being typed, if any. */
    public java.util.Optional<io.ccmm.storage.ImprovementAction> actionDraft() {
        return java.util.Optional.ofNullable(actionDraft);
    }

    /** The improvement action last saved from a draft: the card shows it from then on, so it is updated, not added. */
    public ReadOnlyObjectProperty<io.ccmm.storage.ImprovementAction> savedActionProperty() {
        return savedAction.getReadOnlyProperty();
    }

    /** Called when the card's Save button saved the action: nothing is left to save. */
    public void actionSaved(io.ccmm.storage.ImprovementAction saved) {
        actionDraft = null;
        savedAction.set(saved);
    }

    /**
     * Saves the improvement action being typed under its own item. One without words for what will be done cannot be
     * saved; the status bar says so, naming the item.
     */
    private void flushAction() {
        io.ccmm.storage.ImprovementAction draft = actionDraft;
        actionDraft = null;
        if (draft == null || session.readOnly() || !team.inScope(draft.item())) {
            return;
        }
        if (draft.what().isBlank()) {
            problem.set(Messages.of(language.get()).get("workspace.action.notSavedNeedsWhat", draft.item()));
            return;
        }
        try {
            savedAction.set(session.saveAction(draft));
        } catch (RoundSession.SessionException e) {
            problem.set(e.describe(language.get().locale()));
        }
    }
}
