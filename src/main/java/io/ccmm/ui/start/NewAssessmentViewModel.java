package io.ccmm.ui.start;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.ui.common.FileNames;
import io.ccmm.ui.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The new-assessment wizard's fields, validated as the user types; testable without the toolkit. */
public final class NewAssessmentViewModel {

    /** What the wizard produces: the organization, its first round, the items marked N/A and the round's catalog. */
    public record NewAssessment(
            Organization organization, RoundInfo round, List<Rating> notApplicable, CatalogSnapshot catalog) {

        public NewAssessment {
            notApplicable = List.copyOf(notApplicable);
        }

        public NewAssessment(Organization organization, RoundInfo round, List<Rating> notApplicable) {
            this(organization, round, notApplicable, CatalogSnapshot.bundled());
        }

        public NewAssessment(Organization organization, RoundInfo round) {
            this(organization, round, List.of());
        }
    }

    private final Messages messages;
    private Catalog catalog;
    private final ObjectProperty<WizardCatalog> catalogChoice = new SimpleObjectProperty<>();
    private final StringProperty catalogRefusal = new SimpleStringProperty("");
    private final ObservableList<NotApplicableChoice> notApplicable = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty site = new SimpleStringProperty("");
    private final ObjectProperty<Industry> industry = new SimpleObjectProperty<>(Industry.GOVERNMENT_HOTLINE);
    private final StringProperty years = new SimpleStringProperty("");
    private final StringProperty roundTitle = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty assessors = new SimpleStringProperty("");
    private final ObjectProperty<Integer> targetLevel = new SimpleObjectProperty<>(3);
    private final StringBinding problems;
    private final BooleanBinding valid;

    public NewAssessmentViewModel(Messages messages) {
        this(messages, CatalogLoader.bundled().catalog());
    }

    /** The wizard for a new file of {@code catalog}: the chosen sector pre-marks the items outside it. */
    public NewAssessmentViewModel(Messages messages, Catalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
        industry.subscribe(this::preMark);
        roundTitle.set(messages.get("wizard.round.default", LocalDate.now().getYear()));
        problems = Bindings.createStringBinding(
                () -> String.join("\n", problemList()), name, years, roundTitle, date, targetLevel, catalogRefusal);
        valid = Bindings.createBooleanBinding(
                () -> problemList().isEmpty(), name, years, roundTitle, date, catalogRefusal);
    }

    List<String> problemList() {
        List<String> p = new ArrayList<>();
        if (name.get() == null || name.get().isBlank()) {
            p.add(messages.get("wizard.problem.name"));
        }
        if (parseYears().isEmpty() && years.get() != null && !years.get().isBlank()) {
            p.add(messages.get("wizard.problem.years", years.get().strip()));
        }
        if (roundTitle.get() == null || roundTitle.get().isBlank()) {
            p.add(messages.get("wizard.problem.round"));
        }
        if (date.get() == null) {
            p.add(messages.get("wizard.problem.date"));
        }
        if (!catalogRefusal.get().isEmpty()) {
            p.add(catalogRefusal.get());
        }
        return p;
    }

    private Optional<Integer> parseYears() {
        String y = years.get() == null ? "" : years.get().strip();
        if (!y.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(y));
    }

