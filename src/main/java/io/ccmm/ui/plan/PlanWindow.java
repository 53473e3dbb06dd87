package io.ccmm.ui.plan;

import io.ccmm.assessment.Rate;
import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Finding;
import io.ccmm.storage.FindingKind;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Priority;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The plan of the round: findings, the action plan, what-if with projected readiness, and the executive summary. */
public final class PlanWindow {

    static final double WIDTH = 980;
    static final double HEIGHT = 700;

    private final PlanViewModel model;
    private final Messages m;
    private final DialogService dialogs;
    private final UnfinishedForms unfinished;

    private PlanWindow(PlanViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.m = messages;
        this.dialogs = dialogs;
        this.unfinished = new UnfinishedForms(messages, dialogs);
    }

    /** Opens the plan window of {@code roundId} over {@code owner}; a file that cannot be read is said in a dialog. */
    public static void show(Window owner, AssessmentFile file, long roundId, Messages messages, DialogService dialogs) {
        PlanViewModel model;
        try {
            model = new PlanViewModel(file, roundId);
        } catch (StorageException e) {
            dialogs.error(
                    messages.get("plan.title"),
                    StorageText.describe(e, messages.language().locale()));
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("plan.title"));
        io.ccmm.ui.common.Windows.closable(stage);
        PlanWindow w = new PlanWindow(model, messages, dialogs);
        // Every way out (Close, Esc, Ctrl+W, the main window closing) keeps a summary typed and not yet saved.
        stage.setOnHiding(e -> w.use(model::saveSummaryIfChanged));
        TabPane tabs = new TabPane(w.findingsTab(), w.actionsTab(), w.whatIfTab(), w.summaryTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, WIDTH, HEIGHT);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        w.askBeforeClosing(stage, owner);
        stage.show();
    }

