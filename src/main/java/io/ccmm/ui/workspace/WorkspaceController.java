package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.CompactLadder;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.readiness.ReadinessWords;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Composes the rating workspace from its parts (navigator, item card, evidence, improvement action, the readiness
 * strip) and handles the workspace's keys. Each part binds its own slice of the view model through the view's
 * lifetime.
 */
public final class WorkspaceController {

    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    /** Marks the shown item not applicable (or takes it back); free of 1 2 3, Q W E, N, J, K. */
    static final KeyCode NOT_APPLICABLE_KEY = KeyCode.X;

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final ReadinessViewModel dashboard;
    private final DialogService dialogs;
    private final ViewLifetime lifetime;

    /** Reads and writes of attachments and actions: off the FX thread, answers back on it. */
    private final TaskExecutor fileReads;

    private NavigatorView navigatorView;
    private ItemCardView itemCard;

    @FXML
    private StackPane navigatorPane;

    @FXML
    private ScrollPane cardScroll;

    @FXML
    private VBox card;

    @FXML
    private VBox readinessStrip;

    public WorkspaceController(
            WorkspaceViewModel vm,
            Messages messages,
            ReadinessViewModel dashboard,
            DialogService dialogs,
            ViewLifetime lifetime,
            TaskExecutor fileReads) {
        this.vm = vm;
        this.messages = messages;
        this.dashboard = dashboard;
        this.dialogs = dialogs;
        this.lifetime = lifetime;
        this.fileReads = fileReads;
    }

    @FXML
    private void initialize() {
        navigatorView = new NavigatorView(vm, messages, lifetime);
        navigatorPane.getChildren().setAll(navigatorView.node());
        itemCard = new ItemCardView(vm, messages, dialogs, lifetime);
        card.getChildren().setAll(itemCard.node());
        // The parts below the note (attachments, improvement action) lie below the fold of a new window: they join the
        // card when the window shows, before its first frame, so the window's first build styles and lays out about
        // a sixth fewer nodes (and a date picker and a drop-down fewer). Built at once in a window already shown.
        lifetime.whenShown(card, () -> {
            CardParts parts = new CardParts(vm, messages, dialogs, lifetime, fileReads);
            // The action above the attachments: the attachment list's height is known only when its read lands, and
            // nothing the user aims at (the note, the action's fields) may move under the mouse when it does.
            card.getChildren().addAll(new ActionView(parts).node(), new EvidenceView(parts).node());
        });
        lifetime.onChange(vm.currentItemProperty(), item -> cardScroll.setVvalue(0));
        showReadinessStrip();
    }

    /** The readiness beside the card: the level reached and a compact ladder, updated in place on every change. */
    private void showReadinessStrip() {
        ReadinessWords words = new ReadinessWords(messages, vm.catalog());
        Label readinessTitle = new Label();
        readinessTitle.getStyleClass().add("strip-level");
        readinessTitle.setId("strip-level");
        CompactLadder ladder = new CompactLadder(dashboard.result().levels().size(), words, messages);
        Label stripHeading = new Label(messages.get("workspace.readiness"));
        stripHeading.getStyleClass().add("muted");
        readinessStrip.getChildren().setAll(stripHeading, readinessTitle, new StackPane(ladder.node()));
        Runnable showReadiness = () -> {
            ReadinessResult r = dashboard.result();
            readinessTitle.setText(words.levelName(r.readinessLevel()));
            ladder.show(r);
        };
        lifetime.onInvalidated(dashboard.resultProperty(), showReadiness);
        showReadiness.run();
    }

    // ---- keyboard: one key per rating, so an item takes two keystrokes

    /**
     * The workspace's keys, given by the window while the Rate tab is shown, wherever the focus is (navigator, card,
     * the tab headers): one key per rating, so an item takes two keystrokes.
     */
    public void handleKey(KeyEvent e) {
        if (UNDO.match(e) && !(e.getTarget() instanceof TextInputControl)) {
            vm.undo();
            e.consume();
            return;
        }
        if ((REDO.match(e) || REDO_ALT.match(e)) && !(e.getTarget() instanceof TextInputControl)) {
            vm.redo();
            e.consume();
            return;
        }
        if (FIND.match(e)) {
            navigatorView.focusSearch();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                navigatorView.focus();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> vm.rateC(Rate.FULL);
            case DIGIT2, NUMPAD2 -> vm.rateC(Rate.PARTIAL);
            case DIGIT3, NUMPAD3 -> vm.rateC(Rate.NONE);
            case Q -> vm.rateF(Rate.FULL);
            case W -> vm.rateF(Rate.PARTIAL);
            case E -> vm.rateF(Rate.NONE);
            case N -> vm.nextUnrated();
            case X -> itemCard.toggleNotApplicable();
            case PAGE_DOWN, J -> vm.next();
            case PAGE_UP, K -> vm.previous();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Gives the workspace the keyboard, so 1 2 3 / Q W E / J K N work without a click first. */
    public void takeKeyboard() {
        navigatorView.focus();
    }
}
