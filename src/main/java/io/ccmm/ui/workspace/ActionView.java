package io.ccmm.ui.workspace;

import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.TextCells;
import io.ccmm.ui.common.ViewLifetime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

/**
 * The improvement action of the shown item: read in the background, edited and saved. It uses the view model's current
 * item, its access and the round's session.
 */
final class ActionView {

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final ViewLifetime lifetime;
    private final TaskExecutor fileReads;
    private final Parent node;
    private ImprovementAction shownAction;
    private long actionRequest;

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

    ActionView(
            WorkspaceViewModel vm,
            Messages messages,
            DialogService dialogs,
            ViewLifetime lifetime,
            TaskExecutor fileReads) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.lifetime = lifetime;
        this.fileReads = fileReads;
        this.node = new FxmlLoaderFactory(messages.bundle(), type -> this).load(FxmlView.WORKSPACE_ACTION);
    }

    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        actionStatus.getItems().setAll(ActionStatus.values());
        TextCells.install(actionStatus, st -> messages.get("workspace.action.status." + st.code()));
        lifetime.onChange(vm.currentItemProperty(), item -> showAction(item.id()));
        showAction(vm.currentItem().id());
    }

    /**
     * Shows the item's improvement action from a background read. Until it is in, the fields are cleared and locked
     * (nothing typed there can be overwritten, nothing saved over another item's action); a late answer for an item
     * the user has left is dropped.
     */
    private void showAction(int itemId) {
        long request = ++actionRequest;
        shownAction = null;
        fillAction(null);
        setActionEditable(false);
        fileReads.run(
                () -> vm.session().actions().stream()
                        .filter(a -> a.item() == itemId)
                        .findFirst(),
                found -> {
                    if (isCurrentAction(itemId, request)) {
                        shownAction = found.orElse(null);
                        fillAction(shownAction);
                        setActionEditable(true);
                    }
                },
                failure -> {
                    if (isCurrentAction(itemId, request)) {
                        // shown as an empty action; saving will report the problem
                        setActionEditable(true);
                    }
                });
    }

    private boolean isCurrentAction(int itemId, long request) {
        return !lifetime.isDisposed()
                && request == actionRequest
                && vm.currentItem().id() == itemId;
    }

    private void fillAction(ImprovementAction action) {
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

    @FXML
    private void saveAction() {
        int itemId = vm.currentItem().id();
        String due = actionDue.getValue() == null ? "" : actionDue.getValue().toString();
        ImprovementAction a = new ImprovementAction(
                shownAction == null ? 0 : shownAction.id(),
                vm.session().roundId(),
                itemId,
                actionWhat.getText().strip(),
                actionOwner.getText().strip(),
                due,
                actionStatus.getValue());
        if (a.what().isEmpty()) {
            dialogs.error(messages.get("workspace.action"), messages.get("workspace.action.needsWhat"));
            return;
        }
        try {
            shownAction = vm.session().saveAction(a);
        } catch (RoundSession.SessionException e) {
            dialogs.error(
                    messages.get("workspace.action"), e.describe(vm.language().locale()));
        }
    }
}
