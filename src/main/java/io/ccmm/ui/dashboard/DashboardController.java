package io.ccmm.ui.dashboard;

import io.ccmm.catalog.CatalogModule;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.RadarChart;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.LadderView;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.readiness.ReadinessWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The readiness dashboard: level, ladder, charts and the improvement path, redrawn on every rating change while it is
 * shown. Below the summary (level, completion, rules) its content joins the scene and is first drawn only when its tab
 * is first shown (the ladder, the charts and the path are not built for the first window), from the readiness of that
 * moment.
 */
public final class DashboardController {

    private final ReadinessViewModel vm;
    private final Messages messages;
    private final ReadinessWords words;
    private final IntConsumer openItem;
    private final RadarChart radar = new RadarChart();

    @FXML
    private Label readinessLabel;

    @FXML
    private Label targetLabel;

    @FXML
    private Label completionLabel;

    @FXML
    private ProgressBar completionBar;

    @FXML
    private Label rulesLabel;

    @FXML
    private StackPane ladderPane;

    @FXML
    private StackPane radarPane;

    @FXML
    private BarChart<String, Number> moduleChart;

    @FXML
    private Label pathTitle;

    @FXML
    private Label pathNote;

    @FXML
    private VBox pathBox;

    @FXML
    private javafx.scene.control.ScrollPane dashboardRoot;

    private final ViewLifetime lifetime;

    public DashboardController(ReadinessViewModel vm, Messages messages, IntConsumer openItem, ViewLifetime lifetime) {
        this.vm = vm;
        this.lifetime = lifetime;
        this.messages = messages;
        this.words = new ReadinessWords(messages, vm.catalog());
        this.openItem = openItem;
    }

    @FXML
    private void initialize() {
        radarPane.getChildren().add(radar);
        moduleChart.setAnimated(false);
        showSummary(vm.result());
        content = (VBox) dashboardRoot.getContent();
        body = List.copyOf(
                content.getChildren().subList(1, content.getChildren().size()));
        content.getChildren().removeAll(body);
        stale = true;
        lifetime.onChange(vm.resultProperty(), r -> {
            if (attached && shown.get()) {
                show(r);
            } else {
                stale = true;
            }
        });
        lifetime.onChange(dashboardRoot.sceneProperty(), scene -> attachIfShown());
        dashboardRoot.getProperties().put(VISITED_STEPS, visitedSteps);
        visitedSteps.addListener((javafx.collections.SetChangeListener<Integer>) change -> markVisited());
    }

    private javafx.beans.value.ObservableBooleanValue shown = new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean stale;
    private boolean attached;
    private VBox content;
    private List<javafx.scene.Node> body = List.of();

    /**
     * Redraws only while {@code visible} (its tab is shown); a change made meanwhile is drawn when it shows again. Until
     * it is first visible only the summary at the top is drawn; the ladder, the charts and the path stay out of the
     * scene.
     */
    public void redrawOnlyWhile(javafx.beans.value.ObservableBooleanValue visible) {
        shown = visible;
        lifetime.onChange(visible, now -> {
            if (now) {
                attachIfShown();
            }
        });
    }

    /** Once the view is in a scene and shown: puts the body in (the first time) and draws what changed meanwhile. */
    private void attachIfShown() {
        if (!shown.get() || dashboardRoot.getScene() == null) {
            return;
        }
        if (!attached) {
            attached = true;
            content.getChildren().addAll(body);
        }
        if (stale) {
            stale = false;
            show(vm.result());
        }
    }

    private void show(ReadinessResult r) {
        showSummary(r);
        javafx.scene.layout.GridPane ladder = LadderView.build(r, words, messages, false);
        ladderPane.getChildren().setAll(new VBox(6, ladder, whyRow()));
        markProjection(ladder);

        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (CatalogModule m : vm.catalog().modules()) {
            ModuleScore s = r.module(m.id()).orElseThrow();
            labels.add(m.id() + " " + m.name().get(messages.language()));
            values.add(s.percent().doubleValue());
            series.getData().add(new XYChart.Data<>(m.id(), s.percent().doubleValue()));
        }
        radar.setData(labels, values);
        moduleChart.getData().setAll(List.of(series));

        showPath(r);
    }

