package io.ccmm.ui.portfolio;

import io.ccmm.library.Library;
import io.ccmm.portfolio.ItemDifference;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The portfolio window: a table of every organization and site (sortable; filters by industry, level and status; a
 * search), a comparison of the selected sites (module radar overlay and the items where they differ most), each
 * site's module percentile within the portfolio, and an Excel export. Folders and libraries are read in the
 * background; the window never waits for them.
 */
public final class PortfolioWindow {

    static final String TITLE_KEY = "portfolio.title";

    private final Stage stage = new Stage();
    private final Messages messages;
    private final DialogService dialogs;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ccmm-portfolio");
        t.setDaemon(true);
        return t;
    });
    private final PortfolioViewModel model;
    private final TableView<PortfolioRow> table = new TableView<>();
    private final Label status = new Label();
    private final VBox comparePane = new VBox(8);
    private final OverlayRadar radar = new OverlayRadar();

    private PortfolioWindow(Window owner, Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.model = new PortfolioViewModel(background, Platform::runLater, messages);
        stage.initOwner(owner);
        stage.setTitle(messages.get(TITLE_KEY));
        io.ccmm.ui.common.Windows.closable(stage);
        stage.setScene(scene());
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        stage.setOnHidden(e -> {
            model.closeLibrary();
            background.shutdown();
        });
    }

    /** Opens the portfolio window over {@code roots} (folders or files; none = empty until the user picks). */
    public static PortfolioWindow show(Window owner, Messages messages, DialogService dialogs, List<Path> roots) {
        PortfolioWindow w = new PortfolioWindow(owner, messages, dialogs);
        w.stage.show();
        if (!roots.isEmpty()) {
            w.model.openFolders(roots);
        }
        return w;
    }

    PortfolioViewModel model() {
        return model;
    }

    Stage stage() {
        return stage;
    }

    private Scene scene() {
        Button folder = new Button(messages.get("portfolio.openFolder"));
        folder.setOnAction(e -> chooseFolder());
        Button library = new Button(messages.get("portfolio.openLibrary"));
        library.setOnAction(e -> chooseLibrary());
        TextField search = new TextField();
        search.setPromptText(messages.get("portfolio.search"));
        search.setId("portfolio-search");
        model.search().bind(search.textProperty());
        ComboBox<String> industry = new ComboBox<>();
        industry.setId("portfolio-industry");
        industry.setPromptText(messages.get("portfolio.industry.all"));
        industry.setOnShowing(e -> {
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(model.industries());
            industry.getItems().setAll(items);
        });
        industry.setConverter(converter(s -> s == null || s.isEmpty() ? messages.get("portfolio.industry.all") : s));
        industry.valueProperty().addListener((o, a, b) -> model.industry().set(b == null ? "" : b));
        ComboBox<Integer> level = new ComboBox<>();
        level.setId("portfolio-level");
        level.getItems().addAll(-1, 0, 1, 2, 3, 4, 5);
        level.setConverter(converter(l -> l == null || l < 0 ? messages.get("portfolio.level.all") : levelName(l)));
        level.setValue(-1);
        level.valueProperty().addListener((o, a, b) -> model.level().set(b == null || b < 0 ? null : b));
        ComboBox<String> state = new ComboBox<>();
        state.setId("portfolio-status");
        state.getItems().addAll("all", "final", "draft");
        state.setConverter(converter(s -> messages.get("portfolio.status." + (s == null ? "all" : s))));
        state.setValue("all");
        state.valueProperty()
                .addListener((o, a, b) -> model.finalOnly().set("all".equals(b) ? null : "final".equals(b)));
        Button compare = new Button(messages.get("portfolio.compare"));
        compare.setId("portfolio-compare");
        compare.disableProperty()
                .bind(javafx.beans.binding.Bindings.size(
                                table.getSelectionModel().getSelectedItems())
                        .lessThan(2));
        compare.setOnAction(e -> compareSelected());
        Button export = new Button(messages.get("portfolio.exportXlsx"));
        export.setOnAction(e -> exportXlsx());
        Button exportPdf = new Button(messages.get("portfolio.exportPdf"));
        exportPdf.setId("portfolio-export-pdf");
        exportPdf.setOnAction(e -> exportPdf());
        HBox bar = new HBox(8, folder, library, search, industry, level, state, compare, export, exportPdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        columns();
        SortedList<PortfolioRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("portfolio.empty")));
        model.rows().addListener((ListChangeListener<PortfolioRow>) c -> updateStatus());
        model.loading().addListener((o, a, b) -> updateStatus());
        model.problem().addListener((o, a, b) -> updateStatus());

        comparePane.setPadding(new Insets(8));
        comparePane.getChildren().add(new Label(messages.get("portfolio.compare.hint")));
        SplitPane split = new SplitPane(table, comparePane);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), bar));
        root.setBottom(status);
        BorderPane.setMargin(bar, new Insets(10));
        BorderPane.setMargin(status, new Insets(6, 10, 8, 10));
        root.getStyleClass().add("portfolio-window");
        Scene scene = new Scene(root, 1280, 800);
        Theme.addAppStylesheet(scene);
        updateStatus();
        return scene;
    }

    private void columns() {
        table.getColumns().add(text("portfolio.col.organization", PortfolioRow::organization, 220));
        table.getColumns().add(text("portfolio.col.site", PortfolioRow::site, 150));
        table.getColumns().add(text("portfolio.col.industry", PortfolioRow::industry, 120));
        table.getColumns().add(text("portfolio.col.round", PortfolioRow::roundTitle, 110));
        table.getColumns().add(text("portfolio.col.date", PortfolioRow::roundDate, 90));
        table.getColumns()
                .add(text(
                        "portfolio.col.status",
                        r -> r.hasProblem()
                                ? ""
                                : messages.get(r.isFinal() ? "portfolio.status.final" : "portfolio.status.draft"),
                        70));
        TableColumn<PortfolioRow, Integer> level = new TableColumn<>(messages.get("portfolio.col.level"));
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().readinessLevel()));
        level.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                PortfolioRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null || row.hasProblem() ? "" : levelName(item));
            }
        });
        level.setPrefWidth(70);
        table.getColumns().add(level);
        TableColumn<PortfolioRow, BigDecimal> next = new TableColumn<>(messages.get("portfolio.col.next"));
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextLevelPercent()));
        next.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                PortfolioRow r =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(
                        r == null || r.hasProblem() || r.nextLevel() == 0
                                ? ""
                                : "L" + r.nextLevel() + " "
                                        + r.nextLevelPercent().toPlainString() + " / " + r.nextLevelThreshold());
            }
        });
        next.setPrefWidth(110);
        table.getColumns().add(next);
        for (String module : List.of("1.0", "2.0", "3.0", "4.0", "5.0")) {
            TableColumn<PortfolioRow, BigDecimal> m = new TableColumn<>(module);
            m.setCellValueFactory(c ->
                    new ReadOnlyObjectWrapper<>(c.getValue().modulePercents().get(module)));
            m.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(BigDecimal item, boolean empty) {
                    super.updateItem(item, empty);
                    PortfolioRow r = empty || getTableRow() == null
                            ? null
                            : getTableRow().getItem();
                    setText(
                            r == null || item == null
                                    ? ""
                                    : messages.get(
                                            "portfolio.modulePercentile",
                                            item.toPlainString(),
                                            model.percentile(r, module)));
                }
            });
            m.setPrefWidth(96);
            table.getColumns().add(m);
        }
        table.getColumns().add(number("portfolio.col.notApplicable", PortfolioRow::notApplicable));
        table.getColumns().add(number("portfolio.col.conflicts", PortfolioRow::conflicts));
        table.getColumns()
                .add(text(
                        "portfolio.col.trend",
                        r -> r.trend().stream()
                                .map(t -> levelName(t.readinessLevel()))
                                .collect(Collectors.joining(" → ")),
                        110));
        table.getColumns()
                .add(text(
                        "portfolio.col.problem",
                        r -> r.problem()
                                .map(p -> p.describe(messages.language().locale()))
                                .orElse(""),
                        260));
    }

    private TableColumn<PortfolioRow, String> text(
            String key, java.util.function.Function<PortfolioRow, String> value, double width) {
        TableColumn<PortfolioRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<PortfolioRow, Integer> number(
            String key, java.util.function.ToIntFunction<PortfolioRow> value) {
        TableColumn<PortfolioRow, Integer> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        c.setPrefWidth(70);
        return c;
    }

    private String levelName(int level) {
        return io.ccmm.explain.ReadinessVocabulary.readinessLevel(Math.max(0, level), messages.language());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return words.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private void updateStatus() {
        long problems = model.rows().stream().filter(PortfolioRow::hasProblem).count();
        String text = model.loading().get()
                ? messages.get("portfolio.reading", model.rows().size())
                : messages.get("portfolio.count", model.rows().size() - problems, problems);
        if (!model.problem().get().isEmpty()) {
            text = model.problem().get();
        }
        status.setText(text);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("portfolio.openFolder"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.openFolders(List.of(dir.toPath()));
        }
    }

    private LibraryLogin login() {
        return LibraryLogin.forUser(messages, background, Platform::runLater);
    }

    /** Opens a team library named in the library dialog (read in the background). */
    private void chooseLibrary() {
        LibraryDialog.show(stage, messages, login(), "portfolio.openLibrary", "library.dialog.open")
                .ifPresent(model::openLibrary);
    }

    /** Publishes the latest round of each selected file to a team library named in the library dialog. */
    void publishSelected() {
        String title = messages.get("library.publish.title");
        List<PortfolioRow> chosen =
                model.publishable(List.copyOf(table.getSelectionModel().getSelectedItems()));
        if (chosen.isEmpty()) {
            dialogs.info(title, messages.get("library.publish.none"));
            return;
        }
        LibraryDialog.show(stage, messages, login(), "library.publish.title", "library.dialog.publish")
                .ifPresent(lib -> publish(lib, chosen));
    }

    void publish(Library lib, List<PortfolioRow> chosen) {
        String title = messages.get("library.publish.title");
        status.setText(messages.get(
                "library.publish.running", chosen.size(), lib.location().display()));
        model.publish(lib, chosen, report -> {
            String summary = messages.get(
                    "library.publish.done",
                    report.added(),
                    report.replaced(),
                    lib.location().display());
            status.setText(summary);
            if (!report.failures().isEmpty()) {
                dialogs.error(title, summary + "\n\n" + String.join("\n", report.failures()));
            }
        });
    }

    private javafx.scene.control.MenuBar menuBar() {
        javafx.scene.control.MenuItem openFolder =
                new javafx.scene.control.MenuItem(messages.get("portfolio.openFolder"));
        openFolder.setOnAction(e -> chooseFolder());
        javafx.scene.control.MenuItem openLibrary =
                new javafx.scene.control.MenuItem(messages.get("library.menu.open"));
        openLibrary.setOnAction(e -> chooseLibrary());
        javafx.scene.control.MenuItem publish = new javafx.scene.control.MenuItem(messages.get("library.menu.publish"));
        publish.setId("portfolio-publish");
        publish.setOnAction(e -> publishSelected());
        javafx.scene.control.Menu library =
                new javafx.scene.control.Menu(messages.get("library.menu"), null, openLibrary, publish);
        javafx.scene.control.MenuItem xlsx = new javafx.scene.control.MenuItem(messages.get("portfolio.exportXlsx"));
        xlsx.setOnAction(e -> exportXlsx());
        javafx.scene.control.MenuItem pdf = new javafx.scene.control.MenuItem(messages.get("portfolio.exportPdf"));
        pdf.setOnAction(e -> exportPdf());
        javafx.scene.control.MenuItem close = new javafx.scene.control.MenuItem(messages.get("portfolio.close"));
        close.setOnAction(e -> stage.close());
        javafx.scene.control.Menu file = new javafx.scene.control.Menu(
                messages.get("portfolio.menu.file"),
                null,
                openFolder,
                library,
                new javafx.scene.control.SeparatorMenuItem(),
                xlsx,
                pdf,
                new javafx.scene.control.SeparatorMenuItem(),
                close);
        javafx.scene.control.MenuBar bar = new javafx.scene.control.MenuBar(file);
        bar.setId("portfolio-menu");
        return bar;
    }

    private void compareSelected() {
        List<PortfolioRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        comparePane.getChildren().setAll(new Label(messages.get("portfolio.compare.reading")));
        model.compare(selected, this::showComparison, failure -> comparePane
                .getChildren()
                .setAll(new Label(failure)));
    }

    private void showComparison(PortfolioViewModel.Comparison c) {
        List<List<Double>> series = new ArrayList<>();
        VBox legend = new VBox(4);
        for (int i = 0; i < c.sites().size(); i++) {
            PortfolioRow r = c.sites().get(i);
            series.add(c.modules().stream()
                    .map(m ->
                            r.modulePercents().getOrDefault(m, BigDecimal.ZERO).doubleValue())
                    .toList());
            String percentiles = c.modules().stream()
                    .map(m -> m + " P" + model.percentile(r, m))
                    .collect(Collectors.joining("  "));
            Label l = new Label("■ " + r.organization() + " " + r.site() + " — " + levelName(r.readinessLevel()) + "   "
                    + percentiles);
            l.setTextFill(OverlayRadar.COLORS.get(i % OverlayRadar.COLORS.size()));
            legend.getChildren().add(l);
        }
        radar.setData(
                c.modules().stream()
                        .map(id -> io.ccmm.portfolio.ModuleLabels.label(id, messages.language()))
                        .toList(),
                series);
        VBox items = new VBox(3);
        items.getChildren().add(new Label(messages.get("portfolio.compare.items")));
        for (ItemDifference d : c.differences()) {
            items.getChildren()
                    .add(new Label(messages.get(
                            "portfolio.compare.item",
                            d.item(),
                            d.points().stream()
                                    .map(p -> p < 0 ? "—" : String.valueOf(p))
                                    .collect(Collectors.joining(" / ")),
                            d.spread())));
        }
        if (c.differences().isEmpty()) {
            items.getChildren().add(new Label(messages.get("portfolio.compare.none")));
        }
        VBox right = new VBox(10, legend, items);
        HBox content = new HBox(16, radar, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        comparePane.getChildren().setAll(content);
    }

    private void exportXlsx() {
        dialogs.chooseFileToSave(
                        messages.get("portfolio.exportXlsx"),
                        Path.of(System.getProperty("user.home")),
                        messages.get("portfolio.exportName") + ".xlsx",
                        "Excel",
                        "*.xlsx")
                .ifPresent(target -> model.exportXlsx(
                        target,
                        () -> status.setText(messages.get("portfolio.exported", target.getFileName())),
                        failure -> dialogs.error(messages.get("portfolio.exportXlsx"), failure)));
    }

    private void exportPdf() {
        List<PortfolioRow> compared = List.copyOf(table.getSelectionModel().getSelectedItems());
        dialogs.chooseFileToSave(
                        messages.get("portfolio.exportPdf"),
                        Path.of(System.getProperty("user.home")),
                        messages.get("portfolio.exportName") + ".pdf",
                        "PDF",
                        "*.pdf")
                .ifPresent(target -> model.exportPdf(
                        target,
                        compared,
                        () -> status.setText(messages.get("portfolio.exported", target.getFileName())),
                        failure -> dialogs.error(messages.get("portfolio.exportPdf"), failure)));
    }
}
