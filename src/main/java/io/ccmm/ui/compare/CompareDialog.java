package io.ccmm.ui.compare;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.readiness.ReadinessWords;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Pick two rounds of the open file and see what changed: readiness, levels, modules, items. */
public final class CompareDialog {

    /** The window's first size: room for the item table with its five columns. */
    static final double WIDTH = 980;

    static final double HEIGHT = 740;

    private CompareDialog() {}

    public static void show(
            Window owner, AssessmentFile file, long currentRound, Messages messages, DialogService dialogs) {
        List<Round> rounds;
        try {
            rounds = file.rounds();
        } catch (StorageException e) {
            dialogs.error(
                    messages.get("compare.title"),
                    io.ccmm.storage.StorageText.describe(e, messages.language().locale()));
            return;
        }
        if (rounds.size() < 2) {
            dialogs.info(messages.get("compare.title"), messages.get("compare.needTwo"));
            return;
        }
        ComboBox<Round> before = roundBox(rounds);
        ComboBox<Round> after = roundBox(rounds);
        Round current =
                rounds.stream().filter(r -> r.id() == currentRound).findFirst().orElse(rounds.get(rounds.size() - 1));
        after.setValue(current);
        int at = rounds.indexOf(current);
        before.setValue(at > 0 ? rounds.get(at - 1) : rounds.get(1));
        VBox result = new VBox(12);
        Runnable refresh =
                () -> result.getChildren().setAll(render(file, before.getValue(), after.getValue(), messages));
        before.setOnAction(e -> refresh.run());
        after.setOnAction(e -> refresh.run());
        refresh.run();

        HBox pick = new HBox(
                10, new Label(messages.get("compare.before")), before, new Label(messages.get("compare.after")), after);
        pick.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(result);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Button close = new Button(messages.get("button.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().add(close);
        VBox content = new VBox(14, pick, scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("compare-window");

        // A window of its own rather than a Dialog: a dialog window is not reliably grown to its content, and the
        // item table needs the room.
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("compare.title"));
        io.ccmm.ui.common.Windows.closable(stage);
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        close.setOnAction(e -> stage.close());
        stage.showAndWait();
    }

    private static ComboBox<Round> roundBox(List<Round> rounds) {
        ComboBox<Round> box = new ComboBox<>();
        box.getItems().setAll(rounds);
        box.setCellFactory(l -> new RoundCell());
        box.setButtonCell(new RoundCell());
        return box;
    }

    private static List<javafx.scene.Node> render(AssessmentFile file, Round a, Round b, Messages m) {
        try {
            Scored before = score(file, a);
            Scored after = score(file, b);
            RoundComparison c = RoundComparison.of(
                    after.bundle.catalog(), before.ratings, before.result, after.ratings, after.result);
            ReadinessWords words = new ReadinessWords(m, after.bundle.catalog());
            Label headline = new Label(m.get(
                    "compare.readiness", words.levelName(c.readinessBefore()), words.levelName(c.readinessAfter())));
            headline.getStyleClass().add("title-3");

            GridPane grid = new GridPane();
            grid.setHgap(18);
            grid.setVgap(4);
            int row = 0;
            for (RoundComparison.LevelChange l : c.levels()) {
                grid.addRow(
                        row++,
                        new Label(words.levelName(l.level())),
                        new Label(words.percent(l.before())),
                        new Label("→ " + words.percent(l.after())),
                        delta(l.delta(), words));
            }
            for (RoundComparison.ModuleChange mc : c.modules()) {
                grid.addRow(
                        row++,
                        new Label(words.moduleName(mc.module())),
                        new Label(words.percent(mc.before())),
                        new Label("→ " + words.percent(mc.after())),
                        delta(mc.delta(), words));
            }

            TableView<RoundComparison.ItemChange> table = new TableView<>();
            table.getStyleClass().add("compare-items");
            table.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(m.get("compare.items.none")));
            TableColumn<RoundComparison.ItemChange, Integer> id = new TableColumn<>(m.get("overview.col.id"));
            id.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().item()));
            TableColumn<RoundComparison.ItemChange, String> title = new TableColumn<>(m.get("overview.col.title"));
            title.setCellValueFactory(x -> new ReadOnlyStringWrapper(after.bundle
                    .catalog()
                    .item(x.getValue().item())
                    .map(i -> i.title().get(m.language()))
                    .orElse("")));
            title.setPrefWidth(380);
            TableColumn<RoundComparison.ItemChange, String> was = new TableColumn<>(m.get("compare.before"));
            was.setCellValueFactory(
                    x -> new ReadOnlyStringWrapper(cf(x.getValue().before())));
            TableColumn<RoundComparison.ItemChange, String> now = new TableColumn<>(m.get("compare.after"));
            now.setCellValueFactory(
                    x -> new ReadOnlyStringWrapper(cf(x.getValue().after())));
            TableColumn<RoundComparison.ItemChange, String> d = new TableColumn<>(m.get("compare.delta"));
            d.setCellValueFactory(x -> {
                int delta = x.getValue().delta();
                return new ReadOnlyStringWrapper((delta > 0 ? "+" : "") + delta);
            });
            d.setComparator(java.util.Comparator.comparingInt(Integer::parseInt));
            table.getColumns().setAll(List.of(id, title, was, now, d));
            table.getItems().setAll(c.items());
            table.setPrefHeight(300);
            // All columns share the window's width, in proportion to their preferred widths: the title gets most.
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            Label itemsTitle = new Label(m.get("compare.items", c.items().size()));
            itemsTitle.getStyleClass().add("section-title");
            return List.of(headline, grid, itemsTitle, table);
        } catch (StorageException e) {
            return List.of(new Label(
                    io.ccmm.storage.StorageText.describe(e, m.language().locale())));
        }
    }

    private static Label delta(BigDecimal d, ReadinessWords words) {
        Label l = new Label((d.signum() > 0 ? "+" : "") + words.percent(d));
        l.getStyleClass().add(d.signum() > 0 ? "delta-up" : d.signum() < 0 ? "delta-down" : "muted");
        return l;
    }

    private static String cf(Rating r) {
        return (r.c().isRated() ? String.valueOf(r.c().points()) : "—") + " / "
                + (r.f().isRated() ? String.valueOf(r.f().points()) : "—");
    }

    private record Scored(CatalogBundle bundle, Map<Integer, Rating> ratings, ReadinessResult result) {}

    private static Scored score(AssessmentFile file, Round round) throws StorageException {
        CatalogBundle bundle = file.catalogBundleOf(round.id());
        Assessment a = file.exportRound(round.id());
        ReadinessResult r = ReadinessEngine.of(bundle).score(a);
        return new Scored(bundle, a.ratingsByItem(), r);
    }

    private static final class RoundCell extends ListCell<Round> {
        @Override
        protected void updateItem(Round r, boolean empty) {
            super.updateItem(r, empty);
            setText(
                    empty || r == null
                            ? null
                            : r.info().title()
                                    + (r.info().date().isEmpty()
                                            ? ""
                                            : " (" + r.info().date() + ")"));
        }
    }
}
