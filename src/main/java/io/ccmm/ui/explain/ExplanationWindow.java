package io.ccmm.ui.explain;

import io.ccmm.assessment.Rate;
import io.ccmm.explain.ExplanationLine;
import io.ccmm.explain.ExplanationText;
import io.ccmm.explain.LevelExplanation;
import io.ccmm.explain.ReadinessVocabulary;
import io.ccmm.explain.WhatIf;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TextCells;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.readiness.WhatIfScratch;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Why?": one level's arithmetic in plain words with its items as links, and the what-if by hand below it. The what-if
 * works on a copy of the ratings (see {@link ExplanationViewModel}) and is never saved; it is kept with the open round
 * ({@link WhatIfScratch}), the entry typed and not tried included, so closing the window loses nothing the user typed.
 */
public final class ExplanationWindow {

    private final ExplanationViewModel vm;
    private final Messages messages;
    private final ExplanationText text;
    private final IntConsumer openItem;
    private final ViewLifetime lifetime = new ViewLifetime();
    private final VBox lines = new VBox(4);
    private final VBox effect = new VBox(2);
    private final Label changes = new Label();
    private final Stage stage = new Stage();
    private final WhatIfScratch scratch;

    private ExplanationWindow(ExplanationViewModel vm, Messages messages, IntConsumer openItem, WhatIfScratch scratch) {
        this.vm = vm;
        this.scratch = scratch;
        this.messages = messages;
        this.text = new ExplanationText(vm.engine().catalog(), messages.language());
        this.openItem = openItem;
    }

