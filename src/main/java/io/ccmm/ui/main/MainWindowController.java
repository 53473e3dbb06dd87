package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Theme;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;

/** Binds the main window (menus, tabs, status bar) to its view model. */
public final class MainWindowController {

    private final MainWindowViewModel viewModel;

    @FXML
    private TabPane tabs;

    @FXML
    private Label sourceLabel;

    @FXML
    private Label savedLabel;

    @FXML
    private Label completionLabel;

    @FXML
    private Label catalogLabel;

    @FXML
    private RadioMenuItem languageZh;

    @FXML
    private RadioMenuItem languageEn;

    @FXML
    private RadioMenuItem themeLight;

    @FXML
    private RadioMenuItem themeDark;

    public MainWindowController(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sourceLabel.setText(viewModel.sourceText());
        savedLabel.textProperty().bind(viewModel.savedText());
        viewModel.workspace().problemProperty().addListener((o, old, now) -> {
            savedLabel.getStyleClass().remove("status-problem");
            if (!now.isEmpty()) {
                savedLabel.getStyleClass().add("status-problem");
            }
        });
        completionLabel.textProperty().bind(viewModel.completionText());
        catalogLabel.setText(viewModel.catalogText());

        ToggleGroup languages = new ToggleGroup();
        languageZh.setToggleGroup(languages);
        languageEn.setToggleGroup(languages);
        (viewModel.language() == Language.ZH ? languageZh : languageEn).setSelected(true);
        languageZh.setOnAction(e -> viewModel.switchLanguage(Language.ZH));
        languageEn.setOnAction(e -> viewModel.switchLanguage(Language.EN));

        ToggleGroup themes = new ToggleGroup();
        themeLight.setToggleGroup(themes);
        themeDark.setToggleGroup(themes);
        (viewModel.theme() == Theme.DARK ? themeDark : themeLight).setSelected(true);
        themeLight.setOnAction(e -> viewModel.switchTheme(Theme.LIGHT));
        themeDark.setOnAction(e -> viewModel.switchTheme(Theme.DARK));
    }

    @FXML
    private void undo() {
        viewModel.workspace().undo();
    }

    @FXML
    private void redo() {
        viewModel.workspace().redo();
    }

    @FXML
    private void nextUnrated() {
        tabs.getSelectionModel().select(0);
        viewModel.workspace().nextUnrated();
    }

    @FXML
    private void exit() {
        Platform.exit();
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(tabs.getScene().getWindow());
        about.setTitle(viewModel.windowTitle());
        about.setHeaderText(null);
        about.setContentText(viewModel.aboutText());
        about.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        about.getDialogPane().setPrefWidth(620);
        about.showAndWait();
    }
}
