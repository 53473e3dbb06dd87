package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.storage.Round;
import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.common.ViewLifetime;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;

/** Binds the main window (menus, tabs, status bar) to its view model and the window's file commands. */
public final class MainWindowController {

    private final MainWindowViewModel viewModel;
    private final MainWindow window;

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
    private Label busyLabel;

    @FXML
    private Menu recentMenu;

    @FXML
    private Menu roundMenu;

    @FXML
    private Menu teamMenu;

    @FXML
    private Menu questionnaireMenu;

    @FXML
    private javafx.scene.control.MenuItem checklistMenuItem;

    @FXML
    private RadioMenuItem languageZh;

    @FXML
    private RadioMenuItem languageEn;

    @FXML
    private RadioMenuItem themeLight;

    @FXML
    private RadioMenuItem themeDark;

    private final ViewLifetime lifetime;

    public MainWindowController(MainWindowViewModel viewModel, MainWindow window, ViewLifetime lifetime) {
        this.viewModel = viewModel;
        this.window = window;
        this.lifetime = lifetime;
    }

    @FXML
    private void initialize() {
        sourceLabel.setText(viewModel.sourceText());
        savedLabel.textProperty().bind(viewModel.savedText());
        lifetime.add(() -> savedLabel.textProperty().unbind());
        lifetime.onChange(viewModel.workspace().problemProperty(), now -> {
            savedLabel.getStyleClass().remove("status-problem");
            if (!now.isEmpty()) {
                savedLabel.getStyleClass().add("status-problem");
            }
        });
        completionLabel.textProperty().bind(viewModel.completionText());
        lifetime.add(() -> completionLabel.textProperty().unbind());
        busyLabel.textProperty().bind(window.busyProperty());
        lifetime.add(() -> busyLabel.textProperty().unbind());
        checklistMenuItem.disableProperty().bind(window.checklistRunning());
        lifetime.add(() -> checklistMenuItem.disableProperty().unbind());
        // File, round and completion come first; the catalog's and rules' hashes are for those who look for them.
        catalogLabel.setText(viewModel.text("main.status.catalog.short"));
        io.ccmm.ui.common.HoverTooltip.install(catalogLabel, viewModel.catalogText());
        sourceLabel.setMinWidth(Region.USE_PREF_SIZE);
        completionLabel.setMinWidth(Region.USE_PREF_SIZE);
        // The rating keys work whenever the Rate tab is shown, also right after its tab header was clicked.
        tabs.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (tabs.getSelectionModel().getSelectedIndex() == 0) {
                window.workspaceKey(e);
            }
        });
        // Leaving the Rate tab saves the note being typed; coming back gives the keys to the workspace again.
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!lifetime.isDisposed()) {
                viewModel.workspace().flushNote();
                if (now.intValue() == 0) {
                    window.focusWorkspace();
                }
            }
        });

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

        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        io.ccmm.ui.team.TeamMenu.install(teamMenu, window);
        io.ccmm.ui.team.TeamMenu.markFieldCopy(sourceLabel, window);
        io.ccmm.ui.questionnaire.QuestionnaireMenu.install(questionnaireMenu, window, window.backgroundTasks());
        io.ccmm.ui.branding.BrandingDialog.install(roundMenu, window);
        fillRounds();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : window.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setDisable(!Files.exists(p));
            item.setOnAction(e -> window.openPath(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(viewModel.text("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void fillRounds() {
        ToggleGroup group = new ToggleGroup();
        int index = 0;
        for (Round r : window.rounds()) {
            RadioMenuItem item = new RadioMenuItem(viewModel.roundLabel(r));
            item.setToggleGroup(group);
            item.setSelected(r.id() == window.session().roundId());
            item.setOnAction(e -> window.switchRound(r.id()));
            roundMenu.getItems().add(index++, item);
        }
        if (index > 0) {
            roundMenu.getItems().add(index, new SeparatorMenuItem());
        }
    }

    @FXML
    private void newAssessment() {
        window.newAssessment();
    }

    @FXML
    private void openFile() {
        window.openFile();
    }

    @FXML
    private void openSample() {
        window.openSample(Sample.HOTLINE_12345);
    }

    @FXML
    private void saveProtectedCopy() {
        window.saveProtectedCopy();
    }

    @FXML
    private void openProtectedCopy() {
        window.openProtectedCopy();
    }

    @FXML
    private void openSampleUtility() {
        window.openSample(Sample.UTILITY_95598);
    }

    @FXML
    private void openSampleBank() {
        window.openSample(Sample.BANK_CARD_CENTER);
    }

    @FXML
    private void importJson() {
        window.importJson();
    }

    @FXML
    private void exportJson() {
        window.exportJson();
    }

    @FXML
    private void saveCopy() {
        window.saveCopy();
    }

    @FXML
    private void newReassessment() {
        window.newReassessment();
    }

    @FXML
    private void exportReport() {
        window.exportReport();
    }

    @FXML
    private void compareRounds() {
        window.compareRounds();
    }

    @FXML
    private void editDetails() {
        window.editDetails();
    }

    @FXML
    private void markFinal() {
        window.markFinal();
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
    private void showStart() {
        window.showStart();
    }

    @FXML
    private void exit() {
        io.ccmm.ui.common.Windows.closeThenExit(
                (javafx.stage.Stage) tabs.getScene().getWindow(), Platform::exit);
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok(viewModel.messages()));
        about.initOwner(tabs.getScene().getWindow());
        about.setTitle(viewModel.windowTitle());
        about.setHeaderText(null);
        about.setContentText(viewModel.aboutText());
        about.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        about.getDialogPane().setPrefWidth(620);
        about.showAndWait();
    }

    // Portfolio

    @FXML
    private void showPortfolio() {
        window.showPortfolio();
    }

    // ---- help: the user guide (F1) and the first-run guide

    @FXML
    private void showHelp() {
        window.showHelp();
    }

    @FXML
    private void showFirstRunGuide() {
        window.showFirstRunGuide();
    }

    @FXML
    private void openPlan() {
        window.openPlan();
    }

    @FXML
    private void importCatalogWorkbook() {
        window.importCatalogWorkbook();
    }

    @FXML
    private void exportChecklist() {
        window.exportChecklist();
    }
}
