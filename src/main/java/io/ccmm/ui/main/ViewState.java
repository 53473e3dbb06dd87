package io.ccmm.ui.main;

import io.ccmm.catalog.AssessmentItem;
import io.ccmm.ui.dashboard.DashboardController;
import io.ccmm.ui.overview.OverviewController;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * What the user was looking at, carried over when the window's views are built again in another language: the tab,
 * the overview's filters, sort order (columns and directions), selected rows and scroll position, which groups of the
 * navigator were open and where it was scrolled to, where the item card and the dashboard were scrolled to and which
 * of the dashboard's improvement-path links the user followed. The item, the workspace's
 * filter and search live in the workspace's view model and need no carrying.
 */
record ViewState(
        int tab,
        Optional<String> overviewText,
        Optional<Object> overviewKind,
        List<Boolean> navigatorExpanded,
        int navigatorTop,
        Optional<OverviewTable> overviewTable,
        double dashboardScroll,
        Set<Integer> visitedPathSteps,
        Optional<CardAnchor> cardAnchor) {

    /**
     * Where the item card was scrolled to: the row of the card (a part of the card's FXML, the same in every language)
     * at the top of the view, and how far into it the view began. Another language makes rows taller or shorter, so a
     * fraction of the whole would land elsewhere; the row does not.
     */
    record CardAnchor(int row, double offset) {}

    /**
     * The overview table as the user left it: its columns (by id) in the order the user may have dragged them into, with
     * their widths, the columns sorted by (the first sorting first) with their directions, the items selected (by number)
     * and the first row in view (-1 when the table was never shown).
     */
    record OverviewTable(
            List<String> columns,
            List<Double> widths,
            List<String> sortColumns,
            List<TableColumn.SortType> sortTypes,
            List<Integer> selectedItems,
            int top) {}

    private static final String TABS = ".main-tabs";
    private static final String OVERVIEW_TEXT = ".overview-filter";
    private static final String OVERVIEW_KIND = ".overview-kind-filter";
    private static final String NAVIGATOR = ".navigator";
    private static final String OVERVIEW = ".overview";
    private static final String DASHBOARD = ".dashboard";
    private static final String CARD = ".card-scroll";

    static final ViewState NONE = new ViewState(
            -1, Optional.empty(), Optional.empty(), List.of(), -1, Optional.empty(), -1, Set.of(), Optional.empty());

    /** The state of the views in {@code scene}, {@link #NONE} when there are none yet. */
    static ViewState of(Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return NONE;
        }
        Parent root = scene.getRoot();
        int tab = find(root, TABS, TabPane.class)
                .map(t -> t.getSelectionModel().getSelectedIndex())
                .orElse(-1);
        Optional<TreeView<?>> navigator = find(root, NAVIGATOR, TreeView.class).map(t -> (TreeView<?>) t);
        List<Boolean> expanded = new ArrayList<>();
        navigator.map(TreeView::getRoot).ifPresent(r -> collectExpanded(r, expanded));
        int top = navigator.flatMap(ViewState::firstVisibleRow).orElse(-1);
        return new ViewState(
                tab,
                find(root, OVERVIEW_TEXT, TextField.class).map(TextField::getText),
                find(root, OVERVIEW_KIND, ComboBox.class).map(ComboBox::getValue),
                List.copyOf(expanded),
                top,
                overviewTable(root),
                find(root, DASHBOARD, ScrollPane.class)
                        .map(ScrollPane::getVvalue)
                        .orElse(-1.0),
                DashboardController.visitedPathSteps(root.lookup(DASHBOARD))
                        .map(Set::copyOf)
                        .orElse(Set.of()),
                find(root, CARD, ScrollPane.class).flatMap(ViewState::cardAnchor));
    }

    /** The card's rows top to bottom: the rows of each of its parts (item card, attachments, improvement action). */
    private static List<Node> cardRows(ScrollPane pane) {
        List<Node> rows = new ArrayList<>();
        if (pane.getContent() instanceof Parent card) {
            for (Node part : card.getChildrenUnmodifiable()) {
                if (part instanceof javafx.scene.layout.VBox box) {
                    rows.addAll(box.getChildrenUnmodifiable());
                } else {
                    rows.add(part);
                }
            }
        }
        return rows;
    }

    /** The top of the card's view, in the card's own coordinates. */
    private static double cardTop(ScrollPane pane) {
        double hidden = pane.getContent().getLayoutBounds().getHeight()
                - pane.getViewportBounds().getHeight();
        return Math.max(0, hidden) * (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin());
    }

    private static double rowTop(ScrollPane pane, Node row) {
        return pane.getContent()
                .sceneToLocal(row.localToScene(row.getLayoutBounds()))
                .getMinY();
    }

    private static Optional<CardAnchor> cardAnchor(ScrollPane pane) {
        if (pane.getContent() == null || pane.getVvalue() <= pane.getVmin()) {
            return Optional.empty();
        }
        double top = cardTop(pane);
        List<Node> rows = cardRows(pane);
        CardAnchor anchor = null;
        for (int i = 0; i < rows.size(); i++) {
            double rowTop = rowTop(pane, rows.get(i));
            if (rows.get(i).isManaged() && rowTop <= top) {
                anchor = new CardAnchor(i, top - rowTop);
            }
        }
        return Optional.ofNullable(anchor);
    }

    /** Scrolls the card so that the anchor's row is at the top of the view again, as far into it as before. */
    private static void scrollCardTo(ScrollPane pane, CardAnchor anchor) {
        List<Node> rows = cardRows(pane);
        if (anchor.row() >= rows.size()) {
            return;
        }
        double hidden = pane.getContent().getLayoutBounds().getHeight()
                - pane.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = Math.min(hidden, rowTop(pane, rows.get(anchor.row())) + anchor.offset());
        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * top / hidden);
    }

    /** Gives the views under {@code root} (built afresh) this state; a part that is not there is left alone. */
    @SuppressWarnings("unchecked")
    void restoreTo(Parent root) {
        // A new tab pane has its tabs' content in the scene graph only once it has a skin.
        root.applyCss();
        overviewText.ifPresent(
                text -> find(root, OVERVIEW_TEXT, TextField.class).ifPresent(f -> f.setText(text)));
        overviewKind.ifPresent(kind ->
                find(root, OVERVIEW_KIND, ComboBox.class).ifPresent(box -> ((ComboBox<Object>) box).setValue(kind)));
        Optional<TreeView<?>> navigator = find(root, NAVIGATOR, TreeView.class).map(t -> (TreeView<?>) t);
        navigator.ifPresent(tree -> {
            List<Boolean> now = new ArrayList<>();
            if (tree.getRoot() != null) {
                collectExpanded(tree.getRoot(), now);
            }
            // The same tree in another language has the same shape; a different shape keeps its own opening.
            if (now.size() == navigatorExpanded.size()) {
                applyExpanded(tree.getRoot(), navigatorExpanded.iterator());
            }
        });
        // Before the tab is shown: a dashboard drawn on showing draws the links followed as visited.
        DashboardController.visitedPathSteps(root.lookup(DASHBOARD)).ifPresent(steps -> steps.addAll(visitedPathSteps));
        if (tab >= 0) {
            find(root, TABS, TabPane.class).ifPresent(t -> t.getSelectionModel().select(tab));
        }
        if (navigatorTop >= 0) {
            navigator.ifPresent(tree -> {
                root.applyCss();
                root.layout();
                tree.scrollTo(navigatorTop);
            });
        }
        overviewTable.ifPresent(state ->
                OverviewController.tableOf(root.lookup(OVERVIEW)).ifPresent(table -> restoreTable(root, table, state)));
        cardAnchor.ifPresent(anchor -> find(root, CARD, ScrollPane.class).ifPresent(pane -> {
            root.applyCss();
            root.layout();
            scrollCardTo(pane, anchor);
        }));
        if (dashboardScroll >= 0) {
            find(root, DASHBOARD, ScrollPane.class).ifPresent(pane -> {
                root.applyCss();
                root.layout();
                pane.setVvalue(dashboardScroll);
                scrollWhenDrawn(pane, dashboardScroll);
            });
        }
    }

    /**
     * A dashboard out of sight draws its body only when its tab is first shown, and a scroll pane whose content grows
     * keeps the content's old (top) position: once the body is there, scroll to where the user was.
     */
    private static void scrollWhenDrawn(ScrollPane pane, double vvalue) {
        Node content = pane.getContent();
        if (content == null
                || content.getLayoutBounds().getHeight()
                        > pane.getViewportBounds().getHeight()) {
            return; // already drawn and scrolled
        }
        javafx.beans.value.ChangeListener<javafx.geometry.Bounds> drawn = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                    javafx.geometry.Bounds before,
                    javafx.geometry.Bounds now) {
                if (now.getHeight() > pane.getViewportBounds().getHeight()) {
                    content.layoutBoundsProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> pane.setVvalue(vvalue));
                }
            }
        };
        content.layoutBoundsProperty().addListener(drawn);
    }

    /** The overview table's sort order, selection and scroll; empty when there is no overview. */
    private static Optional<OverviewTable> overviewTable(Parent root) {
        return OverviewController.tableOf(root.lookup(OVERVIEW)).map(table -> {
            List<String> columns = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getColumns()) {
                columns.add(String.valueOf(c.getId()));
                widths.add(c.getWidth());
            }
            List<String> sorted = new ArrayList<>();
            List<TableColumn.SortType> types = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getSortOrder()) {
                sorted.add(String.valueOf(c.getId()));
                types.add(c.getSortType());
            }
            List<Integer> selected = table.getSelectionModel().getSelectedItems().stream()
                    .filter(AssessmentItem.class::isInstance)
                    .map(i -> ((AssessmentItem) i).id())
                    .toList();
            int top = table.getScene() != null
                            && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                            && flow.getFirstVisibleCell() != null
                    ? flow.getFirstVisibleCell().getIndex()
                    : -1;
            return new OverviewTable(
                    List.copyOf(columns), List.copyOf(widths), List.copyOf(sorted), List.copyOf(types), selected, top);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restoreTable(Parent root, TableView<?> table, OverviewTable state) {
        // The same columns in another language, found by id: in the user's order and widths, sorted by the same ones in
        // the same directions. A column the new table does not have is left out; one the old did not have stays last.
        java.util.Map<String, TableColumn> byId = new java.util.LinkedHashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            byId.put(String.valueOf(c.getId()), c);
        }
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < state.columns().size(); i++) {
            TableColumn column = byId.remove(state.columns().get(i));
            if (column != null) {
                double width = state.widths().get(i);
                if (width > 0 && Math.abs(width - column.getPrefWidth()) > 0.5) {
                    column.setPrefWidth(width);
                }
                columns.add(column);
            }
        }
        columns.addAll(byId.values());
        if (!columns.equals(table.getColumns())) {
            ((TableView) table).getColumns().setAll(columns);
        }
        List<TableColumn> order = new ArrayList<>();
        for (int i = 0; i < state.sortColumns().size(); i++) {
            for (TableColumn<?, ?> c : table.getColumns()) {
                if (state.sortColumns().get(i).equals(String.valueOf(c.getId()))) {
                    ((TableColumn) c).setSortType(state.sortTypes().get(i));
                    order.add(c);
                }
            }
        }
        ((TableView) table).getSortOrder().setAll(order);
        table.getSelectionModel().clearSelection();
        for (Object row : List.copyOf(table.getItems())) {
            if (row instanceof AssessmentItem item && state.selectedItems().contains(item.id())) {
                ((TableView) table).getSelectionModel().select(row);
            }
        }
        if (state.top() >= 0 && table.getScene() != null) {
            root.applyCss();
            root.layout();
            // The first layout makes the new header's column labels (another language, other glyphs); styled and laid
            // out once more, the header has its final height and the scroll lands where the user was.
            root.applyCss();
            root.layout();
            table.scrollTo(state.top());
        }
    }

    private static Optional<Integer> firstVisibleRow(TreeView<?> tree) {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return Optional.of(flow.getFirstVisibleCell().getIndex());
        }
        return Optional.empty();
    }

    private static void collectExpanded(TreeItem<?> item, List<Boolean> into) {
        into.add(item.isExpanded());
        item.getChildren().forEach(child -> collectExpanded(child, into));
    }

    private static void applyExpanded(TreeItem<?> item, java.util.Iterator<Boolean> from) {
        item.setExpanded(from.next());
        item.getChildren().forEach(child -> applyExpanded(child, from));
    }

    private static <T> Optional<T> find(Parent root, String selector, Class<T> type) {
        Node n = root.lookup(selector);
        return type.isInstance(n) ? Optional.of(type.cast(n)) : Optional.empty();
    }
}