    /** The level, the target, the completion and the rules at the top. */
    private void showSummary(ReadinessResult r) {
        readinessLabel.setText(words.levelName(r.readinessLevel()));
        vm.targetLevel()
                .ifPresentOrElse(
                        t -> targetLabel.setText(messages.get("dashboard.target", words.levelName(t))),
                        () -> targetLabel.setText(""));
        int decided = r.completion().rated() + r.completion().notApplicable();
        completionLabel.setText(
                r.completion().notApplicable() == 0
                        ? messages.get(
                                "dashboard.completion",
                                r.completion().rated(),
                                r.completion().total())
                        : messages.get(
                                "dashboard.completion.withNotApplicable",
                                r.completion().rated(),
                                r.completion().notApplicable(),
                                r.completion().total()));
        completionBar.setProgress((double) decided / Math.max(1, r.completion().total()));
        rulesLabel.setText(messages.get(
                "dashboard.rules",
                r.rulesId(),
                r.rulesSha256().substring(0, Math.min(12, r.rulesSha256().length())),
                r.yearsInOperation().isPresent()
                        ? messages.get("dashboard.years", r.yearsInOperation().getAsInt())
                        : messages.get("dashboard.years.unknown")));
    }

    private void showPath(ReadinessResult r) {
        pathBox.getChildren().clear();
        if (r.path().isEmpty()) {
            pathTitle.setText(messages.get("dashboard.path"));
            pathNote.setText(messages.get("dashboard.path.none"));
            return;
        }
        ImprovementPath p = r.path().get();
        pathTitle.setText(messages.get("dashboard.path.to", words.levelName(p.targetLevel())));
        List<String> notes = new ArrayList<>();
        notes.add(messages.get("dashboard.path.summary", p.steps().size(), p.totalGain()));
        for (Reason reason : p.outsideRatings()) {
            notes.add(messages.get(
                    reason.code().name().equals("OPERATING_YEARS_UNKNOWN")
                            ? "dashboard.path.yearsUnknown"
                            : "dashboard.path.yearsShort",
                    p.minOperatingYears()));
        }
        if (p.unratedItemsLeft() > 0) {
            notes.add(messages.get("dashboard.path.unrated", p.unratedItemsLeft()));
        }
        for (int level : p.notApplicableLimitExceeded()) {
            var l = r.level(level);
            notes.add(
                    messages.get("readiness.path.naExceeded", level, l.notApplicableItems(), l.allowedNotApplicable()));
        }
        pathNote.setText(String.join("  ", notes));
        int n = 1;
        for (PathStep step : p.steps()) {
            String title = vm.catalog()
                    .item(step.item())
                    .map(i -> i.title().get(messages.language()))
                    .orElse("");
            Hyperlink link = new Hyperlink(messages.get(
                    "dashboard.path.step",
                    n++,
                    step.item(),
                    title,
                    rate(step.beforeC()),
                    rate(step.beforeF()),
                    step.gain()));
            link.getStyleClass().add("path-step");
            link.setUserData(step.item());
            link.setVisited(visitedSteps.contains(step.item()));
            link.setOnAction(e -> {
                visitedSteps.add(step.item());
                openItem.accept(step.item());
            });
            pathBox.getChildren().add(link);
        }
    }

    private static String rate(io.ccmm.assessment.Rate r) {
        return r.isRated() ? String.valueOf(r.points()) : "—";
    }

    // ---- explain: "Why?" for each level, opening the explanation with its items one click away

