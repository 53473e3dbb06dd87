package io.ccmm.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * What the user was looking at, carried over when the window's views are built again in another language: the tab,
 * the overview's filters, which groups of the navigator were open and where it was scrolled to. The item, the
 * workspace's filter and search live in the workspace's view model and need no carrying.
 */
record ViewState(
        int tab,
        Optional<String> overviewText,
        Optional<Object> overviewKind,
        List<Boolean> navigatorExpanded,
        int navigatorTop) {

    private static final String TABS = ".main-tabs";
    private static final String OVERVIEW_TEXT = ".overview-filter";
    private static final String OVERVIEW_KIND = ".overview-kind-filter";
    private static final String NAVIGATOR = ".navigator";

    static final ViewState NONE = new ViewState(-1, Optional.empty(), Optional.empty(), List.of(), -1);

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
                top);
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
