package io.ccmm.ui.plan;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.Language;
import io.ccmm.plan.PathActions;
import io.ccmm.plan.PlanEntry;
import io.ccmm.plan.Projection;
import io.ccmm.plan.SummaryDraft;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Finding;
import io.ccmm.storage.FindingKind;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.PlannedRating;
import io.ccmm.storage.Priority;
import io.ccmm.storage.StorageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * The plan of one round for the plan window: findings (filtered), the action plan (filtered, grouped), planned ratings
 * with the projected readiness beside the current one, and the executive summary. Every change goes to the file at
 * once; a refused change throws {@link StorageException} and the lists stay as the file is.
 */
public final class PlanViewModel {

    /** How the action plan is grouped. */
    public enum Grouping {
        NONE,
        OWNER,
        QUARTER,
        MODULE
    }

    private final AssessmentFile file;
    private final long roundId;
    private final CatalogBundle bundle;
    private final ReadinessEngine engine;

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> shownFindings = new FilteredList<>(findings);
    private final StringProperty findingFilter = new SimpleStringProperty("");
    private final ObjectProperty<FindingKind> kindFilter = new SimpleObjectProperty<>();

    private final ObservableList<PlanAction> actions = FXCollections.observableArrayList();
    private final FilteredList<PlanAction> shownActions = new FilteredList<>(actions);
    private final StringProperty actionFilter = new SimpleStringProperty("");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.NONE);

    private final ObservableMap<Integer, PlannedRating> planned = FXCollections.observableHashMap();
    private final IntegerProperty currentLevel = new SimpleIntegerProperty();
    private final IntegerProperty projectedLevel = new SimpleIntegerProperty();

    private final StringProperty summary = new SimpleStringProperty("");
    private String savedSummary = "";

    public PlanViewModel(AssessmentFile file, long roundId) throws StorageException {
        this.file = file;
        this.roundId = roundId;
        this.bundle = file.catalogBundleOf(roundId);
        this.engine = ReadinessEngine.of(bundle);
        findingFilter.addListener((o, a, b) -> refilter());
        kindFilter.addListener((o, a, b) -> refilter());
        actionFilter.addListener((o, a, b) -> refilter());
        reload();
    }

    /** Reads everything again from the file. */
    public void reload() throws StorageException {
        findings.setAll(file.findings(roundId));
        actions.setAll(file.planActions(roundId));
        planned.clear();
        planned.putAll(file.plannedRatings(roundId));
        savedSummary = file.executiveSummary(roundId);
        summary.set(savedSummary);
        refilter();
        project();
    }

    private void refilter() {
        String f = findingFilter.get().strip().toLowerCase(Locale.ROOT);
        FindingKind kind = kindFilter.get();
        shownFindings.setPredicate(x -> (kind == null || x.kind() == kind)
                && (f.isEmpty()
                        || x.text().toLowerCase(Locale.ROOT).contains(f)
                        || Integer.toString(x.item()).equals(f)));
        String a = actionFilter.get().strip().toLowerCase(Locale.ROOT);
        shownActions.setPredicate(x -> a.isEmpty()
                || x.action().what().toLowerCase(Locale.ROOT).contains(a)
                || x.action().owner().toLowerCase(Locale.ROOT).contains(a)
                || x.items().stream().anyMatch(i -> Integer.toString(i).equals(a)));
    }

    // Findings

    public FilteredList<Finding> shownFindings() {
        return shownFindings;
    }

    public StringProperty findingFilterProperty() {
        return findingFilter;
    }

    public ObjectProperty<FindingKind> kindFilterProperty() {
        return kindFilter;
    }

    public Finding addFinding(int item, FindingKind kind, Priority severity, String text) throws StorageException {
        Finding added = file.addFinding(Finding.of(roundId, item, kind, severity, text));
        findings.setAll(file.findings(roundId));
        return added;
    }

    public void updateFinding(Finding finding) throws StorageException {
        file.updateFinding(finding);
        findings.setAll(file.findings(roundId));
    }

    public void removeFinding(Finding finding) throws StorageException {
        file.removeFinding(finding.id());
        findings.setAll(file.findings(roundId));
        actions.setAll(file.planActions(roundId));
    }

    // Action plan

    public FilteredList<PlanAction> shownActions() {
        return shownActions;
    }

    public StringProperty actionFilterProperty() {
        return actionFilter;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The group an action belongs to under the current grouping ("" without grouping). */
    public String groupOf(PlanAction a) {
        return switch (grouping.get()) {
            case NONE -> "";
            case OWNER -> a.action().owner();
            case QUARTER -> quarter(a.action().due());
            case MODULE -> bundle.catalog()
                    .item(a.action().item())
                    .map(i -> i.module())
                    .orElse("");
        };
    }

    static String quarter(String due) {
        try {
            LocalDate d = LocalDate.parse(due);
            return d.getYear() + " Q" + ((d.getMonthValue() - 1) / 3 + 1);
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** Adds an action to this round (whatever round id it carries). */
    public PlanAction addAction(PlanAction action) throws StorageException {
        ImprovementAction a = action.action();
        PlanAction added = file.addPlanAction(action.withAction(
                new ImprovementAction(0, roundId, a.item(), a.what(), a.owner(), a.due(), a.status())));
        actions.setAll(file.planActions(roundId));
        project();
        PlanChanges.changed(file);
        return added;
    }

    public void updateAction(PlanAction action) throws StorageException {
        file.updatePlanAction(action);
        actions.setAll(file.planActions(roundId));
        project();
        PlanChanges.changed(file);
    }

    public void removeAction(PlanAction action) throws StorageException {
        file.removePlanAction(action.action().id());
        actions.setAll(file.planActions(roundId));
        project();
        PlanChanges.changed(file);
    }

    /** Turns the improvement path to the round's target (else the next level) into actions, one per item not planned. */
    public int planPath(Language language) throws StorageException {
        ReadinessResult r = forSummary();
        if (r.path().isEmpty()) {
            return 0;
        }
        Set<Integer> already = new HashSet<>();
        actions.forEach(a -> already.addAll(a.items()));
        List<PlanEntry> entries = PathActions.of(r.path().get(), bundle.catalog(), language, already);
        for (PlanEntry e : entries) {
            file.addPlanAction(
                    PlanAction.of(ImprovementAction.of(roundId, e.items().get(0), e.title(), "", ""))
                            .withPriority("high".equals(e.priority()) ? Priority.HIGH : Priority.MEDIUM)
                            .withTarget(Rate.FULL, Rate.FULL));
        }
        actions.setAll(file.planActions(roundId));
        return entries.size();
    }

    // What-if

    public ObservableMap<Integer, PlannedRating> planned() {
        return planned;
    }

    public IntegerProperty currentLevelProperty() {
        return currentLevel;
    }

    public IntegerProperty projectedLevelProperty() {
        return projectedLevel;
    }

    public void setPlanned(int item, Rate c, Rate f) throws StorageException {
        file.setPlannedRating(roundId, item, c, f);
        planned.clear();
        planned.putAll(file.plannedRatings(roundId));
        project();
        PlanChanges.changed(file);
    }

    /** The readiness with the planned ratings, and the open actions' targets where none is planned ({@link Projection}). */
    public ReadinessResult projection() throws StorageException {
        Assessment a = file.exportRound(roundId);
        return Projection.projected(
                engine,
                a,
                planned.values().stream()
                        .map(p -> Rating.of(p.item(), p.c(), p.f()))
                        .toList(),
                actions.stream().map(io.ccmm.report.RoundPlanReader::entry).toList());
    }

    private void project() throws StorageException {
        Assessment a = file.exportRound(roundId);
        currentLevel.set(engine.score(a).readinessLevel());
        projectedLevel.set(projection().readinessLevel());
    }

    // Executive summary

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Replaces the text with a draft written from the data. */
    public void draftSummary(Language language) throws StorageException {
        int open = (int)
                file.conflicts(roundId).stream().filter(c -> !c.resolved()).count();
        summary.set(SummaryDraft.write(bundle.catalog(), forSummary(), previous(), open, language));
    }

    public void saveSummary() throws StorageException {
        String text = summary.get();
        file.saveExecutiveSummary(roundId, text);
        savedSummary = text;
    }

    /** Saves the summary when its text differs from the file's (the window closing with the text not yet saved). */
    public void saveSummaryIfChanged() throws StorageException {
        if (!summary.get().equals(savedSummary)) {
            saveSummary();
        }
    }

    private ReadinessResult forSummary() throws StorageException {
        Assessment a = file.exportRound(roundId);
        return SummaryDraft.scoreForSummary(
                engine,
                a.ratingsByItem(),
                a.organization().yearsInOperation(),
                a.round().targetLevel());
    }

    private Optional<SummaryDraft.Previous> previous() throws StorageException {
        var rounds = file.rounds();
        for (int i = 1; i < rounds.size(); i++) {
            if (rounds.get(i).id() == roundId) {
                var before = rounds.get(i - 1);
                Assessment a = file.exportRound(before.id());
                return Optional.of(new SummaryDraft.Previous(
                        before.title(),
                        ReadinessEngine.of(file.catalogBundleOf(before.id())).score(a)));
            }
        }
        return Optional.empty();
    }

    Map<Integer, Rating> ratings() throws StorageException {
        return file.ratings(roundId);
    }
}
