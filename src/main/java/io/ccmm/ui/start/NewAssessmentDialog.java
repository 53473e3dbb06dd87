package io.ccmm.ui.start;

import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TextCells;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The new-assessment wizard: organization and first round, validated as you type. */
public final class NewAssessmentDialog {

    private NewAssessmentDialog() {}

    public static Optional<NewAssessmentViewModel.NewAssessment> show(Window owner, Messages messages) {
        return show(owner, messages, new NewAssessmentViewModel(messages));
    }

    /** The wizard over {@code vm}: shown again with the same view model, everything typed is still there. */
    public static Optional<NewAssessmentViewModel.NewAssessment> show(
            Window owner, Messages messages, NewAssessmentViewModel vm) {
        return show(owner, messages, vm, "wizard.title", "wizard.header", true);
    }

    /** The same form to change the details of the open organization and round. */
    public static Optional<NewAssessmentViewModel.NewAssessment> showForEdit(
            Window owner, Messages messages, NewAssessmentViewModel vm) {
        return show(owner, messages, vm, "details.title", "details.header", false);
    }

    private static Optional<NewAssessmentViewModel.NewAssessment> show(
            Window owner,
            Messages messages,
            NewAssessmentViewModel vm,
            String titleKey,
            String headerKey,
            boolean newFile) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(headerKey));
        ButtonType create = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(create, DialogButtons.cancel(messages));
        dialog.getDialogPane().getStyleClass().add("new-assessment");

        TextField name = field(vm.nameProperty(), "wizard-name");
        TextField site = field(vm.siteProperty(), "wizard-site");
        ComboBox<Industry> industry = new ComboBox<>();
        industry.getItems().setAll(Industry.values());
        TextCells.install(industry, i -> messages.get(i.messageKey()));
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        TextField years = field(vm.yearsProperty(), "wizard-years");
        years.setPromptText(messages.get("wizard.years.prompt"));
        TextField round = field(vm.roundTitleProperty(), "wizard-round");
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField assessors = field(vm.assessorsProperty(), "wizard-assessors");
        assessors.setPromptText(messages.get("wizard.assessors.prompt"));
        ComboBox<Integer> target = new ComboBox<>();
        target.getItems().setAll(0, 1, 2, 3, 4, 5);
        TextCells.install(target, level -> level == 0 ? messages.get("wizard.target.none") : "L" + level);
        target.valueProperty().bindBidirectional(vm.targetLevelProperty());
        Label problems = new Label();
        problems.getStyleClass().add("wizard-problems");
        problems.textProperty().bind(vm.problemsText());
        problems.setWrapText(true);

        GridPane grid = io.ccmm.ui.common.FormGrid.of(320);
        int row = 0;
        grid.addRow(row++, label(messages, "wizard.name"), name);
        grid.addRow(row++, label(messages, "wizard.site"), site);
        grid.addRow(row++, label(messages, "wizard.industry"), industry);
        grid.addRow(row++, label(messages, "wizard.years"), years);
        grid.addRow(row++, label(messages, "wizard.round"), round);
        grid.addRow(row++, label(messages, "wizard.date"), date);
        grid.addRow(row++, label(messages, "wizard.assessors"), assessors);
        grid.addRow(row++, label(messages, "wizard.target"), target);
        BooleanProperty reading = new SimpleBooleanProperty(false);
        if (newFile) {
            grid.addRow(row++, label(messages, "wizard.catalog"), catalogChoice(dialog, messages, vm, reading));
            grid.add(notApplicableList(messages, vm), 0, row++, 2, 1);
        }
        grid.add(problems, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(create);
        ok.disableProperty().bind(vm.validProperty().not().or(reading));
        name.requestFocus();

        return dialog.showAndWait().filter(DialogButtons::isOk).flatMap(b -> vm.result());
    }

    /**
     * Catalog: the bundled CC-CMM-OC 2025, or one from a file (catalog JSON or catalog workbook), read and validated in
     * the background; a refused file lists its problems under the form and nothing can be created from it.
     */
    private static Node catalogChoice(
            Dialog<ButtonType> dialog, Messages messages, NewAssessmentViewModel vm, BooleanProperty reading) {
        ToggleGroup group = new ToggleGroup();
        RadioButton bundled = new RadioButton(messages.get("wizard.catalog.bundled"));
        bundled.setId("wizard-catalog-bundled");
        bundled.setToggleGroup(group);
        RadioButton fromFile = new RadioButton(messages.get("wizard.catalog.file"));
        fromFile.setId("wizard-catalog-file");
        fromFile.setToggleGroup(group);
        group.selectToggle(vm.catalogChoiceProperty().get() == null ? bundled : fromFile);
        Label source = new Label();
        source.setId("wizard-catalog-source");
        source.setWrapText(true);
        source.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> reading.get()
                                ? messages.get("wizard.catalog.reading")
                                : vm.catalogChoiceProperty().get() == null
                                        ? ""
                                        : vm.catalogChoiceProperty().get().label(messages),
                        reading,
                        vm.catalogChoiceProperty()));
        bundled.setOnAction(e -> vm.useBundledCatalog());
        java.util.function.BiConsumer<java.nio.file.Path, java.nio.file.Path> readBoth =
                (catalogFile, rulesFile) -> read(vm, messages, reading, catalogFile, rulesFile);
        Runnable chooseFile = () -> {
            java.util.Optional<java.nio.file.Path> file = vm.catalogFiles()
                    .map(java.util.function.Supplier::get)
                    .orElseGet(() -> {
                        FileChooser chooser = new FileChooser();
                        chooser.setTitle(messages.get("wizard.catalog.choose"));
                        chooser.getExtensionFilters()
                                .add(new FileChooser.ExtensionFilter(
                                        messages.get("wizard.catalog.filter"), "*.json", "*.xlsx"));
                        return java.util.Optional.ofNullable(chooser.showOpenDialog(
                                        dialog.getDialogPane().getScene().getWindow()))
                                .map(java.io.File::toPath);
                    });
            if (file.isEmpty()) {
                group.selectToggle(vm.catalogChoiceProperty().get() == null ? bundled : fromFile);
                return;
            }
            WizardCatalog current = vm.catalogChoiceProperty().get();
            readBoth.accept(file.get(), current == null ? null : current.rulesFile());
        };
        fromFile.setOnAction(e -> chooseFile.run());
        javafx.scene.control.Button another = new javafx.scene.control.Button(messages.get("wizard.catalog.another"));
        another.setId("wizard-catalog-choose");
        another.visibleProperty().bind(fromFile.selectedProperty());
        another.disableProperty().bind(reading);
        another.setOnAction(e -> chooseFile.run());
        javafx.scene.layout.HBox fileRow = new javafx.scene.layout.HBox(8, fromFile, another);
        fileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, bundled, fileRow, rulesRow(dialog, messages, vm, reading, fromFile, readBoth), source);
    }

    /**
     * Beside a catalog from a file, its scoring rules: the bundled ones, or a rules file (as {@code --rules}), read and
     * checked with the catalog in the background; a refused rules file lists its problems and nothing is created.
     */
    private static Node rulesRow(
            Dialog<ButtonType> dialog,
            Messages messages,
            NewAssessmentViewModel vm,
            BooleanProperty reading,
            RadioButton fromFile,
            java.util.function.BiConsumer<java.nio.file.Path, java.nio.file.Path> readBoth) {
        javafx.scene.control.Button rulesFile = new javafx.scene.control.Button(messages.get("wizard.rules.choose"));
        rulesFile.setId("wizard-rules-choose");
        javafx.scene.control.Button bundledRules =
                new javafx.scene.control.Button(messages.get("wizard.rules.bundled"));
        bundledRules.setId("wizard-rules-bundled");
        javafx.beans.binding.BooleanBinding noCatalogFile = Bindings.createBooleanBinding(
                () -> vm.catalogChoiceProperty().get() == null
                        || vm.catalogChoiceProperty().get().file() == null,
                vm.catalogChoiceProperty());
        rulesFile.disableProperty().bind(reading.or(noCatalogFile));
        bundledRules
                .disableProperty()
                .bind(reading.or(noCatalogFile)
                        .or(Bindings.createBooleanBinding(
                                () -> vm.catalogChoiceProperty().get() == null
                                        || (vm.catalogChoiceProperty().get().rulesFile() == null
                                                && vm.catalogRefusalProperty()
                                                        .get()
                                                        .isEmpty()),
                                vm.catalogChoiceProperty(),
                                vm.catalogRefusalProperty())));
        rulesFile.setOnAction(e -> {
            WizardCatalog current = vm.catalogChoiceProperty().get();
            java.util.Optional<java.nio.file.Path> file = vm.rulesFiles()
                    .map(java.util.function.Supplier::get)
                    .orElseGet(() -> {
                        FileChooser chooser = new FileChooser();
                        chooser.setTitle(messages.get("wizard.rules.title"));
                        chooser.getExtensionFilters()
                                .add(new FileChooser.ExtensionFilter(messages.get("wizard.rules.filter"), "*.json"));
                        return java.util.Optional.ofNullable(chooser.showOpenDialog(
                                        dialog.getDialogPane().getScene().getWindow()))
                                .map(java.io.File::toPath);
                    });
            if (current != null && current.file() != null && file.isPresent()) {
                readBoth.accept(current.file(), file.get());
            }
        });
        bundledRules.setOnAction(e -> {
            WizardCatalog current = vm.catalogChoiceProperty().get();
            if (current != null && current.file() != null) {
                readBoth.accept(current.file(), null);
            }
        });
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, rulesFile, bundledRules);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        row.visibleProperty().bind(fromFile.selectedProperty());
        row.managedProperty().bind(fromFile.selectedProperty());
        return row;
    }

    /** Reads the catalog file (with the rules file, when given) in the background, then shows it or its refusal. */
    private static void read(
            NewAssessmentViewModel vm,
            Messages messages,
            BooleanProperty reading,
            java.nio.file.Path catalogFile,
            java.nio.file.Path rulesFile) {
        reading.set(true);
        Task<WizardCatalog> read = new Task<>() {
            @Override
            protected WizardCatalog call() throws Exception {
                return WizardCatalog.read(catalogFile, rulesFile, messages);
            }
        };
        read.setOnSucceeded(done -> {
            reading.set(false);
            vm.useCatalog(read.getValue());
        });
        read.setOnFailed(failed -> {
            reading.set(false);
            Throwable t = read.getException();
            vm.refuseCatalog(
                    t instanceof WizardCatalog.Refused r
                            ? r
                            : new WizardCatalog.Refused(java.util.List.of(messages.get(
                                    "wizard.catalog.unreadable",
                                    String.valueOf(catalogFile.getFileName()),
                                    String.valueOf(t.getMessage())))));
        });
        Thread worker = new Thread(read, "wizard-catalog");
        worker.setDaemon(true);
        worker.start();
    }

    /** The items the sector pre-marks not applicable, each with its justification; untick one to keep it in scope. */
    private static Node notApplicableList(Messages messages, NewAssessmentViewModel vm) {
        Label heading = new Label();
        heading.setId("wizard-na-heading");
        heading.setWrapText(true);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.notApplicable().isEmpty()
                                ? messages.get("wizard.notApplicable.none")
                                : messages.get(
                                        "wizard.notApplicable.heading",
                                        vm.notApplicable().size()),
                        vm.notApplicable()));
        ListView<NotApplicableChoice> list = new ListView<>(vm.notApplicable());
        list.setId("wizard-na-list");
        list.setPrefHeight(120);
        list.setCellFactory(CheckBoxListCell.forListView(NotApplicableChoice::marked, new StringConverter<>() {
            @Override
            public String toString(NotApplicableChoice c) {
                return c == null ? "" : c.label() + " — " + c.justification();
            }

            @Override
            public NotApplicableChoice fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.notApplicable()));
        list.managedProperty().bind(list.visibleProperty());
        VBox box = new VBox(6, heading, list);
        box.setId("wizard-na");
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Label label(Messages messages, String key) {
        return new Label(messages.get(key));
    }
}
