package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.overview.OverviewController;
import io.ccmm.ui.workspace.RoundSession;
import io.ccmm.ui.workspace.WorkspaceController;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: builds its scene in the current language and rebuilds it when the language changes, keeping the
 * workspace state (current item, filters) across the switch.
 */
public final class MainWindow {

    private final Stage stage;
    private final ObjectProperty<Language> language;
    private final WorkspaceViewModel workspace;

    public MainWindow(Stage stage, RoundSession session, Language initialLanguage) {
        this.stage = stage;
        this.language = new SimpleObjectProperty<>(initialLanguage);
        this.workspace = new WorkspaceViewModel(session, language);
        language.addListener((obs, old, now) -> build());
    }

    public void show() {
        build();
        stage.show();
    }

    public Language language() {
        return language.get();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    private void showTab(int index) {
        Parent root = stage.getScene().getRoot();
        TabPane tabs = (TabPane) root.lookup(".main-tabs");
        tabs.getSelectionModel().select(index);
    }

    private void build() {
        Messages messages = Messages.of(language.get());
        MainWindowViewModel viewModel = new MainWindowViewModel(workspace, messages, language);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(messages.bundle(), type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(viewModel);
            }
            if (type == WorkspaceController.class) {
                return new WorkspaceController(workspace, messages);
            }
            if (type == OverviewController.class) {
                return new OverviewController(workspace, messages, () -> showTab(0));
            }
            throw new IllegalArgumentException("no controller wiring for " + type);
        });
        Parent root = loaders.load(FxmlView.MAIN_WINDOW);
        if (stage.getScene() == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene =
                    new Scene(root, Math.min(1360, screen.getWidth() * 0.95), Math.min(880, screen.getHeight() * 0.92));
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(viewModel.windowTitle());
    }
}
