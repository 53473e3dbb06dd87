package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportExporter;
import io.ccmm.report.ReportService;
import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks which report format and language to export. */
final class ExportReportDialog {

    record Choice(ReportExporter format, Language language) {}

    private ExportReportDialog() {}

    static Optional<Choice> show(Window owner, Messages messages, ReportService reports) {
        ComboBox<ReportExporter> format = new ComboBox<>();
        format.getItems().setAll(reports.formats().all());
        format.setValue(format.getItems().get(0));
        format.setCellFactory(l -> new FormatCell(messages.language()));
        format.setButtonCell(new FormatCell(messages.language()));
        prepareWhenPicked(format);
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.setValue(messages.language());
        language.setCellFactory(l -> new LanguageCell(messages));
        language.setButtonCell(new LanguageCell(messages));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("report.export.format")), format);
        grid.addRow(1, new Label(messages.get("report.export.language")), language);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("report.export.title"));
        d.setHeaderText(messages.get("report.export.header"));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(DialogButtons.ok(messages), DialogButtons.cancel(messages));
        return d.showAndWait().filter(DialogButtons::isOk).map(b -> new Choice(format.getValue(), language.getValue()));
    }

    /**
     * Gives the format shown, and each one picked later, its head start ({@link ReportExporter#prepare}): while the
     * user picks the language and the file, Word's and Excel's library sets itself up (about 0.3–0.5 s the first time
     * in a window), so that the export does not wait for it.
     */
    static void prepareWhenPicked(ComboBox<ReportExporter> format) {
        if (format.getValue() != null) {
            format.getValue().prepare();
        }
        format.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.prepare();
            }
        });
    }

    private static final class FormatCell extends ListCell<ReportExporter> {
        private final Language language;

        FormatCell(Language language) {
            this.language = language;
        }

        @Override
        protected void updateItem(ReportExporter f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.description(language) + "  (." + f.extension() + ")");
        }
    }

    private static final class LanguageCell extends ListCell<Language> {
        private final Messages messages;

        LanguageCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Language l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : messages.get("language." + l.code()));
        }
    }
}
