package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Area;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TextCells;
import io.ccmm.ui.common.ViewLifetime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * The navigator of the workspace: search, filters and the tree of modules, areas and items. It uses the view model's
 * filters, search, ratings and current item; choosing an item in the tree selects it in the view model.
 */
final class NavigatorView {

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final ViewLifetime lifetime;
    private final NavigatorModel navModel;
    private final Map<Integer, TreeItem<NavNode>> itemNodes = new HashMap<>();
    private final Parent node;
    private boolean syncing;
    private int rebuilds;

    @FXML
    private TextField searchField;

    @FXML
    private ComboBox<ItemFilter> filterBox;

    @FXML
    private ComboBox<Integer> levelBox;

    @FXML
    private TreeView<NavNode> navigator;

    @FXML
    private Label visibleCount;

    NavigatorView(WorkspaceViewModel vm, Messages messages, ViewLifetime lifetime) {
        this.vm = vm;
        this.messages = messages;
        this.lifetime = lifetime;
        this.navModel = new NavigatorModel(vm, lifetime);
        this.node = new FxmlLoaderFactory(messages.bundle(), type -> this).load(FxmlView.WORKSPACE_NAVIGATOR);
    }

    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        filterBox.getItems().setAll(ItemFilter.values());
        TextCells.install(filterBox, f -> messages.get(f.messageKey()));
        lifetime.bindBidirectional(filterBox.valueProperty(), vm.filterProperty());
        levelBox.getItems().setAll(0, 1, 2, 3, 4, 5);
        TextCells.install(
                levelBox,
                level -> level == 0 ? messages.get("workspace.level.any") : WorkspaceTexts.levelName(vm, level));
        levelBox.setValue(vm.levelFilterProperty().get());
        levelBox.valueProperty()
                .addListener((o, old, now) -> vm.levelFilterProperty().set(now == null ? 0 : now));
        lifetime.bindBidirectional(searchField.textProperty(), vm.searchProperty());
        // Enter in the search box opens the one item found.
        searchField.setOnAction(e -> {
            List<AssessmentItem> hits = vm.visibleItems();
            if (hits.size() == 1) {
                vm.select(hits.get(0).id());
                navigator.requestFocus();
            }
        });

