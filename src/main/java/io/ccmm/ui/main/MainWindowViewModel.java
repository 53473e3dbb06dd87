package io.ccmm.ui.main;

import io.ccmm.ProductInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and logic of the main window; testable without the JavaFX toolkit. */
public final class MainWindowViewModel {

    private final Catalog catalog;
    private final ScoringRules rules;
    private final Messages messages;
    private final ObjectProperty<Language> language;
    private final ObservableList<ModuleRow> modules = FXCollections.observableArrayList();
    private final ObjectProperty<ModuleRow> selectedModule = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper();

    public MainWindowViewModel(
            Catalog catalog, ScoringRules rules, Messages messages, ObjectProperty<Language> language) {
        this.catalog = catalog;
        this.rules = rules;
        this.messages = messages;
        this.language = language;
        Language lang = messages.language();
        for (CatalogModule m : catalog.modules()) {
            modules.add(new ModuleRow(
                    m.id(),
                    m.name().get(lang),
                    m.description().get(lang),
                    catalog.itemsOf(m.id()).size(),
                    m.areas().stream()
                            .map(a -> a.id() + "  " + a.name().get(lang))
                            .toList()));
        }
        selectedModule.addListener((obs, old, row) -> showModule(row));
        showWelcome();
    }

    private void showWelcome() {
        Language lang = messages.language();
        detailTitle.set(catalog.title().get(lang));
        detailText.set(messages.get(
                        "main.welcome.body",
                        catalog.items().size(),
                        catalog.modules().size()) + "\n\n" + catalog.source().get(lang));
    }

    private void showModule(ModuleRow row) {
        if (row == null) {
            showWelcome();
            return;
        }
        detailTitle.set(row.id() + "  " + row.name());
        detailText.set(row.description() + "\n\n" + messages.get("main.module.areas") + "\n"
                + String.join("\n", row.areas()) + "\n\n" + messages.get("main.module.items", row.itemCount()));
    }

    public ObservableList<ModuleRow> modules() {
        return modules;
    }

    public ObjectProperty<ModuleRow> selectedModuleProperty() {
        return selectedModule;
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public String windowTitle() {
        return messages.get("app.title") + " — " + catalog.title().get(messages.language());
    }

    public String statusText() {
        return messages.get(
                "main.status.catalog",
                catalog.id(),
                catalog.version(),
                shortHash(catalog.sha256()),
                rules.id(),
                shortHash(rules.sha256()));
    }

    public String aboutText() {
        ProductInfo info = ProductInfo.current();
        return messages.get("about.body", info.name(), info.version()) + "\n\n"
                + catalog.source().get(messages.language());
    }

    public Language language() {
        return messages.language();
    }

    public void switchLanguage(Language newLanguage) {
        language.set(newLanguage);
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "-" : sha256.substring(0, Math.min(12, sha256.length()));
    }
}
