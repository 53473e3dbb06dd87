package io.ccmm.ui.overview;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;

/**
 * All items in one sortable, filterable table with in-place C/F editing and bulk setting of selected rows. The table
 * joins the scene only when its tab is first shown (its skin, header and cells for 170 rows are not built for the
 * first window); its cells read the ratings when they are made, so it shows the current ratings whenever it first
 * appears. The toolbar with the user's filters is there from the start.
 */
public final class OverviewController {

    private static final List<Rate> RATES = List.of(Rate.FULL, Rate.PARTIAL, Rate.NONE, Rate.UNRATED);

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final Runnable showCard;

    @FXML
    private TextField filterField;

    @FXML
    private javafx.scene.control.ComboBox<io.ccmm.ui.workspace.ItemFilter> kindFilter;

    @FXML
    private Label selectionLabel;

    @FXML
    private TableView<AssessmentItem> table;

    @FXML
    private javafx.scene.layout.BorderPane overviewRoot;

    @FXML
    private Button setC10;

    private final ViewLifetime lifetime;

    /** Where the view's root keeps its table, which joins the scene only when first shown ({@link #tableOf}). */
    private static final String TABLE = "ccmm.overview.table";

    /**
     * The overview table of the view whose root is {@code overviewRoot} (the node styled {@code overview}), in the scene
     * or not yet: a language switch carries its sort order and selection even while another tab is shown.
     */
    public static java.util.Optional<TableView<?>> tableOf(javafx.scene.Node overviewRoot) {
        return overviewRoot != null && overviewRoot.getProperties().get(TABLE) instanceof TableView<?> t
                ? java.util.Optional.of(t)
                : java.util.Optional.empty();
    }

    public OverviewController(WorkspaceViewModel vm, Messages messages, Runnable showCard, ViewLifetime lifetime) {
        this.vm = vm;
        this.lifetime = lifetime;
        this.messages = messages;
        this.showCard = showCard;
    }