    /**
     * A finding or an action typed and not added (or a selected one changed and not saved) is never dropped without the
     * user's word: closing this window, or the main window under it, asks first (add it, discard it, or stay).
     */
    private void askBeforeClosing(Stage stage, Window owner) {
        stage.setOnCloseRequest(e -> {
            if (!unfinished.mayClose()) {
                e.consume();
            }
        });
        if (owner == null) {
            return;
        }
        javafx.event.EventHandler<javafx.stage.WindowEvent> ownerClosing = e -> {
            if (stage.isShowing()) {
                stage.toFront();
                if (!unfinished.mayClose()) {
                    e.consume();
                }
            }
        };
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, ownerClosing);
        stage.addEventHandler(
                javafx.stage.WindowEvent.WINDOW_HIDDEN,
                e -> owner.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, ownerClosing));
    }

    /** Runs a change; a refusal is shown in the user's words and changes nothing. */
    private void use(StorageWork work) {
        try {
            work.run();
        } catch (StorageException e) {
            dialogs.error(
                    m.get("plan.title"), StorageText.describe(e, m.language().locale()));
        }
    }

    @FunctionalInterface
    private interface StorageWork {
        void run() throws StorageException;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String kind(FindingKind k) {
        return m.get("plan.kind." + k.code());
    }

    private String priority(Priority p) {
        return m.get("plan.priority." + p.code());
    }

    // Findings

    private Tab findingsTab() {
        TextField filter = new TextField();
        filter.setId("findingFilter");
        filter.setPromptText(m.get("plan.findings.filter"));
        model.findingFilterProperty().bind(filter.textProperty());
        ComboBox<FindingKind> kindFilter = new ComboBox<>();
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(FindingKind.values());
        kindFilter.setCellFactory(l -> kindCell(m.get("plan.findings.allKinds")));
        kindFilter.setButtonCell(kindCell(m.get("plan.findings.allKinds")));
        model.kindFilterProperty().bind(kindFilter.valueProperty());

        TableView<Finding> table = new TableView<>();
        table.setId("findingsTable");
        table.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(m.get("plan.findings.none")));
        SortedList<Finding> sorted = new SortedList<>(model.shownFindings());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<Finding, String> item = column(m.get("plan.column.item"), f -> Integer.toString(f.item()), 70);
        item.setComparator(Comparator.comparingInt(Integer::parseInt));
        table.getColumns().add(item);
        table.getColumns().add(column(m.get("plan.column.kind"), f -> kind(f.kind()), 110));
        TableColumn<Finding, String> severity = column(m.get("plan.column.severity"), f -> priority(f.severity()), 90);
        table.getColumns().add(severity);
        table.getColumns().add(column(m.get("plan.column.text"), Finding::text, 520));
        table.getColumns().add(column(m.get("plan.column.author"), Finding::author, 120));

        TextField itemField = new TextField();
        itemField.setId("findingItem");
        itemField.setPromptText(m.get("plan.column.item"));
        itemField.setPrefColumnCount(4);
        ComboBox<FindingKind> kind = new ComboBox<>();
        kind.getItems().addAll(FindingKind.values());
        kind.setValue(FindingKind.WEAKNESS);
        kind.setCellFactory(l -> kindCell(""));
        kind.setButtonCell(kindCell(""));
        ComboBox<Priority> sev = priorityBox();
        TextField text = new TextField();
        text.setId("findingText");
        text.setPromptText(m.get("plan.column.text"));
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        Button add = new Button(m.get("plan.findings.add"));
        add.setId("addFinding");
        add.setOnAction(e -> number(itemField.getText())
                .ifPresentOrElse(
                        n -> use(() -> {
                            model.addFinding(n, kind.getValue(), sev.getValue(), text.getText());
                            text.clear();
                        }),
                        () -> dialogs.error(m.get("plan.title"), m.get("plan.badItem", itemField.getText()))));
        Button edit = new Button(m.get("plan.findings.save"));
        edit.setId("saveFinding");
        edit.setOnAction(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                use(() -> model.updateFinding(selected.withText(text.getText())
                        .withKind(kind.getValue())
                        .withSeverity(sev.getValue())));
                // The saved finding stays selected, so the form is known to match it.
                table.getItems().stream()
                        .filter(x -> x.id() == selected.id())
                        .findFirst()
                        .ifPresent(x -> table.getSelectionModel().select(x));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                itemField.setText(Integer.toString(f.item()));
                kind.setValue(f.kind());
                sev.setValue(f.severity());
                text.setText(f.text());
            }
        });
        Button remove = new Button(m.get("plan.remove"));
        remove.setOnAction(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                use(() -> model.removeFinding(selected));
            }
        });
        HBox filters = new HBox(8, filter, kindFilter);
        HBox form = new HBox(8, itemField, kind, sev, text, add, edit, remove);
        VBox box = new VBox(8, filters, table, form);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Tab tab = new Tab(m.get("plan.findings.title"), box);
        unfinished.add(() -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            String typed = text.getText().strip();
            if (selected == null) {
                // A finding already in the plan (its row no longer selected, e.g. filtered away) is not new.
                boolean known = model.shownFindings().getSource().stream()
                        .anyMatch(f -> f.text().equals(typed)
                                && Integer.toString(f.item())
                                        .equals(itemField.getText().strip()));
                return UnfinishedForms.Unfinished.when(
                        !typed.isEmpty() && !known,
                        tab,
                        m.get("plan.unfinished.finding", shownItem(itemField.getText()), typed),
                        m.get("plan.findings.add"),
                        add);
            }
            // The file keeps texts stripped: compare as it would store them.
            boolean changed = !selected.text().equals(typed)
                    || selected.kind() != kind.getValue()
                    || selected.severity() != sev.getValue();
            return UnfinishedForms.Unfinished.when(
                    changed,
                    tab,
                    m.get("plan.unfinished.findingChanged", Integer.toString(selected.item()), typed),
                    m.get("plan.findings.save"),
                    edit);
        });
        return tab;
    }

    /** An item number as typed, for a question: "—" when none was typed. */
    private static String shownItem(String typed) {
        return typed.isBlank() ? "—" : typed.strip();
    }

    private ListCell<FindingKind> kindCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(FindingKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty ? "" : k == null ? none : kind(k));
            }
        };
    }

    private ComboBox<Priority> priorityBox() {
        ComboBox<Priority> box = new ComboBox<>();
        box.getItems().addAll(Priority.values());
        box.setValue(Priority.MEDIUM);
        Function<Priority, ListCell<Priority>> cell = x -> new ListCell<>() {
            @Override
            protected void updateItem(Priority p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "" : priority(p));
            }
        };
        box.setCellFactory(l -> cell.apply(null));
        box.setButtonCell(cell.apply(null));
        return box;
    }

    private static java.util.Optional<Integer> number(String s) {
        try {
            return java.util.Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    // Action plan

    private Tab actionsTab() {
        TextField filter = new TextField();
        filter.setId("actionFilter");
        filter.setPromptText(m.get("plan.actions.filter"));
        model.actionFilterProperty().bind(filter.textProperty());
        ComboBox<PlanViewModel.Grouping> grouping = new ComboBox<>();
        grouping.setId("grouping");
        grouping.getItems().addAll(PlanViewModel.Grouping.values());
        grouping.setValue(PlanViewModel.Grouping.NONE);
        Function<PlanViewModel.Grouping, ListCell<PlanViewModel.Grouping>> cell = x -> new ListCell<>() {
            @Override
            protected void updateItem(PlanViewModel.Grouping g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? "" : m.get("plan.group." + g.name().toLowerCase(Locale.ROOT)));
            }
        };
        grouping.setCellFactory(l -> cell.apply(null));
        grouping.setButtonCell(cell.apply(null));
        model.groupingProperty().bind(grouping.valueProperty());

        TableView<PlanAction> table = new TableView<>();
        table.setId("actionsTable");
        table.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(m.get("plan.actions.none")));
        SortedList<PlanAction> sorted = new SortedList<>(model.shownActions());
        table.setItems(sorted);
        TableColumn<PlanAction, String> group = column(m.get("plan.column.group"), model::groupOf, 110);
        table.getColumns().add(group);
        table.getColumns()
                .add(column(m.get("plan.column.action"), a -> a.action().what(), 330));
        table.getColumns()
                .add(column(
                        m.get("plan.column.items"),
                        a -> String.join(
                                ", ", a.items().stream().map(String::valueOf).toList()),
                        90));
        table.getColumns().add(column(m.get("plan.column.priority"), a -> priority(a.priority()), 70));
        table.getColumns()
                .add(column(m.get("plan.column.owner"), a -> a.action().owner(), 110));
        TableColumn<PlanAction, String> due =
                column(m.get("plan.column.due"), a -> a.action().due(), 100);
        table.getColumns().add(due);
        table.getColumns()
                .add(column(
                        m.get("plan.column.status"),
                        a -> m.get("plan.status." + a.action().status().code()),
                        90));
        // Grouped: the group first, then whatever column the user sorts by.
        sorted.comparatorProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> {
                            Comparator<PlanAction> byGroup = Comparator.comparing(model::groupOf);
                            Comparator<PlanAction> user = table.getComparator();
                            return user == null ? byGroup : byGroup.thenComparing(user);
                        },
                        table.comparatorProperty(),
                        model.groupingProperty()));
        model.groupingProperty().addListener((o, a, b) -> {
            group.setVisible(b != PlanViewModel.Grouping.NONE);
            table.refresh();
        });
        group.setVisible(false);
        // The sorted list sorts by the binding above; the table only records which column the user chose.
        table.setSortPolicy(t -> true);

        TextField title = new TextField();
        title.setId("actionTitle");
        title.setPromptText(m.get("plan.column.action"));
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        TextField item = new TextField();
        item.setId("actionItem");
        item.setPromptText(m.get("plan.column.item"));
        item.setPrefColumnCount(4);
        TextField owner = new TextField();
        owner.setId("actionOwner");
        owner.setPromptText(m.get("plan.column.owner"));
        TextField dueField = new TextField();
        dueField.setId("actionDue");
        dueField.setPromptText("yyyy-MM-dd");
        dueField.setPrefColumnCount(8);
        ComboBox<Priority> prio = priorityBox();
        prio.setId("actionPriority");
        ComboBox<ActionStatus> status = statusBox();
        Button add = new Button(m.get("plan.actions.add"));
        add.setId("addAction");
        // After an action is added the whole form is emptied for the next one: a number left in the item field
        // would otherwise run into the next item typed ("20" then "21" gives item 2021, which is refused).
        Runnable clearForm = () -> {
            item.clear();
            title.clear();
            owner.clear();
            dueField.clear();
            status.setValue(ActionStatus.OPEN);
            item.requestFocus();
        };
        add.setOnAction(e -> number(item.getText())
                .ifPresentOrElse(
                        n -> use(() -> {
                            PlanAction added = model.addAction(PlanAction.of(new ImprovementAction(
                                            0,
                                            0,
                                            n,
                                            title.getText(),
                                            owner.getText(),
                                            dueField.getText().strip(),
                                            status.getValue()))
                                    .withPriority(prio.getValue()));
                            table.getSelectionModel().clearSelection();
                            clearForm.run();
                            table.scrollTo(added);
                        }),
                        () -> dialogs.error(m.get("plan.title"), m.get("plan.badItem", item.getText()))));
        // The selected row fills the form; "Save changes" writes the form to that very action, whatever the order
        // the table is sorted or grouped in (the row's action is looked up by its id, never by its position).
        table.getSelectionModel().selectedItemProperty().addListener((o, a, selected) -> {
            if (selected != null) {
                item.setText(Integer.toString(selected.action().item()));
                title.setText(selected.action().what());
                owner.setText(selected.action().owner());
                dueField.setText(selected.action().due());
                prio.setValue(selected.priority());
                status.setValue(selected.action().status());
            }
        });
        Button save = new Button(m.get("plan.actions.save"));
        save.setId("saveAction");
        save.setOnAction(e -> {
            PlanAction selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (!item.getText()
                    .strip()
                    .equals(Integer.toString(selected.action().item()))) {
                dialogs.error(
                        m.get("plan.title"),
                        m.get("plan.actions.itemFixed", selected.action().item()));
                return;
            }
            ImprovementAction was = selected.action();
            use(() -> model.updateAction(selected.withAction(new ImprovementAction(
                            was.id(),
                            was.roundId(),
                            was.item(),
                            title.getText(),
                            owner.getText(),
                            dueField.getText().strip(),
                            status.getValue()))
                    .withPriority(prio.getValue())));
            table.getItems().stream()
                    .filter(x -> x.action().id() == was.id())
                    .findFirst()
                    .ifPresent(x -> table.getSelectionModel().select(x));
        });
        Button path = new Button(m.get("plan.actions.fromPath"));
        path.setId("planPath");
        path.setOnAction(e -> use(() -> model.planPath(m.language())));
        Button remove = new Button(m.get("plan.remove"));
        remove.setOnAction(e -> {
            PlanAction selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                use(() -> model.removeAction(selected));
            }
        });
        HBox top = new HBox(8, filter, new Label(m.get("plan.group.by")), grouping, path);
        HBox fields = new HBox(8, item, title, owner, dueField, prio, status);
        HBox buttons = new HBox(8, add, save, remove);
        VBox box = new VBox(8, top, table, fields, buttons);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Tab tab = new Tab(m.get("plan.actions.title"), box);
        unfinished.add(() -> {
            PlanAction selected = table.getSelectionModel().getSelectedItem();
            String typed = title.getText().strip();
            if (selected == null) {
                boolean empty = typed.isEmpty()
                        && owner.getText().isBlank()
                        && dueField.getText().isBlank();
                // An action already in the plan (its row no longer selected, e.g. filtered away) is not new.
                boolean known = model.shownActions().getSource().stream()
                        .anyMatch(a -> a.action().what().equals(typed)
                                && Integer.toString(a.action().item())
                                        .equals(item.getText().strip()));
                return UnfinishedForms.Unfinished.when(
                        !empty && !known,
                        tab,
                        m.get("plan.unfinished.action", shownItem(item.getText()), typed),
                        m.get("plan.actions.add"),
                        add);
            }
            ImprovementAction was = selected.action();
            // The file keeps texts stripped: compare as it would store them.
            boolean changed = !was.what().equals(typed)
                    || !was.owner().equals(owner.getText().strip())
                    || !was.due().equals(dueField.getText().strip())
                    || was.status() != status.getValue()
                    || selected.priority() != prio.getValue()
                    || !Integer.toString(was.item()).equals(item.getText().strip());
            return UnfinishedForms.Unfinished.when(
                    changed,
                    tab,
                    m.get("plan.unfinished.actionChanged", Integer.toString(was.item()), typed),
                    m.get("plan.actions.save"),
                    save);
        });
        return tab;
    }

    private ComboBox<ActionStatus> statusBox() {
        ComboBox<ActionStatus> box = new ComboBox<>();
        box.setId("actionStatus");
        box.getItems().addAll(ActionStatus.values());
        box.setValue(ActionStatus.OPEN);
        Function<ActionStatus, ListCell<ActionStatus>> cell = x -> new ListCell<>() {
            @Override
            protected void updateItem(ActionStatus st, boolean empty) {
                super.updateItem(st, empty);
                setText(empty || st == null ? "" : m.get("plan.status." + st.code()));
            }
        };
        box.setCellFactory(l -> cell.apply(null));
        box.setButtonCell(cell.apply(null));
        return box;
    }

    // What-if

    private Tab whatIfTab() {
        Label current = new Label();
        current.setId("currentLevel");
        current.textProperty().bind(model.currentLevelProperty().asString(m.get("plan.whatif.current")));
        Label projected = new Label();
        projected.setId("projectedLevel");
        projected.textProperty().bind(model.projectedLevelProperty().asString(m.get("plan.whatif.projected")));
        TextField item = new TextField();
        item.setId("plannedItem");
        item.setPromptText(m.get("plan.column.item"));
        item.setPrefColumnCount(4);
        ComboBox<Rate> c = rateBox();
        c.setId("plannedC");
        ComboBox<Rate> f = rateBox();
        f.setId("plannedF");
        Button set = new Button(m.get("plan.whatif.set"));
        set.setId("setPlanned");
        set.setOnAction(e -> number(item.getText())
                .ifPresentOrElse(
                        n -> use(() -> model.setPlanned(n, c.getValue(), f.getValue())),
                        () -> dialogs.error(m.get("plan.title"), m.get("plan.badItem", item.getText()))));
        TableView<io.ccmm.storage.PlannedRating> table = new TableView<>();
        table.setId("plannedTable");
        table.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(m.get("plan.whatif.none")));
        Runnable fill = () -> table.getItems()
                .setAll(model.planned().values().stream()
                        .sorted(Comparator.comparingInt(io.ccmm.storage.PlannedRating::item))
                        .toList());
        model.planned().addListener((javafx.collections.MapChangeListener<Integer, io.ccmm.storage.PlannedRating>)
                ch -> fill.run());
        fill.run();
        table.getColumns().add(column(m.get("plan.column.item"), p -> Integer.toString(p.item()), 80));
        table.getColumns().add(column("C", p -> Integer.toString(p.c().points()), 60));
        table.getColumns().add(column("F", p -> Integer.toString(p.f().points()), 60));
        VBox box = new VBox(
                8,
                new HBox(24, current, projected),
                new HBox(8, item, new Label("C"), c, new Label("F"), f, set),
                table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Tab tab = new Tab(m.get("plan.whatif.title"), box);
        unfinished.add(() -> {
            String typed = item.getText().strip();
            // A rating planned as typed is in the file already.
            io.ccmm.storage.PlannedRating known =
                    number(typed).map(n -> model.planned().get(n)).orElse(null);
            boolean planned = known != null && known.c() == c.getValue() && known.f() == f.getValue();
            return UnfinishedForms.Unfinished.when(
                    !typed.isEmpty() && !planned,
                    tab,
                    m.get("plan.unfinished.planned", typed, points(c.getValue()), points(f.getValue())),
                    m.get("plan.whatif.set"),
                    set);
        });
        return tab;
    }

    /** A rate as its points for a question: "—" when unrated. */
    private static String points(Rate rate) {
        return rate.isRated() ? Integer.toString(rate.points()) : "—";
    }

    private ComboBox<Rate> rateBox() {
        ComboBox<Rate> box = new ComboBox<>();
        box.getItems().addAll(Rate.FULL, Rate.PARTIAL, Rate.NONE, Rate.UNRATED);
        box.setValue(Rate.FULL);
        Function<Rate, ListCell<Rate>> cell = x -> new ListCell<>() {
            @Override
            protected void updateItem(Rate r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? "" : r.isRated() ? Integer.toString(r.points()) : "—");
            }
        };
        box.setCellFactory(l -> cell.apply(null));
        box.setButtonCell(cell.apply(null));
        return box;
    }

    // Executive summary

    private Tab summaryTab() {
        TextArea text = new TextArea();
        text.setId("summaryText");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.summaryProperty());
        Button draft = new Button(m.get("plan.summary.draft"));
        draft.setId("draftSummary");
        draft.setOnAction(e -> use(() -> model.draftSummary(m.language())));
        Button save = new Button(m.get("plan.summary.save"));
        save.setId("saveSummary");
        save.setOnAction(e -> use(model::saveSummary));
        VBox box = new VBox(8, text, new HBox(8, draft, save));
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return new Tab(m.get("plan.summary.title"), box);
    }
}
