package io.ccmm.ui.main;

import io.ccmm.ProductInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;

/** Window-level state: title, status bar, about text, language; testable without the JavaFX toolkit. */
public final class MainWindowViewModel {

    private final WorkspaceViewModel workspace;
    private final Messages messages;
    private final ObjectProperty<Language> language;

    private final Consumer<Theme> themeSwitch;
    private final Supplier<Theme> currentTheme;
    private final boolean sample;

    public MainWindowViewModel(
            WorkspaceViewModel workspace,
            Messages messages,
            ObjectProperty<Language> language,
            Consumer<Theme> themeSwitch,
            Supplier<Theme> currentTheme,
            boolean sample) {
        this.sample = sample;
        this.workspace = workspace;
        this.messages = messages;
        this.language = language;
        this.themeSwitch = themeSwitch;
        this.currentTheme = currentTheme;
    }

    public Theme theme() {
        return currentTheme.get();
    }

    public void switchTheme(Theme theme) {
        themeSwitch.accept(theme);
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public Messages messages() {
        return messages;
    }

    public String windowTitle() {
        String org = workspace.session().organization().name();
        String round = workspace.session().round().title();
        String what = org.isEmpty() ? workspace.session().sourceName() : org + (round.isEmpty() ? "" : " · " + round);
        return what + " — " + messages.get("app.title");
    }

    public String sourceText() {
        String round = workspace.session().round().title();
        String state = stateText();
        return workspace.session().sourceName()
                + (round.isEmpty() ? "" : "  ·  " + round)
                + (state.isEmpty() ? "" : "  ·  " + state);
    }

    /** Why the round cannot be changed (or that the sample's changes are discarded), in the window's language. */
    public String stateText() {
        if (sample) {
            return messages.get("main.status.sample");
        }
        return switch (workspace.session().access()) {
            case READ_WRITE -> workspace.session().isFinal() ? messages.get("main.status.final") : "";
            case READ_ONLY_REQUESTED -> messages.get("main.status.access.requested");
            case READ_ONLY_LOCATION -> messages.get("main.status.access.location");
            case READ_ONLY_COPY -> messages.get("main.status.access.copy");
        };
    }

    public String text(String key) {
        return messages.get(key);
    }

    public String roundLabel(io.ccmm.storage.Round r) {
        return r.info().title()
                + (r.info().date().isEmpty() ? "" : "  (" + r.info().date() + ")")
                + (r.isFinal() ? "  · " + messages.get("main.status.final") : "");
    }

    public StringBinding completionText() {
        return Bindings.createStringBinding(
                () -> messages.get(
                        "main.status.completion",
                        workspace.decidedCountProperty().get(),
                        workspace.totalItems()),
                workspace.decidedCountProperty());
    }

    public StringBinding savedText() {
        return Bindings.createStringBinding(
                () -> workspace.problemProperty().get().isEmpty()
                        ? messages.get("main.status.saved")
                        : messages.get(
                                "main.status.notSaved",
                                workspace.problemProperty().get()),
                workspace.problemProperty());
    }

    public String catalogText() {
        Catalog catalog = workspace.catalog();
        ScoringRules rules = workspace.session().rules();
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
                + workspace.catalog().source().get(messages.language()) + "\n\n" + catalogText();
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
