package io.ccmm.ui.questionnaire;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.questionnaire.Questionnaires;
import io.ccmm.storage.AssignedScope;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The questionnaire export form: who answers, which items (all, modules, item numbers, or the items assigned to this
 * field copy), prefilled or empty, the workbook's language and where it goes; checked as the user types, the problems
 * in the window's language. Testable without the toolkit.
 */
public final class QuestionnaireExportViewModel {

    /** Which items the questionnaire asks about. */
    public enum ScopeChoice {
        ALL,
        MODULES,
        ITEMS,
        ASSIGNED,
        /** The items assigned to an assessor of the round (the scope of the field copy handed out to them). */
        ASSESSOR
    }

    /** One module of the catalog, ticked or not. */
    public record ModuleChoice(String id, String label, BooleanProperty chosen) {}

    /** An assessor of the round with the items assigned to them, as the form lists them. */
    public record AssessorChoice(String name, String items, String label) {}

    private final Catalog catalog;
    private final Locale locale;
    private final long roundId;
    private final String assigned;
    private final List<ModuleChoice> modules = new ArrayList<>();
    private final List<AssessorChoice> assessors = new ArrayList<>();
    private final ObjectProperty<AssessorChoice> chosenAssessor = new SimpleObjectProperty<>();
    private final StringProperty assessor = new SimpleStringProperty("");
    private final ObjectProperty<ScopeChoice> scope = new SimpleObjectProperty<>(ScopeChoice.ALL);
    private final StringProperty items = new SimpleStringProperty("");
    private final BooleanProperty prefill = new SimpleBooleanProperty(false);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final StringBinding problems;
    private final BooleanBinding valid;

    /**
     * The form for round {@code roundId} of {@code catalog}, in the window's {@code windowLanguage} (also the
     * workbook's language to start with); {@code assigned} is the item ranges of this field copy ("" when none).
     */
    public QuestionnaireExportViewModel(Catalog catalog, long roundId, Language windowLanguage, String assigned) {
        this(catalog, roundId, windowLanguage, assigned, List.of());
    }

    /**
     * As above, offering also the items assigned to each of the round's {@code assessors} who were given part of the
     * items (the field copies handed out of an ordinary file).
     */
    public QuestionnaireExportViewModel(
            Catalog catalog, long roundId, Language windowLanguage, String assigned, List<AssignedScope> assessors) {
        this.catalog = catalog;
        this.locale = windowLanguage.locale();
        this.roundId = roundId;
        this.assigned = assigned == null ? "" : assigned.strip();
        language.set(windowLanguage);
        for (AssignedScope a : assessors) {
            if (a.isPartial()) {
                this.assessors.add(new AssessorChoice(
                        a.assessor(), a.scope(), text("questionnaire.dialog.assessorChoice", a.assessor(), a.scope())));
            }
        }
        List<Observable> watched = new ArrayList<>(List.of(assessor, scope, items, target, language, chosenAssessor));
        for (CatalogModule m : catalog.modules()) {
            ModuleChoice choice =
                    new ModuleChoice(m.id(), m.id() + " " + m.name().get(windowLanguage), new SimpleBooleanProperty());
            modules.add(choice);
            watched.add(choice.chosen());
        }
        if (!this.assigned.isEmpty()) {
            scope.set(ScopeChoice.ASSIGNED);
        }
        Observable[] all = watched.toArray(Observable[]::new);
        problems = Bindings.createStringBinding(() -> String.join("\n", problemList()), all);
        valid = Bindings.createBooleanBinding(() -> problemList().isEmpty(), all);
    }

    private String text(String key, Object... args) {
        return QuestionnaireText.get(key, locale, args);
    }

    /** What is wrong with the form, one sentence each, in the window's language (empty when it can be exported). */
    public List<String> problemList() {
        List<String> p = new ArrayList<>();
        if (assessor.get() != null && assessor.get().strip().length() > 200) {
            p.add(text("questionnaire.dialog.problem.assessor", 200));
        }
        switch (scope.get() == null ? ScopeChoice.ALL : scope.get()) {
            case MODULES -> {
                if (chosenModules().isEmpty()) {
                    p.add(text("questionnaire.dialog.problem.modules"));
                }
            }
            case ITEMS -> {
                String typed = items.get() == null ? "" : items.get().strip();
                if (typed.isEmpty()) {
                    p.add(text("questionnaire.dialog.problem.noItems"));
                } else {
                    try {
                        Scope.ofItems(typed, catalog);
                    } catch (TeamException e) {
                        p.add(TeamText.describe(e, locale));
                    }
                }
            }
            case ASSESSOR -> {
                if (chosenAssessor.get() == null) {
                    p.add(text("questionnaire.dialog.problem.noAssessor"));
                }
            }
            default -> {}
        }
        if (language.get() == null) {
            p.add(text("questionnaire.dialog.problem.language"));
        }
        if (target.get() == null) {
            p.add(text("questionnaire.dialog.problem.target"));
        }
        return p;
    }

    private List<String> chosenModules() {
        return modules.stream()
                .filter(m -> m.chosen().get())
                .map(ModuleChoice::id)
                .toList();
    }

    /** The export asked for, when the form is valid. */
    public Optional<Questionnaires.Request> request() {
        if (!problemList().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> moduleList = Optional.empty();
        Optional<String> itemList = Optional.empty();
        Optional<String> assignedTo = Optional.empty();
        switch (scope.get()) {
            case MODULES -> moduleList = Optional.of(String.join(",", chosenModules()));
            case ITEMS -> itemList = Optional.of(items.get().strip());
            case ASSIGNED -> itemList = Optional.of(assigned);
            case ASSESSOR -> assignedTo = Optional.of(chosenAssessor.get().name());
            default -> {}
        }
        return Optional.of(new Questionnaires.Request(
                OptionalLong.of(roundId),
                moduleList,
                itemList,
                assessor.get() == null ? "" : assessor.get(),
                language.get(),
                prefill.get(),
                assignedTo));
    }

    /** The items assigned to this field copy ("" when the file is not one, or it covers every item). */
    public String assigned() {
        return assigned;
    }

    /** A file name from the assessor's name (or the scope), for the file chooser. */
    public String suggestedName() {
        String who = assessor.get() == null ? "" : assessor.get().strip();
        if (who.isEmpty() && scope.get() == ScopeChoice.MODULES) {
            who = chosenModules().stream().collect(Collectors.joining(" "));
        }
        if (who.isEmpty() && scope.get() == ScopeChoice.ASSESSOR && chosenAssessor.get() != null) {
            who = chosenAssessor.get().name();
        }
        return QuestionnaireText.get(
                        "questionnaire.title",
                        language.get() == null ? locale : language.get().locale())
                + (who.isEmpty() ? "" : " " + who);
    }

    public List<ModuleChoice> modules() {
        return modules;
    }

    /** The round's assessors who were assigned part of the items (empty when none). */
    public List<AssessorChoice> assessors() {
        return assessors;
    }

    public ObjectProperty<AssessorChoice> chosenAssessorProperty() {
        return chosenAssessor;
    }

    public StringProperty assessorProperty() {
        return assessor;
    }

    public ObjectProperty<ScopeChoice> scopeProperty() {
        return scope;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public BooleanProperty prefillProperty() {
        return prefill;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public StringBinding problemsText() {
        return problems;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