    private javafx.scene.Node whyRow() {
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10);
        row.setId("why-row");
        row.getChildren().add(new Label(messages.get("explain.why")));
        for (int n = 1; n <= vm.result().levels().size(); n++) {
            int level = n;
            javafx.scene.control.Hyperlink link =
                    new javafx.scene.control.Hyperlink(messages.get("explain.why.level", n));
            link.setId("why-" + n);
            link.setOnAction(e -> io.ccmm.ui.explain.ExplanationWindow.show(
                    ladderPane.getScene() == null ? null : ladderPane.getScene().getWindow(),
                    vm,
                    messages,
                    openItem,
                    level));
            row.getChildren().add(link);
        }
        return row;
    }

    // ---- plan: the readiness the planned ratings would reach, a ghost mark on the ladder beside today's level

    private io.ccmm.ui.plan.ProjectedReadiness projection;
    private javafx.scene.layout.GridPane shownLadder;
    private final Label projectedMark = new Label();
    private final Label projectedTag = new Label();

    /** Shows on the ladder the level {@code projected} reaches ("with the plan: L4"), kept up to date live. */
    public void showProjection(io.ccmm.ui.plan.ProjectedReadiness projected) {
        projection = projected;
        projectedMark.setId("projectedMark");
        projectedMark.getStyleClass().add("projected-mark");
        projectedTag.setId("projectedTag");
        projectedTag.getStyleClass().addAll("status-chip", "projected-tag");
        lifetime.onChange(projected.levelProperty(), level -> markProjection(shownLadder));
    }

    private void markProjection(javafx.scene.layout.GridPane ladder) {
        shownLadder = ladder;
        if (projection == null || ladder == null || !(ladder.getParent() instanceof VBox box)) {
            return;
        }
        ladder.getChildren().remove(projectedTag);
        box.getChildren().remove(projectedMark);
        java.util.OptionalInt level = projection.levelProperty().get();
        if (level.isEmpty()) {
            return;
        }
        String name = words.levelName(level.getAsInt());
        projectedMark.setText(messages.get("dashboard.projected", name, projection.plannedCount()));
        box.getChildren().add(0, projectedMark);
        projectedTag.setText(messages.get("dashboard.projected.tag"));
        for (javafx.scene.Node n : List.copyOf(ladder.getChildren())) {
            if (n instanceof Label l && l.getStyleClass().contains("ladder-level") && name.equals(l.getText())) {
                Integer row = javafx.scene.layout.GridPane.getRowIndex(l);
                ladder.add(projectedTag, 5, row == null ? 0 : row);
                return;
            }
        }
    }

    // ---- team assessments: how many conflicts remain, one click from the conflict view

    /** Shows, under the completion bar, how many items hold open conflicts; the link opens the conflict view. */
    public void showConflicts(int open, Runnable openConflicts) {
        if (open <= 0 || !(completionBar.getParent() instanceof VBox box)) {
            return;
        }
        Hyperlink link = new Hyperlink(messages.get("dashboard.conflicts", open));
        link.setId("dashboard-conflicts");
        link.getStyleClass().add("dashboard-conflicts");
        link.setOnAction(e -> openConflicts.run());
        box.getChildren().add(box.getChildren().indexOf(completionBar) + 1, link);
    }

    // ---- the improvement-path steps the user followed, shown as visited links across redraws and language switches

    private static final String VISITED_STEPS = "dashboard.visitedPathSteps";
    private final javafx.collections.ObservableSet<Integer> visitedSteps =
            javafx.collections.FXCollections.observableSet();

    /**
     * The items of the improvement-path steps the user followed on the dashboard {@code dashboard} (the view's root, its
     * {@code .dashboard} scroll pane): a view built again (in another language) is given them, and shows those links
     * as visited. Empty when {@code dashboard} is no dashboard.
     */
    public static java.util.Optional<javafx.collections.ObservableSet<Integer>> visitedPathSteps(
            javafx.scene.Node dashboard) {
        @SuppressWarnings("unchecked")
        javafx.collections.ObservableSet<Integer> steps = dashboard == null
                ? null
                : (javafx.collections.ObservableSet<Integer>)
                        dashboard.getProperties().get(VISITED_STEPS);
        return java.util.Optional.ofNullable(steps);
    }

    private void markVisited() {
        for (javafx.scene.Node n : pathBox.getChildren()) {
            if (n instanceof Hyperlink link && link.getUserData() instanceof Integer item) {
                link.setVisited(visitedSteps.contains(item));
            }
        }
    }
}
