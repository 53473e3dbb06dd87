package io.ccmm.ui.workspace;

import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TextCells;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;

/**
 * The improvement action of the shown item: read in the background, edited and saved. It uses the view model's current
 * item, its access and the round's session.
 */
final class ActionView {

    private final CardParts parts;
    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final Parent node;
    private ImprovementAction shownAction;
    /** The shown item's action is being read: the fields take no input and cannot be saved. */
    private boolean reading;

    /** On the action's grid while the shown item's action is being read (and input is refused). */
    static final javafx.css.PseudoClass READING = javafx.css.PseudoClass.getPseudoClass("reading");
    /** The fields are to be locked before the next layout unless the read is in by then. */
    private boolean lockPending;

    private final Runnable lockCheck = this::lockIfStillReading;
    private Scene lockCheckOn;
    private long actionRequest;
    /** The fields are being filled from the file: what they show is not typed by the user. */
    private boolean filling;

    @FXML
    private GridPane actionGrid;

    @FXML
    private TextField actionWhat;

    @FXML
    private TextField actionOwner;

    @FXML
    private DatePicker actionDue;

    @FXML
    private ComboBox<ActionStatus> actionStatus;

    @FXML
    private Button actionSave;

    ActionView(CardParts parts) {
        this.parts = parts;
        this.vm = parts.vm();
        this.messages = parts.messages();
        this.node = parts.load(FxmlView.WORKSPACE_ACTION, this);
    }

    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        // While the action is read, before the fields are locked, nothing typed or clicked reaches them.
        actionGrid.addEventFilter(InputEvent.ANY, e -> {
            if (reading && (e instanceof KeyEvent || e instanceof MouseEvent)) {
                e.consume();
            }
        });
        parts.lifetime().add(() -> {
            if (lockCheckOn != null) {
                lockCheckOn.removePreLayoutPulseListener(lockCheck);
            }
        });
        actionStatus.getItems().setAll(ActionStatus.values());
        TextCells.install(actionStatus, st -> messages.get("workspace.action.status." + st.code()));
        parts.lifetime().onChange(vm.currentItemProperty(), item -> showAction(item.id()));
        // What is typed is a draft of the shown item, saved with the note whenever anything else changes.
        actionWhat.textProperty().addListener((o, old, now) -> keepTyped());
        actionOwner.textProperty().addListener((o, old, now) -> keepTyped());
        actionDue.valueProperty().addListener((o, old, now) -> keepTyped());
        actionStatus.valueProperty().addListener((o, old, now) -> keepTyped());
        parts.lifetime().onChange(vm.savedActionProperty(), saved -> {
            if (saved != null && !reading && saved.item() == vm.currentItem().id()) {
                shownAction = saved;
            }
        });
        showAction(vm.currentItem().id());
    }

    /**
     * Shows the item's improvement action from a background read. Until it is in, the fields are cleared and locked
     * (nothing typed there can be overwritten, nothing saved over another item's action); a late answer for an item
     * the user has left is dropped. A read that is in before the next frame is drawn never locks the fields: locking
     * and unlocking five controls restyles them twice on every move to the next item. Input is refused meanwhile.
     */
    private void showAction(int itemId) {
        long request = ++actionRequest;
        shownAction = null;
        setReading(true);
        fillAction(null);
        if (actionFocused() || actionGrid.getScene() == null) {
            lockPending = false;
            setActionEditable(false);
        } else {
            lockBeforeNextFrame();
        }
        parts.fileReads()
                .run(
                        () -> vm.session().actions().stream()
                                .filter(a -> a.item() == itemId)
                                .findFirst(),
                        found -> {
                            if (isCurrentAction(itemId, request)) {
                                shownAction = found.orElse(null);
                                setReading(false);
                                fillAction(shownAction);
                                setActionEditable(true);
                            }
                        },
                        failure -> {
                            if (isCurrentAction(itemId, request)) {
                                // shown as an empty action; saving will report the problem
                                setReading(false);
                                setActionEditable(true);
                            }
                        });
    }

    private void setReading(boolean now) {
        reading = now;
        actionGrid.pseudoClassStateChanged(READING, now);
    }

    /** Locks the fields just before the next frame is laid out if the read asked for is not in by then. */
    private void lockBeforeNextFrame() {
        Scene scene = actionGrid.getScene();
        if (lockCheckOn != scene) {
            if (lockCheckOn != null) {
                lockCheckOn.removePreLayoutPulseListener(lockCheck);
            }
            scene.addPreLayoutPulseListener(lockCheck);
            lockCheckOn = scene;
        }
        lockPending = true;
        Platform.requestNextPulse();
    }

    /** Runs before every layout of the window while the card is shown; does something only after a move. */
    private void lockIfStillReading() {
        if (lockPending) {
            lockPending = false;
            if (reading && !parts.lifetime().isDisposed()) {
                setActionEditable(false);
            }
        }
    }

    private boolean actionFocused() {
        for (Node n = actionGrid.getScene() == null
                        ? null
                        : actionGrid.getScene().getFocusOwner();
                n != null;
                n = n.getParent()) {
            if (n == actionGrid) {
                return true;
            }
        }
        return false;
    }

    private boolean isCurrentAction(int itemId, long request) {
        return !parts.lifetime().isDisposed()
                && request == actionRequest
                && vm.currentItem().id() == itemId;
    }

    private void fillAction(ImprovementAction action) {
        filling = true;
        try {
            fillFields(action);
        } finally {
            filling = false;
        }
    }

    private void fillFields(ImprovementAction action) {
        actionWhat.setText(action == null ? "" : action.what());
        actionOwner.setText(action == null ? "" : action.owner());
        actionDue.setValue(action == null || action.due().isEmpty() ? null : parseDate(action.due()));
        actionStatus.setValue(action == null ? ActionStatus.OPEN : action.status());
    }

    /** Unlocks the action's fields once its read is in, never on a read-only file or an item outside the scope. */
    private void setActionEditable(boolean editable) {
        boolean locked = vm.readOnly() || vm.itemReadOnly(vm.currentItem().id());
        for (Control c : List.of(actionWhat, actionOwner, actionDue, actionStatus, actionSave)) {
            c.setDisable(locked || !editable);
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The action as the fields show it, for the shown item. */
    private ImprovementAction typedAction() {
        String due = actionDue.getValue() == null ? "" : actionDue.getValue().toString();
        return new ImprovementAction(
                shownAction == null ? 0 : shownAction.id(),
                vm.session().roundId(),
                vm.currentItem().id(),
                actionWhat.getText().strip(),
                actionOwner.getText().strip(),
                due,
                actionStatus.getValue());
    }

    /** Hands what the user typed to the view model as the shown item's draft; none when it is what is saved. */
    private void keepTyped() {
        if (filling || reading) {
            return;
        }
        ImprovementAction typed = typedAction();
        ImprovementAction saved = shownAction != null
                ? shownAction
                : new ImprovementAction(0, typed.roundId(), typed.item(), "", "", "", ActionStatus.OPEN);
        vm.editAction(typed.equals(saved) ? null : typed);
    }

    @FXML
    private void saveAction() {
        if (reading) {
            return;
        }
        ImprovementAction a = typedAction();
        if (a.what().isEmpty()) {
            parts.dialogs().error(messages.get("workspace.action"), messages.get("workspace.action.needsWhat"));
            return;
        }
        try {
            shownAction = vm.session().saveAction(a);
            vm.actionSaved(shownAction);
        } catch (RoundSession.SessionException e) {
            parts.dialogs()
                    .error(
                            messages.get("workspace.action"),
                            e.describe(vm.language().locale()));
        }
    }
}
