package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Binds the main window to its view model; no logic of its own. */
public final class MainWindowController {

    private final MainWindowViewModel viewModel;

    @FXML
    private ListView<ModuleRow> moduleList;

    @FXML
    private Label detailTitle;

    @FXML
    private Label detailText;

    @FXML
    private Label statusLabel;

    @FXML
    private RadioMenuItem languageZh;

    @FXML
    private RadioMenuItem languageEn;

    public MainWindowController(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        moduleList.setItems(viewModel.modules());
        moduleList.setCellFactory(list -> new ModuleCell());
        viewModel.selectedModuleProperty().bind(moduleList.getSelectionModel().selectedItemProperty());
        detailTitle.textProperty().bind(viewModel.detailTitleProperty());
        detailText.textProperty().bind(viewModel.detailTextProperty());
        statusLabel.setText(viewModel.statusText());

        ToggleGroup languages = new ToggleGroup();
        languageZh.setToggleGroup(languages);
        languageEn.setToggleGroup(languages);
        (viewModel.language() == Language.ZH ? languageZh : languageEn).setSelected(true);
        languageZh.setOnAction(e -> viewModel.switchLanguage(Language.ZH));
        languageEn.setOnAction(e -> viewModel.switchLanguage(Language.EN));
    }

    @FXML
    private void exit() {
        Platform.exit();
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(moduleList.getScene().getWindow());
        about.setTitle(viewModel.windowTitle());
        about.setHeaderText(null);
        about.setContentText(viewModel.aboutText());
        about.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        about.showAndWait();
    }

    private static final class ModuleCell extends ListCell<ModuleRow> {
        @Override
        protected void updateItem(ModuleRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label id = new Label(row.id());
            id.getStyleClass().add("module-id");
            Label name = new Label(row.name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(String.valueOf(row.itemCount()));
            count.getStyleClass().add("module-count");
            HBox box = new HBox(8, id, name, spacer, count);
            setText(null);
            setGraphic(box);
        }
    }
}