    public Optional<NewAssessment> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        OptionalInt y = parseYears().map(OptionalInt::of).orElse(OptionalInt.empty());
        List<String> names = Arrays.stream(assessors.get().split("[,，、;；]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        OptionalInt target = targetLevel.get() == null || targetLevel.get() == 0
                ? OptionalInt.empty()
                : OptionalInt.of(targetLevel.get());
        return Optional.of(new NewAssessment(
                new Organization(
                        name.get().strip(), site.get().strip(), industry.get().code(), y),
                new RoundInfo(roundTitle.get().strip(), date.get().toString(), names, target),
                notApplicable.stream()
                        .filter(c -> c.marked().get())
                        .map(c -> Rating.notApplicable(c.item(), c.justification()))
                        .toList(),
                catalogChoice.get() == null
                        ? CatalogSnapshot.bundled()
                        : catalogChoice.get().snapshot()));
    }

    /** A file name from the organization's name that every file system takes (cut safely when it is long). */
    public String suggestedFileName() {
        return FileNames.suggest(name.get(), ".ccmm");
    }

    /** The form filled with an existing organization and round, to change their details. */
    public static NewAssessmentViewModel of(Messages messages, Organization organization, RoundInfo round) {
        NewAssessmentViewModel vm = new NewAssessmentViewModel(messages);
        vm.name.set(organization.name());
        vm.site.set(organization.site());
        vm.industry.set(Industry.fromCode(organization.industry()));
        vm.notApplicable.clear(); // details of an existing round: its ratings are not the wizard's to change
        vm.years.set(
                organization.yearsInOperation().isPresent()
                        ? String.valueOf(organization.yearsInOperation().getAsInt())
                        : "");
        vm.roundTitle.set(round.title());
        vm.date.set(parseDate(round.date()));
        vm.assessors.set(String.join(", ", round.assessors()));
        vm.targetLevel.set(round.targetLevel().orElse(0));
        return vm;
    }

    private static LocalDate parseDate(String iso) {
        try {
            return iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The items outside the chosen sector, pre-marked not applicable with the catalog's hint; any can be unticked. */
    private void preMark(Industry chosen) {
        List<NotApplicableChoice> choices = new ArrayList<>();
        chosen.sector().ifPresent(sector -> {
            for (AssessmentItem item : catalog.items()) {
                if (!item.appliesTo(sector)) {
                    Language language = messages.language();
                    String hint = item.hint()
                            .map(h -> h.get(language))
                            .filter(h -> h != null && !h.isBlank())
                            .orElse(messages.get("wizard.notApplicable.defaultHint"));
                    choices.add(new NotApplicableChoice(
                            item.id(), item.id() + " " + item.title().get(language), hint));
                }
            }
        });
        notApplicable.setAll(choices);
    }

    /** The items the chosen sector pre-marks not applicable (empty for "other" and when editing details). */
    public ObservableList<NotApplicableChoice> notApplicable() {
        return notApplicable;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty siteProperty() {
        return site;
    }

    public ObjectProperty<Industry> industryProperty() {
        return industry;
    }

    public StringProperty yearsProperty() {
        return years;
    }

    public StringProperty roundTitleProperty() {
        return roundTitle;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty assessorsProperty() {
        return assessors;
    }

    public ObjectProperty<Integer> targetLevelProperty() {
        return targetLevel;
    }

    public StringBinding problemsText() {
        return problems;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    // ---- the catalog of the new round: the bundled one, or a licensed one from a file

    /** The catalog chosen from a file, or null for the bundled one. */
    public ObjectProperty<WizardCatalog> catalogChoiceProperty() {
        return catalogChoice;
    }

    /** Why the catalog file last chosen was refused, in the user's words ("" when it was not). */
    public StringProperty catalogRefusalProperty() {
        return catalogRefusal;
    }

    /** Back to the bundled catalog (and its sector marks); a refusal shown is cleared. */
    public void useBundledCatalog() {
        catalogRefusal.set("");
        if (catalogChoice.get() != null) {
            catalogChoice.set(null);
            catalog = CatalogLoader.bundled().catalog();
            preMark(industry.get());
        }
    }

    /** A catalog read from a file: the new round is rated against it, the sector marks come from it. */
    public void useCatalog(WizardCatalog chosen) {
        catalogRefusal.set("");
        catalogChoice.set(chosen);
        catalog = chosen.catalog();
        preMark(industry.get());
    }

    /** A catalog file refused: nothing can be created until another file, or the bundled catalog, is chosen. */
    public void refuseCatalog(WizardCatalog.Refused refused) {
        catalogRefusal.set(String.join("\n", refused.lines()));
    }

    /** The catalog the new round is rated against. */
    public Catalog catalog() {
        return catalog;
    }

    private java.util.function.Supplier<Optional<java.nio.file.Path>> catalogFiles;

    /** How the wizard asks for a catalog file (the system's file chooser unless set, e.g. by a test). */
    public void chooseCatalogFilesWith(java.util.function.Supplier<Optional<java.nio.file.Path>> chooser) {
        this.catalogFiles = chooser;
    }

    /** The catalog file chooser set, if any. */
    java.util.Optional<java.util.function.Supplier<Optional<java.nio.file.Path>>> catalogFiles() {
        return Optional.ofNullable(catalogFiles);
    }

    // ---- the scoring rules beside a catalog from a file

    private java.util.function.Supplier<Optional<java.nio.file.Path>> rulesFiles;

    /** How the wizard asks for a rules file (the system's file chooser unless set, e.g. by a test). */
    public void chooseRulesFilesWith(java.util.function.Supplier<Optional<java.nio.file.Path>> chooser) {
        this.rulesFiles = chooser;
    }

    /** The rules file chooser set, if any. */
    java.util.Optional<java.util.function.Supplier<Optional<java.nio.file.Path>>> rulesFiles() {
        return Optional.ofNullable(rulesFiles);
    }
}
