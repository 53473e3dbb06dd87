package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeCellSkin;
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
            if (row >= 0) {
                scrollIntoView(row);
            }
        } finally {
            syncing = was;
        }
    }

    /**
     * Scrolls the tree when {@code row} is not shown with a row of room above and below, by a page: a row below the
     * shown ones comes in two rows from the top, a row above them two rows from the bottom, so that moving on item by
     * item scrolls as seldom as it can (a scroll gives most visible rows another item to show).
     */
    private void scrollIntoView(int row) {
        if (!(navigator.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null
                || flow.getLastVisibleCell() == null) {
            navigator.scrollTo(Math.max(0, row - 5));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (row > first && row < last) {
            return;
        }
        int shown = last - first + 1;
        navigator.scrollTo(Math.max(0, row > first ? row - 2 : row - Math.max(0, shown - 3)));
    }

    /**
     * One cell for modules, areas and items; it redraws when what it shows changes, not on every rating. Its graphic is
     * one node (the points chip, the progress, or the chip with a conflict mark) and its states are pseudo-classes:
     * re-using the cell for another row, as scrolling does, never matches the style sheet again for a new style class.
     *
     * <p>A rating does not ask the row for a layout: the chip is as wide for every points value and draws a new text
     * itself ({@link PointsChip}), its background is there in every state, and a row whose selection moves is only
     * re-styled. A row asking for a layout makes the tree lay out and re-add every visible row.
     */
    private final class NavCell extends TreeCell<NavNode> {
        private final PointsChip chip = new PointsChip(chipTexts());
        private final Label progress = new Label();
        private final Label conflictMark = new Label("⚠");
        private final HBox chipAndMark = new HBox(4);
        private Subscription watching = Subscription.EMPTY;
        private PseudoClass kindState;
        private PseudoClass chipState;
        private PseudoClass progressState;
        private boolean quietSelection;

        NavCell() {
            progress.getStyleClass().add("nav-progress");
            progress.setMinWidth(Region.USE_PREF_SIZE);
            conflictMark.getStyleClass().add("conflict-mark");
            conflictMark.setTooltip(new Tooltip(messages.get("team.nav.conflict")));
            chipAndMark.setAlignment(Pos.CENTER_LEFT);
        }

        /**
         * A row whose selection moves is re-styled (the selected look is the style sheet's) without a layout: its
         * content and size stay the same. The cell's own request is the only one made while its selection changes.
         */
        @Override
        public void updateSelected(boolean selected) {
            quietSelection = true;
            try {
                super.updateSelected(selected);
            } finally {
                quietSelection = false;
            }
        }

        @Override
        public void requestLayout() {
            if (!quietSelection) {
                super.requestLayout();
            }
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new NavCellSkin(this);
        }

        /** Items outside the field copy's scope are dimmed; items in conflict carry a mark beside their points. */
        private void markTeam(boolean outside, boolean conflict) {
            toggle("nav-outside-scope", outside);
            toggle("nav-conflict", conflict);
        }

        /**
         * Shows the points chip, alone or in the box with the conflict mark (the chip has one parent at a time). The
         * graphic is only changed when it has to be: a new graphic comes into the scene and is styled from scratch.
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
                if (chip.getParent() == chipAndMark) {
                    setGraphic(null);
                    chipAndMark.getChildren().clear();
                }
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
            if (getGraphic() != progress) {
                setGraphic(progress);
            }
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

    /**
     * The skin of a navigator cell. A labeled's skin puts its graphic and text into the cell again for every new text
     * (it sets its children anew), so both leave the scene and come back, and they and the tree's disclosure arrow
     * match the whole style sheet again: for every row scrolled into view. This skin does that only when there is
     * something to change, a new graphic or a text that comes or goes; the arrow still follows the row's tree item.
     */
    private static final class NavCellSkin extends TreeCellSkin<NavNode> {
        private Node shownGraphic;
        private boolean shownText;
        private ContentDisplay shownDisplay;
        // No initial values: the constructor of the skin sets the children first, before this class's are assigned.
        private boolean updated;

        NavCellSkin(TreeCell<NavNode> cell) {
            super(cell);
        }

        @Override
        protected void updateChildren() {
            TreeCell<NavNode> cell = getSkinnable();
            boolean text = cell.getText() != null && !cell.getText().isEmpty();
            if (updated
                    && cell.getGraphic() == shownGraphic
                    && text == shownText
                    && cell.getContentDisplay() == shownDisplay) {
                return;
            }
            super.updateChildren();
            updated = true;
            shownGraphic = cell.getGraphic();
            shownText = text;
            shownDisplay = cell.getContentDisplay();
        }
    }

    /** Every text a points chip can show: the unrated mark, N/A, and every sum of C and F. */
    private List<String> chipTexts() {
        List<String> texts = new ArrayList<>();
        texts.add("·");
        texts.add(messages.get("workspace.na"));
        for (Rate c : Rate.values()) {
            for (Rate f : Rate.values()) {
                texts.add(String.valueOf(c.points() + f.points()));
            }
        }
        return texts;
    }

    private static final PseudoClass NAV_MODULE = PseudoClass.getPseudoClass("nav-module");
    private static final PseudoClass NAV_AREA = PseudoClass.getPseudoClass("nav-area");
    private static final PseudoClass NAV_ITEM = PseudoClass.getPseudoClass("nav-item");
    private static final PseudoClass PROGRESS_DONE = PseudoClass.getPseudoClass("progress-done");
    private static final PseudoClass PROGRESS_OPEN = PseudoClass.getPseudoClass("progress-open");
}
