package io.ccmm.ui.team;

import io.ccmm.assessment.Rate;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.ItemValue;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The conflict view: open conflicts on the left; for the selected item each assessor's C, F (or N/A), note and evidence
 * side by side. Keyboard: arrows choose the item and the assessor, Enter (or 1–9) takes that assessor's value; the
 * consensus row sets a value of the lead's own with a note.
 */
public final class ConflictView {

    private final ConflictViewModel model;
    private final Messages messages;
    private final ListView<Conflict> items = new ListView<>();
    private final TableView<Contribution> sides = new TableView<>();
    private final ComboBox<String> c = new ComboBox<>();
    private final ComboBox<String> f = new ComboBox<>();
    private final TextField note = new TextField();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    public ConflictView(ConflictViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
        reload();
    }

    /** Shows the view in its own window over {@code owner}. */
    public static Stage show(Window owner, ConflictViewModel model, Messages messages) {
        ConflictView view = new ConflictView(model, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("team.conflicts.title"));
        io.ccmm.ui.common.Windows.closable(stage);
        stage.setScene(new Scene(view.root, 900, 520));
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        io.ccmm.ui.common.Windows.dressLike(stage, owner);
        stage.show();
        view.items.requestFocus();
        return stage;
    }

    public BorderPane root() {
        return root;
    }

    private void build() {
        items.setId("team-conflict-items");
        items.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(messages.get("team.conflicts.none")));
        items.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : messages.get("team.conflicts.item", String.valueOf(item.item())));
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showSides(now));
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.TAB) {
                sides.requestFocus();
                if (sides.getSelectionModel().isEmpty() && !sides.getItems().isEmpty()) {
                    sides.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode().isDigitKey()) {
                pickNumber(e.getText());
                e.consume();
            }
        });
        items.setPrefWidth(180);

        sides.setId("team-conflict-sides");
        sides.setPlaceholder(io.ccmm.ui.common.EmptyTable.says(messages.get("team.conflicts.noSides")));
        sides.getColumns().add(column(messages.get("team.conflicts.assessor"), Contribution::assessor));
        sides.getColumns()
                .add(column(
                        "C",
                        s -> s.value().notApplicable() ? "N/A" : rate(s.value().c())));
        sides.getColumns()
                .add(column(
                        "F",
                        s -> s.value().notApplicable() ? "N/A" : rate(s.value().f())));
        sides.getColumns()
                .add(column(
                        messages.get("team.conflicts.note"),
                        s -> s.value().notApplicable() ? s.justification() + " " + s.note() : s.note()));
        sides.getColumns().add(column(messages.get("team.conflicts.evidence"), s -> s.evidence()
                .replace('\n', ',')));
        sides.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sides.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Contribution side = sides.getSelectionModel().getSelectedItem();
                if (side != null) {
                    resolve(() -> model.pick(side));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                items.requestFocus();
                e.consume();
            } else if (e.getCode().isDigitKey()) {
                pickNumber(e.getText());
                e.consume();
            }
        });

        List<String> rates = List.of("10", "5", "0", "N/A");
        c.getItems().setAll(rates);
        f.getItems().setAll(rates);
        c.setId("team-consensus-c");
        f.setId("team-consensus-f");
        note.setId("team-consensus-note");
        note.setPromptText(messages.get("team.conflicts.consensusNote"));
        Button set = new Button(messages.get("team.conflicts.consensus"));
        set.setId("team-consensus-set");
        set.setOnAction(e -> consensus());
        note.setOnAction(e -> consensus());
        HBox consensus = new HBox(
                8,
                new Label(messages.get("team.conflicts.consensusLabel")),
                new Label("C"),
                c,
                new Label("F"),
                f,
                note,
                set);
        consensus.setPadding(new Insets(8, 0, 0, 0));
        Label hint = new Label(messages.get("team.conflicts.keys"));
        hint.setWrapText(true);
        VBox bottom = new VBox(6, consensus, hint, status);
        root.setLeft(items);
        root.setCenter(sides);
        root.setBottom(bottom);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(sides, new Insets(0, 0, 0, 10));
    }

    private void pickNumber(String digit) {
        int index;
        try {
            index = Integer.parseInt(digit) - 1;
        } catch (NumberFormatException ex) {
            return;
        }
        if (index >= 0 && index < sides.getItems().size()) {
            Contribution side = sides.getItems().get(index);
            resolve(() -> model.pick(side));
        }
    }

    private void consensus() {
        Conflict conflict = items.getSelectionModel().getSelectedItem();
        if (conflict == null || c.getValue() == null || f.getValue() == null) {
            status.setText(messages.get("team.conflicts.consensusIncomplete"));
            return;
        }
        boolean na = "N/A".equals(c.getValue()) || "N/A".equals(f.getValue());
        if (na && note.getText().isBlank()) {
            status.setText(messages.get("team.conflicts.consensusIncomplete"));
            return;
        }
        ItemValue value = na
                ? new ItemValue(Rate.UNRATED, Rate.UNRATED, true)
                : new ItemValue(rateOf(c.getValue()), rateOf(f.getValue()), false);
        String words = note.getText();
        resolve(() -> model.consensus(conflict.item(), value, words, words));
        note.clear();
    }

    private interface Work {
        void run() throws StorageException;
    }

    private void resolve(Work work) {
        int at = Math.max(0, items.getSelectionModel().getSelectedIndex());
        try {
            work.run();
            status.setText(messages.get("team.conflicts.resolved"));
        } catch (StorageException ex) {
            status.setText(StorageText.describe(ex, messages.language().locale()));
        }
        reload();
        if (!items.getItems().isEmpty()) {
            items.getSelectionModel().select(Math.min(at, items.getItems().size() - 1));
        }
        items.requestFocus();
    }

    private void reload() {
        try {
            items.getItems().setAll(model.open());
        } catch (StorageException ex) {
            status.setText(StorageText.describe(ex, messages.language().locale()));
        }
        if (items.getItems().isEmpty()) {
            sides.getItems().clear();
            status.setText(messages.get("team.conflicts.none"));
        } else if (items.getSelectionModel().isEmpty()) {
            items.getSelectionModel().select(0);
        }
    }

    private void showSides(Conflict conflict) {
        if (conflict == null) {
            sides.getItems().clear();
            return;
        }
        try {
            sides.getItems().setAll(model.sides(conflict.item()));
        } catch (StorageException ex) {
            status.setText(StorageText.describe(ex, messages.language().locale()));
        }
    }

    private static TableColumn<Contribution, String> column(
            String title, java.util.function.Function<Contribution, String> text) {
        TableColumn<Contribution, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(text.apply(cd.getValue())));
        col.setSortable(false);
        return col;
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "–";
    }

    private static Rate rateOf(String text) {
        return Rate.ofPoints(Integer.parseInt(text)).orElse(Rate.UNRATED);
    }
}
