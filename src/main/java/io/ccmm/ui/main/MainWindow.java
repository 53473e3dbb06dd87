package io.ccmm.ui.main;

import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.Language;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window: builds its scene in the current language and rebuilds it when the language changes. */
public final class MainWindow {

    private final Stage stage;
    private final CatalogBundle catalog;
    private final ObjectProperty<Language> language;

    public MainWindow(Stage stage, CatalogBundle catalog, Language initialLanguage) {
        this.stage = stage;
        this.catalog = catalog;
        this.language = new SimpleObjectProperty<>(initialLanguage);
        language.addListener((obs, old, now) -> build());
    }

    public void show() {
        build();
        stage.show();
    }

    public Language language() {
        return language.get();
    }

    private void build() {
        Messages messages = Messages.of(language.get());
        MainWindowViewModel viewModel = new MainWindowViewModel(catalog.catalog(), catalog.rules(), messages, language);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(messages.bundle(), type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(viewModel);
            }
            throw new IllegalArgumentException("no controller wiring for " + type);
        });
        Parent root = loaders.load(FxmlView.MAIN_WINDOW);
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1280, 820);
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(viewModel.windowTitle());
    }
}
