package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.dashboard.DashboardController;
import io.ccmm.ui.dashboard.DashboardViewModel;
import io.ccmm.ui.overview.OverviewController;
import io.ccmm.ui.workspace.RoundSession;
import io.ccmm.ui.workspace.WorkspaceController;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.io.IOException;
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
    private final DashboardViewModel dashboard;

    private final SettingsStore settingsStore;
    private Settings settings;

    public MainWindow(Stage stage, RoundSession session, Language initialLanguage, SettingsStore settingsStore) {
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.settings = settingsStore.load();
        this.language = new SimpleObjectProperty<>(initialLanguage);
        this.workspace = new WorkspaceViewModel(session, language);
        this.dashboard = new DashboardViewModel(workspace);
        language.addListener((obs, old, now) -> {
            build();
            remember(settings.withLanguage(now.code()));
        });
    }

    public void show() {
        build();
        restoreGeometry();
        stage.setOnHiding(e -> remember(settings.withWindow(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
    }

    /** Window size and place as last time, if that place is still on a screen. */
    private void restoreGeometry() {
        if (settings.windowWidth() < 400 || settings.windowHeight() < 300) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(
                settings.windowX(), settings.windowY(), settings.windowWidth(), settings.windowHeight());
        if (!Screen.getScreensForRectangle(wanted).isEmpty()) {
            stage.setX(wanted.getMinX());
            stage.setY(wanted.getMinY());
            stage.setWidth(wanted.getWidth());
            stage.setHeight(wanted.getHeight());
        }
        stage.setMaximized(settings.maximized());
    }

    public void switchTheme(Theme theme) {
        theme.apply();
        remember(settings.withTheme(theme));
    }

    public Theme theme() {
        return settings.themeValue();
    }

    private void remember(Settings updated) {
        settings = updated;
        try {
            settingsStore.save(updated);
        } catch (IOException e) {
            // Settings are a convenience: a read-only profile must not stop the user from working.
            System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING, "settings not saved", e);
        }
    }

    public Language language() {
        return language.get();
    }

    public DashboardViewModel dashboard() {
        return dashboard;
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
        MainWindowViewModel viewModel =
                new MainWindowViewModel(workspace, messages, language, this::switchTheme, this::theme);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(messages.bundle(), type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(viewModel);
            }
            if (type == WorkspaceController.class) {
                return new WorkspaceController(workspace, messages, dashboard);
            }
            if (type == OverviewController.class) {
                return new OverviewController(workspace, messages, () -> showTab(0));
            }
            if (type == DashboardController.class) {
                return new DashboardController(dashboard, messages, item -> {
                    workspace.select(item);
                    showTab(0);
                });
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
