package io.ccmm.ui.questionnaire;

import io.ccmm.catalog.Language;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.questionnaire.Questionnaires;
import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FileNames;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TextCells;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File › Questionnaire › Export…: one form for who answers, which items, prefill, language and the file. */
final class QuestionnaireExportDialog {

    /** What the user asked for: the export and where it goes. */
    record Answer(Questionnaires.Request request, Path target) {}

    private QuestionnaireExportDialog() {}

    static Optional<Answer> show(
            Window owner, Messages messages, DialogService dialogs, QuestionnaireExportViewModel vm, Path folder) {
        Locale locale = messages.language().locale();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        String title = QuestionnaireText.get("questionnaire.export.title", locale);
        dialog.setTitle(title);
        dialog.setHeaderText(QuestionnaireText.get("questionnaire.dialog.header", locale));
        ButtonType export = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(export, DialogButtons.cancel(messages));
        dialog.getDialogPane().getStyleClass().add("questionnaire-export");

        TextField assessor = new TextField();
        assessor.setId("q-assessor");
        assessor.setPromptText(QuestionnaireText.get("questionnaire.dialog.assessor.prompt", locale));
        assessor.textProperty().bindBidirectional(vm.assessorProperty());

        ToggleGroup group = new ToggleGroup();
        RadioButton all = radio(group, "q-scope-all", text(locale, "questionnaire.dialog.scope.all"));
        RadioButton byModule = radio(group, "q-scope-modules", text(locale, "questionnaire.dialog.scope.modules"));
        RadioButton byItem = radio(group, "q-scope-items", text(locale, "questionnaire.dialog.scope.items"));
        RadioButton assigned =
                radio(group, "q-scope-assigned", text(locale, "questionnaire.dialog.scope.assigned", vm.assigned()));
        all.setUserData(QuestionnaireExportViewModel.ScopeChoice.ALL);
        byModule.setUserData(QuestionnaireExportViewModel.ScopeChoice.MODULES);
        byItem.setUserData(QuestionnaireExportViewModel.ScopeChoice.ITEMS);
        assigned.setUserData(QuestionnaireExportViewModel.ScopeChoice.ASSIGNED);
        RadioButton byAssessor = radio(group, "q-scope-assessor", text(locale, "questionnaire.dialog.scope.assessor"));
        byAssessor.setUserData(QuestionnaireExportViewModel.ScopeChoice.ASSESSOR);
        ComboBox<QuestionnaireExportViewModel.AssessorChoice> assessorChoice = new ComboBox<>();
        assessorChoice.setId("q-assessor-choice");
        assessorChoice.getItems().setAll(vm.assessors());
        TextCells.install(assessorChoice, QuestionnaireExportViewModel.AssessorChoice::label);
        assessorChoice.valueProperty().bindBidirectional(vm.chosenAssessorProperty());
        assessorChoice.disableProperty().bind(byAssessor.selectedProperty().not());
        HBox assessorRow = new HBox(8, byAssessor, assessorChoice);
        assessorRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        assessorRow.setVisible(!vm.assessors().isEmpty());
        assessorRow.setManaged(!vm.assessors().isEmpty());
        assigned.setVisible(!vm.assigned().isEmpty());
        assigned.setManaged(!vm.assigned().isEmpty());
        group.getToggles().stream()
                .filter(t -> t.getUserData() == vm.scopeProperty().get())
                .findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().subscribe(t -> {
            if (t != null) {
                vm.scopeProperty().set((QuestionnaireExportViewModel.ScopeChoice) t.getUserData());
            }
        });

        FlowPane moduleBoxes = new FlowPane(12, 6);
        moduleBoxes.setId("q-modules");
        int k = 0;
        for (QuestionnaireExportViewModel.ModuleChoice m : vm.modules()) {
            CheckBox box = new CheckBox(m.label());
            box.setId("q-module-" + k++);
            box.selectedProperty().bindBidirectional(m.chosen());
            moduleBoxes.getChildren().add(box);
        }
        moduleBoxes.disableProperty().bind(byModule.selectedProperty().not());
        moduleBoxes.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));

        TextField items = new TextField();
        items.setId("q-items");
        items.setPromptText(QuestionnaireText.get("questionnaire.dialog.items.prompt", locale));
        items.textProperty().bindBidirectional(vm.itemsProperty());
        items.disableProperty().bind(byItem.selectedProperty().not());
        HBox itemsRow = new HBox(8, byItem, items);
        HBox.setHgrow(items, Priority.ALWAYS);
        VBox scope = new VBox(6, all, byModule, moduleBoxes, itemsRow, assigned, assessorRow);

        CheckBox prefill = new CheckBox(text(locale, "questionnaire.dialog.prefill"));
        prefill.setId("q-prefill");
        prefill.selectedProperty().bindBidirectional(vm.prefillProperty());

        ComboBox<Language> language = new ComboBox<>();
        language.setId("q-language");
        language.getItems().setAll(Language.ZH, Language.EN);
        TextCells.install(language, l -> text(locale, "questionnaire.dialog.language." + l.code()));
        language.valueProperty().bindBidirectional(vm.languageProperty());

        TextField target = new TextField();
        target.setId("q-target");
        target.setEditable(false);
        target.setFocusTraversable(false);
        target.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.targetProperty().get() == null
                                ? ""
                                : vm.targetProperty().get().toString(),
                        vm.targetProperty()));
        Button choose = new Button(text(locale, "questionnaire.dialog.choose"));
        choose.setId("q-choose");
        choose.setOnAction(e -> dialogs.chooseFileToSave(
                        title,
                        vm.targetProperty().get() == null
                                ? folder
                                : vm.targetProperty().get().toAbsolutePath().getParent(),
                        FileNames.suggest(vm.suggestedName(), ".xlsx"),
                        text(locale, "questionnaire.fileType"),
                        "*.xlsx")
                .map(QuestionnaireExportDialog::withXlsx)
                .ifPresent(vm.targetProperty()::set));
        HBox targetRow = new HBox(8, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);

        Label problems = new Label();
        problems.setId("q-problems");
        problems.getStyleClass().add("wizard-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsText());

        GridPane grid = io.ccmm.ui.common.FormGrid.of(380);
        int row = 0;
        grid.addRow(row++, label(locale, "questionnaire.dialog.assessor"), assessor);
        grid.addRow(row++, label(locale, "questionnaire.dialog.scope"), scope);
        grid.addRow(row++, new Label(), prefill);
        grid.addRow(row++, label(locale, "questionnaire.dialog.language"), language);
        grid.addRow(row++, label(locale, "questionnaire.dialog.target"), targetRow);
        grid.add(problems, 0, row, 2, 1);
        GridPane.setValignment(grid.getChildren().get(2), javafx.geometry.VPos.TOP);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(export);
        ok.disableProperty().bind(vm.validProperty().not());
        assessor.requestFocus();

        return dialog.showAndWait()
                .filter(DialogButtons::isOk)
                .flatMap(b -> vm.request())
                .map(r -> new Answer(r, vm.targetProperty().get()));
    }

    private static Path withXlsx(Path p) {
        String name = String.valueOf(p.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(name + ".xlsx");
    }

    private static RadioButton radio(ToggleGroup group, String id, String text) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private static String text(Locale locale, String key, Object... args) {
        return QuestionnaireText.get(key, locale, args);
    }

    private static Label label(Locale locale, String key) {
        return new Label(text(locale, key));
    }
}