    /** Opens the explanation of {@code level}, following the round's ratings while it is open. */
    public static ExplanationWindow show(
            Window owner, ReadinessViewModel readiness, Messages messages, IntConsumer openItem, int level) {
        WhatIfScratch scratch = readiness.whatIf();
        ExplanationViewModel vm = new ExplanationViewModel(
                readiness.engine(), readiness::ratingsNow, readiness.yearsInOperation(), level, scratch.tried());
        ExplanationWindow w = new ExplanationWindow(vm, messages, openItem, scratch);
        w.lifetime.onChange(readiness.resultProperty(), r -> vm.refresh());
        w.build(owner);
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    public ExplanationViewModel viewModel() {
        return vm;
    }

    private void build(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("explain.window.title"));
        io.ccmm.ui.common.Windows.closable(stage);

        ToggleGroup levels = new ToggleGroup();
        HBox levelBar = new HBox(6);
        for (int n = ReadinessEngine.LOWEST_LEVEL; n <= ReadinessEngine.HIGHEST_LEVEL; n++) {
            ToggleButton b = new ToggleButton("L" + n);
            b.setId("why-level-" + n);
            b.setToggleGroup(levels);
            b.setSelected(n == vm.levelProperty().get());
            int level = n;
            b.setOnAction(e -> {
                vm.levelProperty().set(level);
                b.setSelected(true);
            });
            levelBar.getChildren().add(b);
        }

        lines.setId("explanation-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(12, levelBar, scroll, whatIf());
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root, 760, 640));
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        io.ccmm.ui.help.HelpWindow.installF1(stage.getScene(), () -> messages);
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        lifetime.onInvalidated(vm.levelProperty(), this::redraw);
        lifetime.onInvalidated(vm.whatIfProperty(), this::redraw);
        stage.setOnHidden(e -> {
            lifetime.dispose();
            vm.dispose();
        });
        redraw();
    }

    private Node whatIf() {
        Label title = new Label(messages.get("explain.whatIf.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("explain.whatIf.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");

        int lowest = vm.engine().catalog().items().stream()
                .mapToInt(i -> i.id())
                .min()
                .orElse(1);
        int highest = vm.engine().catalog().items().stream()
                .mapToInt(i -> i.id())
                .max()
                .orElse(1);
        Spinner<Integer> item = new Spinner<>(lowest, highest, lowest);
        item.setId("whatif-item");
        item.setEditable(true);
        item.setPrefWidth(90);
        ComboBox<Rate> c = rateBox("whatif-c");
        ComboBox<Rate> f = rateBox("whatif-f");
        scratch.entry().ifPresent(left -> {
            item.getEditor().setText(left.item());
            try {
                item.commitValue(); // a number is taken at once, so the arrows go on from it
            } catch (NumberFormatException notANumber) {
                // left as typed: Try takes the number the spinner had
            }
            c.setValue(left.c());
            f.setValue(left.f());
        });
        // Every way out (Esc, Ctrl+W, the close button, the main window closing) keeps the form as it was left.
        stage.addEventHandler(
                javafx.stage.WindowEvent.WINDOW_HIDING,
                e -> scratch.keepEntry(
                        new WhatIfScratch.Entry(item.getEditor().getText(), c.getValue(), f.getValue())));
        Button tryIt = new Button(messages.get("explain.whatIf.try"));
        tryIt.setId("whatif-try");
        tryIt.setOnAction(e -> {
            commitTyped(item);
            vm.tryRating(item.getValue(), c.getValue(), f.getValue());
        });
        Button reset = new Button(messages.get("explain.whatIf.reset"));
        reset.setId("whatif-reset");
        reset.setOnAction(e -> vm.clearChanges());
        HBox inputs = new HBox(
                8,
                new Label(messages.get("explain.whatIf.item")),
                item,
                new Label("C"),
                c,
                new Label("F"),
                f,
                tryIt,
                reset);
        changes.setId("whatif-changes");
        changes.setWrapText(true);
        effect.setId("whatif-effect");
        return new VBox(6, title, hint, inputs, changes, effect);
    }

    /**
     * Takes the number typed in {@code item} (the spinner takes it only on Enter or when it loses the focus); text that
     * is no number (or none) gives way to the number the spinner had.
     */
    private static void commitTyped(Spinner<Integer> item) {
        Integer before = item.getValue();
        try {
            item.commitValue();
        } catch (NumberFormatException notANumber) {
            item.getValueFactory().setValue(before);
        }
        if (item.getValue() == null) {
            item.getValueFactory().setValue(before);
        }
        item.getEditor().setText(String.valueOf(item.getValue()));
    }

    private ComboBox<Rate> rateBox(String id) {
        ComboBox<Rate> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Rate.FULL, Rate.PARTIAL, Rate.NONE);
        box.setValue(Rate.FULL);
        TextCells.install(box, r -> String.valueOf(r.points()));
        return box;
    }

    private void redraw() {
        LevelExplanation l = vm.explanation().level(vm.levelProperty().get());
        Label title = new Label(text.title(l));
        title.setId("explanation-title");
        title.getStyleClass().add("section-title");
        lines.getChildren().setAll(title);
        for (ExplanationLine line : text.lines(l)) {
            lines.getChildren().add(line(line));
        }

        List<String> tried = vm.changes().values().stream()
                .sorted(java.util.Comparator.comparingInt(r -> r.item()))
                .map(r -> messages.get("explain.whatIf.change", r.item(), r.c().points(), r.f().points()))
                .toList();
        changes.setText(tried.isEmpty() ? messages.get("explain.whatIf.none") : String.join("  ", tried));
        effect.getChildren().clear();
        if (!tried.isEmpty()) {
            for (WhatIf.LevelChange change : vm.effect()) {
                Label row = new Label(messages.get(
                        "explain.whatIf.effect",
                        change.level(),
                        ReadinessVocabulary.status(change.statusBefore(), messages.language()),
                        ReadinessVocabulary.status(change.statusAfter(), messages.language()),
                        String.valueOf(change.totalBefore()),
                        String.valueOf(change.totalAfter()),
                        change.percentBefore().toPlainString(),
                        change.percentAfter().toPlainString()));
                row.setId("whatif-effect-" + change.level());
                if (change.changed()) {
                    row.getStyleClass().add("whatif-changed");
                }
                effect.getChildren().add(row);
            }
        }
    }

    private Node line(ExplanationLine line) {
        Text sentence = new Text(line.text());
        sentence.getStyleClass().add("explain-line");
        TextFlow flow = new TextFlow(sentence);
        flow.setPadding(new Insets(0, 0, 0, 18 * line.indent()));
        if (line.items().isEmpty()) {
            return flow;
        }
        FlowPane links = new FlowPane(4, 2);
        links.setPadding(new Insets(0, 0, 0, 18 * (line.indent() + 1)));
        for (int id : line.items()) {
            Hyperlink link = new Hyperlink(String.valueOf(id));
            link.getStyleClass().add("explain-item");
            link.setId("explain-item-" + id);
            link.setOnAction(e -> openItem.accept(id));
            links.getChildren().add(link);
        }
        return new VBox(0, flow, links);
    }
}
