package io.ccmm.ui.workspace;

import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.ViewLifetime;
import javafx.scene.Parent;

/**
 * What the parts of the item card below the ratings (evidence, improvement action) are built from: the workspace's view
 * model, the words, the dialogs, the lifetime their listeners end with, and the thread their file reads run on.
 */
record CardParts(
        WorkspaceViewModel vm,
        Messages messages,
        DialogService dialogs,
        ViewLifetime lifetime,
        TaskExecutor fileReads) {

    /** Loads {@code view} with {@code controller} as its controller, in the card's language. */
    Parent load(FxmlView view, Object controller) {
        return new FxmlLoaderFactory(messages.bundle(), type -> controller).load(view);
    }
}