    @FXML
    private void initialize() {
        Language lang = vm.language();
        FilteredList<AssessmentItem> filtered = new FilteredList<>(
                FXCollections.observableArrayList(vm.catalog().items()));
        kindFilter.getItems().setAll(io.ccmm.ui.workspace.ItemFilter.values());
        kindFilter.setValue(io.ccmm.ui.workspace.ItemFilter.ALL);
        kindFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(io.ccmm.ui.workspace.ItemFilter f) {
                return f == null ? "" : messages.get(f.messageKey());
            }

            @Override
            public io.ccmm.ui.workspace.ItemFilter fromString(String text) {
                return kindFilter.getValue();
            }
        });
        Runnable refilter = () -> {
            String now = filterField.getText();
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            io.ccmm.ui.workspace.ItemFilter kind =
                    kindFilter.getValue() == null ? io.ccmm.ui.workspace.ItemFilter.ALL : kindFilter.getValue();
            filtered.setPredicate(item -> kind.test(item, vm.rating(item.id()), vm.teamMarks())
                    && (q.isEmpty()
                            || String.valueOf(item.id()).equals(q)
                            || item.title().get(lang).toLowerCase(Locale.ROOT).contains(q)
                            || item.module().startsWith(q)
                            || vm.rating(item.id())
                                    .note()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(q)));
        };
        filterField.textProperty().addListener((o, old, now) -> refilter.run());
        kindFilter.valueProperty().addListener((o, old, now) -> refilter.run());
        SortedList<AssessmentItem> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(messages.get("overview.none")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<AssessmentItem>)
                c -> selectionLabel.setText(messages.get(
                        "overview.selected",
                        table.getSelectionModel().getSelectedItems().size())));
        selectionLabel.setText(messages.get("overview.selected", 0));

        TableColumn<AssessmentItem, Integer> id = new TableColumn<>(messages.get("overview.col.id"));
        id.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().id()));
        id.setPrefWidth(60);
        TableColumn<AssessmentItem, String> module = new TableColumn<>(messages.get("overview.col.module"));
        module.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().area()));
        module.setPrefWidth(70);
        TableColumn<AssessmentItem, String> title = new TableColumn<>(messages.get("overview.col.title"));
        title.setCellValueFactory(
                d -> new ReadOnlyStringWrapper(d.getValue().title().get(lang)));
        title.setPrefWidth(380);
        TableColumn<AssessmentItem, Integer> level = new TableColumn<>(messages.get("overview.col.level"));
        level.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().level()));
        level.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "L" + v);
            }
        });
        level.setPrefWidth(60);
        TableColumn<AssessmentItem, Rate> c = rateColumn(messages.get("overview.col.c"), true);
        TableColumn<AssessmentItem, Rate> f = rateColumn(messages.get("overview.col.f"), false);
        TableColumn<AssessmentItem, Integer> points = new TableColumn<>(messages.get("overview.col.points"));
        points.setCellValueFactory(
                d -> new ReadOnlyObjectWrapper<>(vm.rating(d.getValue().id()).points()));
        points.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("pts-unrated", "pts-0", "pts-low", "pts-mid", "pts-full");
                if (empty || v == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    return;
                }
                Rating r = vm.rating(getTableRow().getItem().id());
                setText(r.notApplicable() ? messages.get("workspace.na") : r.isRated() ? String.valueOf(v) : "—");
                getStyleClass()
                        .add(
                                r.isRated()
                                        ? (v == 20 ? "pts-full" : v >= 10 ? "pts-mid" : v > 0 ? "pts-low" : "pts-0")
                                        : "pts-unrated");
            }
        });
        points.setPrefWidth(70);
        TableColumn<AssessmentItem, String> note = new TableColumn<>(messages.get("overview.col.note"));
        note.setCellValueFactory(
                d -> new ReadOnlyStringWrapper(vm.rating(d.getValue().id()).note()));
        note.setPrefWidth(360);
        table.getColumns().setAll(List.of(id, module, title, level, c, f, points, note));
        // Ids that do not depend on the language or on where the user dragged a column (a language switch carries
        // them).
        List<String> ids = List.of("id", "module", "title", "level", "c", "f", "points", "note");
        for (int i = 0; i < ids.size(); i++) {
            table.getColumns().get(i).setId("overview-col-" + ids.get(i));
        }

        table.setRowFactory(t -> {
            TableRow<AssessmentItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.select(row.getItem().id());
                    showCard.run();
                }
            });
            return row;
        });
        lifetime.onInvalidated(vm.revisionProperty(), () -> {
            if (shown.get()) {
                table.refresh();
            } else {
                stale = true;
            }
        });
        table.setEditable(!vm.readOnly());
        // The toolbar (two small controls holding the user's filters) stays; the table joins when first shown.
        overviewRoot.setCenter(null);
        overviewRoot.getProperties().put(TABLE, table);
        lifetime.onChange(overviewRoot.sceneProperty(), scene -> attachIfShown());
    }

    private javafx.beans.value.ObservableBooleanValue shown = new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean stale;
    private boolean attached;

    /**
     * Refreshes the table only while {@code visible} (its tab is shown); changes made meanwhile show when it does. Until
     * it is first visible the table stays out of the scene.
     */
    public void refreshOnlyWhile(javafx.beans.value.ObservableBooleanValue visible) {
        shown = visible;
        lifetime.onChange(visible, now -> {
            if (!now) {
                return;
            }
            if (!attached) {
                attachIfShown();
            } else if (stale) {
                stale = false;
                table.refresh();
            }
        });
    }

    /** Puts the table into the view once the view is in a scene and shown; its new cells read today's ratings. */
    private void attachIfShown() {
        if (!attached && shown.get() && overviewRoot.getScene() != null) {
            attached = true;
            stale = false;
            overviewRoot.setCenter(table);
        }
    }

    private TableColumn<AssessmentItem, Rate> rateColumn(String header, boolean method) {
        TableColumn<AssessmentItem, Rate> col = new TableColumn<>(header);
        col.setCellValueFactory(d -> {
            Rating r = vm.rating(d.getValue().id());
            return new ReadOnlyObjectWrapper<>(method ? r.c() : r.f());
        });
        col.setCellFactory(
                ComboBoxTableCell.forTableColumn(new RateConverter(), FXCollections.observableArrayList(RATES)));
        col.setComparator((a, b) -> Integer.compare(sortKey(a), sortKey(b)));
        col.setOnEditCommit(e -> {
            int item = e.getRowValue().id();
            Rate value = e.getNewValue() == null ? Rate.UNRATED : e.getNewValue();
            vm.rate(item, method ? value : null, method ? null : value);
        });
        col.setPrefWidth(90);
        col.setEditable(true);
        return col;
    }

    private static int sortKey(Rate r) {
        return r.isRated() ? r.points() : -1;
    }

    private List<Integer> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .map(AssessmentItem::id)
                .toList();
    }

    private void setSelected(Rate c, Rate f) {
        List<Integer> ids = selectedIds();
        if (!ids.isEmpty()) {
            vm.rateMany(ids, c, f);
        }
    }

    @FXML
    private void setC10() {
        setSelected(Rate.FULL, null);
    }

    @FXML
    private void setC5() {
        setSelected(Rate.PARTIAL, null);
    }

    @FXML
    private void setC0() {
        setSelected(Rate.NONE, null);
    }

    @FXML
    private void setF10() {
        setSelected(null, Rate.FULL);
    }

    @FXML
    private void setF5() {
        setSelected(null, Rate.PARTIAL);
    }

    @FXML
    private void setF0() {
        setSelected(null, Rate.NONE);
    }

    @FXML
    private void clearRating() {
        setSelected(Rate.UNRATED, Rate.UNRATED);
    }

    private final class RateConverter extends StringConverter<Rate> {
        @Override
        public String toString(Rate r) {
            if (r == null || !r.isRated()) {
                return "—";
            }
            return String.valueOf(r.points());
        }

        @Override
        public Rate fromString(String s) {
            return switch (s == null ? "" : s.strip()) {
                case "10" -> Rate.FULL;
                case "5" -> Rate.PARTIAL;
                case "0" -> Rate.NONE;
                default -> Rate.UNRATED;
            };
        }
    }
}