        navigator.setCellFactory(t -> new NavCell());
        lifetime.onInvalidated(vm.filterProperty(), this::rebuildTree);
        lifetime.onInvalidated(vm.levelFilterProperty(), this::rebuildTree);
        lifetime.onInvalidated(vm.searchProperty(), this::rebuildTree);
        rebuildTree();
        navigator.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null && now.getValue().kind() == NavNode.Kind.ITEM) {
                vm.select(now.getValue().itemId());
            }
        });
        // A rating change redraws only the cells of its item and groups; the tree is rebuilt only when the item comes
        // into or goes out of the filter.
        MapChangeListener<Integer, Rating> visibility = change -> vm.catalog()
                .item(change.getKey())
                .filter(item -> vm.visiblePredicate().test(item) != itemNodes.containsKey(item.id()))
                .ifPresent(item -> rebuildTree());
        vm.ratings().addListener(visibility);
        lifetime.add(() -> vm.ratings().removeListener(visibility));
        lifetime.onChange(vm.currentItemProperty(), item -> selectInTree(item.id()));
    }

    /** Gives the tree the keyboard focus. */
    void focus() {
        navigator.requestFocus();
    }

    /** Puts the cursor in the search box with its text selected. */
    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** How many times the tree was built from the catalog: a rating that keeps its item in the filter builds nothing. */
    int rebuilds() {
        return rebuilds;
    }

    private void rebuildTree() {
        rebuilds++;
        Language lang = vm.language();
        Predicate<AssessmentItem> visible = vm.visiblePredicate();
        TreeItem<NavNode> top = new TreeItem<>();
        itemNodes.clear();
        int shown = 0;
        for (CatalogModule m : vm.catalog().modules()) {
            TreeItem<NavNode> mNode = new TreeItem<>(NavNode.group(
                    NavNode.Kind.MODULE, m.id(), m.id() + "  " + m.name().get(lang)));
            for (Area a : m.areas()) {
                TreeItem<NavNode> aNode = new TreeItem<>(NavNode.group(
                        NavNode.Kind.AREA, a.id(), a.id() + "  " + a.name().get(lang)));
                for (AssessmentItem item : vm.catalog().itemsOf(m.id())) {
                    if (item.area().equals(a.id()) && visible.test(item)) {
                        TreeItem<NavNode> iNode = new TreeItem<>(NavNode.item(
                                item.id(), item.id() + "  " + item.title().get(lang)));
                        itemNodes.put(item.id(), iNode);
                        aNode.getChildren().add(iNode);
                        shown++;
                    }
                }
                if (!aNode.getChildren().isEmpty()) {
                    mNode.getChildren().add(aNode);
                }
            }
            if (!mNode.getChildren().isEmpty()) {
                top.getChildren().add(mNode);
            }
        }
        boolean narrowed = shown < vm.totalItems();
        top.getChildren().forEach(mNode -> {
            mNode.setExpanded(true);
            mNode.getChildren().forEach(aNode -> aNode.setExpanded(narrowed));
        });
        syncing = true;
        navigator.setRoot(top);
        syncing = false;
        visibleCount.setText(messages.get("workspace.visible", shown, vm.totalItems()));
        selectInTree(vm.currentItem().id());
    }

    private void selectInTree(int itemId) {
        TreeItem<NavNode> item = itemNodes.get(itemId);
        boolean was = syncing;
        syncing = true;
        try {
            if (item == null) {
                navigator.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            navigator.getSelectionModel().select(item);
            int row = navigator.getRow(item);
            if (row >= 0 && !comfortablyVisible(row)) {
                navigator.scrollTo(Math.max(0, row - 5));
            }
        } finally {
            syncing = was;
        }
    }

    /**
     * Whether {@code row} is already shown with a row of room above and below: then the tree is not scrolled, so moving
     * to the next item does not lay out every row again.
     */
    private boolean comfortablyVisible(int row) {
        if (!(navigator.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    /**
     * One cell for modules, areas and items; it redraws when what it shows changes, not on every rating. Its graphic is
     * one node (the points chip, the progress, or the chip with a conflict mark) and its states are pseudo-classes:
     * re-using the cell for another row, as scrolling does, never matches the style sheet again for a new style class.
     */
    private final class NavCell extends TreeCell<NavNode> {
        private final Label chip = new Label();
        private final Label progress = new Label();
        private final Label conflictMark = new Label("⚠");
        private final HBox chipAndMark = new HBox(4);
        private Subscription watching = Subscription.EMPTY;
        private PseudoClass kindState;
        private PseudoClass chipState;
        private PseudoClass progressState;

        NavCell() {
            chip.getStyleClass().add("points-chip");
            progress.getStyleClass().add("nav-progress");
            progress.setMinWidth(Region.USE_PREF_SIZE);
            conflictMark.getStyleClass().add("conflict-mark");
            conflictMark.setTooltip(new Tooltip(messages.get("team.nav.conflict")));
            chipAndMark.setAlignment(Pos.CENTER_LEFT);
        }

        /** Items outside the field copy's scope are dimmed; items in conflict carry a mark beside their points. */
        private void markTeam(boolean outside, boolean conflict) {
            toggle("nav-outside-scope", outside);
            toggle("nav-conflict", conflict);
        }

        /**
         * The chip has one parent at a time: it moves into the box with the mark, or stands alone. The graphic is only
         * changed when it has to be: a change lays the cell out again.
         */
        private void showChip(boolean conflict) {
            if (conflict) {
                if (chip.getParent() != chipAndMark) {
                    setGraphic(null);
                    chipAndMark.getChildren().setAll(chip, conflictMark);
                }
                if (getGraphic() != chipAndMark) {
                    setGraphic(chipAndMark);
                }
            } else if (getGraphic() != chip) {
                setGraphic(null);
                chipAndMark.getChildren().clear();
                setGraphic(chip);
            }
        }

        private void toggle(String style, boolean on) {
            if (on && !getStyleClass().contains(style)) {
                getStyleClass().add(style);
            } else if (!on) {
                getStyleClass().remove(style);
            }
        }

        @Override
        protected void updateItem(NavNode node, boolean empty) {
            super.updateItem(node, empty);
            watching.unsubscribe();
            watching = Subscription.EMPTY;
            markTeam(false, false);
            if (empty || node == null) {
                kindState = PointsStyle.switchState(this, kindState, null);
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            switch (node.kind()) {
                case MODULE -> watchProgress(NAV_MODULE, NavigatorModel.moduleKey(node.key()));
                case AREA -> watchProgress(NAV_AREA, NavigatorModel.areaKey(node.key()));
                case ITEM -> {
                    kindState = PointsStyle.switchState(this, kindState, NAV_ITEM);
                    TeamMarks team = vm.teamMarks();
                    boolean conflict = team.conflict(node.itemId());
                    markTeam(!team.inScope(node.itemId()), conflict);
                    showChip(conflict);
                    watching = navModel.rating(node.itemId()).subscribe(this::showRating);
                }
            }
        }

        private void watchProgress(PseudoClass kind, String group) {
            kindState = PointsStyle.switchState(this, kindState, kind);
            setGraphic(progress);
            int total = navModel.total(group);
            watching = navModel.decided(group).subscribe(n -> {
                progress.setText(n.intValue() + "/" + total);
                progressState = PointsStyle.switchState(
                        progress, progressState, n.intValue() == total ? PROGRESS_DONE : PROGRESS_OPEN);
            });
        }

        private void showRating(Rating r) {
            chip.setText(
                    r.notApplicable() ? messages.get("workspace.na") : r.isRated() ? String.valueOf(r.points()) : "·");
            chipState = PointsStyle.switchState(chip, chipState, PointsStyle.state(r));
        }
    }

    private static final PseudoClass NAV_MODULE = PseudoClass.getPseudoClass("nav-module");
    private static final PseudoClass NAV_AREA = PseudoClass.getPseudoClass("nav-area");
    private static final PseudoClass NAV_ITEM = PseudoClass.getPseudoClass("nav-item");
    private static final PseudoClass PROGRESS_DONE = PseudoClass.getPseudoClass("progress-done");
    private static final PseudoClass PROGRESS_OPEN = PseudoClass.getPseudoClass("progress-open");
}
