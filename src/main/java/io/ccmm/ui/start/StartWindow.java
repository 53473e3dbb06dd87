package io.ccmm.ui.start;

import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.Theme;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The start page: recent assessment files with their organization, latest round and last save, and the ways to begin —
 * new assessment, open a file, open the sample. Reading the recent files happens in the background; the list fills in
 * when it is done.
 */
public final class StartWindow {

    /** What the start page can ask the main window to do. */
    public record Actions(Consumer<Path> open, Runnable newAssessment, Runnable openFile, Runnable openSample) {}

    static final String TITLE_KEY = "start.title";

    private final Stage stage = new Stage();
    private final Messages m;
    private final Actions actions;
    private final ListView<RecentFile> list = new ListView<>();
    private final DateTimeFormatter savedAt;

    private StartWindow(Window owner, Messages messages, Actions actions) {
        this.m = messages;
        this.actions = actions;
        this.savedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.language().locale())
                .withZone(ZoneId.systemDefault());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get(TITLE_KEY));
        io.ccmm.ui.common.Windows.closable(stage);
        Scene scene = new Scene(content(), 860, 560);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        io.ccmm.ui.help.HelpWindow.installF1(scene, () -> m);
    }

    /**
     * Shows the start page over {@code owner}. {@code recent} reads the recent files (slow: it opens each one) and runs
     * on {@code tasks}.
     */
    public static StartWindow show(
            Window owner, Messages messages, Actions actions, Supplier<List<RecentFile>> recent, TaskExecutor tasks) {
        StartWindow w = new StartWindow(owner, messages, actions);
        w.list.setPlaceholder(new Label(messages.get("start.loading")));
        tasks.run(recent::get, w::fill, failure -> w.fill(List.of()));
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    void fill(List<RecentFile> files) {
        list.setPlaceholder(new Label(m.get("start.recent.none")));
        list.getItems().setAll(files);
        files.stream().filter(RecentFile::canOpen).findFirst().ifPresent(f -> list.getSelectionModel()
                .select(f));
    }

    private Region content() {
        Label heading = new Label(m.get("start.recent"));
        heading.getStyleClass().add("section-title");
        list.getStyleClass().add("recent-files");
        list.setCellFactory(l -> new RecentCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox left = new VBox(10, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        Button open = button("start.openSelected", this::openSelected);
        open.setDefaultButton(true);
        open.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                                .map(f -> !f.canOpen())
                                .orElse(true),
                        list.getSelectionModel().selectedItemProperty()));
        Button create = button("start.new", actions.newAssessment());
        Button openFile = button("start.open", actions.openFile());
        Button sample = button("start.sample", actions.openSample());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button close = new Button(m.get("button.close"));
        close.setCancelButton(true);
        close.setMaxWidth(Double.MAX_VALUE);
        close.setOnAction(e -> stage.close());
        VBox right = new VBox(10, open, create, openFile, sample, gap, close);
        right.setPrefWidth(230);
        right.setMinWidth(Region.USE_PREF_SIZE);
        right.setPadding(new Insets(34, 0, 0, 0));

        HBox root = new HBox(18, left, right);
        root.setPadding(new Insets(20));
        root.getStyleClass().add("start-window");
        return root;
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            stage.close();
            action.run();
        });
        return b;
    }

    private void openSelected() {
        RecentFile f = list.getSelectionModel().getSelectedItem();
        if (f != null && f.canOpen()) {
            stage.close();
            actions.open().accept(f.path());
        }
    }

    private final class RecentCell extends ListCell<RecentFile> {
        @Override
        protected void updateItem(RecentFile f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(f.displayName() + (f.site().isBlank() ? "" : "  ·  " + f.site()));
            name.getStyleClass().add("recent-name");
            HBox top = new HBox(8, name);
            top.setAlignment(Pos.CENTER_LEFT);
            if (f.state() != RecentFile.State.READY) {
                Label badge = new Label(m.get("start.state." + f.state().name()));
                badge.getStyleClass()
                        .addAll(
                                "badge",
                                "recent-state",
                                "state-" + f.state().name().toLowerCase());
                top.getChildren().add(badge);
            }
            VBox box = new VBox(2, top);
            if (f.rounds() > 0) {
                String round = f.latestRoundDate().isBlank()
                        ? f.latestRound()
                        : f.latestRound() + " (" + f.latestRoundDate() + ")";
                box.getChildren().add(muted(m.get("start.rounds", round, f.rounds())));
            }
            String where = String.valueOf(f.path());
            if (f.modified().isPresent()) {
                where = m.get("start.saved", savedAt.format(f.modified().get())) + "  ·  " + where;
            }
            box.getChildren().add(muted(where));
            setText(null);
            setGraphic(box);
            setDisable(!f.canOpen() && f.state() != RecentFile.State.CURRENT);
        }

        private Label muted(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("muted");
            return l;
        }
    }
}
