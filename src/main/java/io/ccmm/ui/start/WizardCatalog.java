package io.ccmm.ui.start;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.CatalogProblem;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.catalogbook.BookException;
import io.ccmm.catalogbook.CatalogWorkbookImport;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalog a new assessment is rated against: the bundled CC-CMM-OC 2025, or a licensed catalog from a file (a
 * catalog JSON, or a catalog workbook of {@code ccmm catalog template}), validated with the bundled scoring rules
 * exactly as {@code ccmm import --catalog} validates it, or with a rules file given beside it (as {@code --rules}).
 *
 * @param file the file it came from (null for the bundled one)
 * @param rulesFile the rules file given beside it (null for the bundled rules)
 * @param rulesId the id of those rules
 */
public record WizardCatalog(Path file, Catalog catalog, CatalogSnapshot snapshot, Path rulesFile, String rulesId) {

    public WizardCatalog(Path file, Catalog catalog, CatalogSnapshot snapshot) {
        this(file, catalog, snapshot, null, CatalogLoader.bundled().rules().id());
    }

    /** The most problems listed in the wizard; a count says how many more. */
    static final int LISTED = 12;

    /** The bundled catalog. */
    public static WizardCatalog bundled() {
        return new WizardCatalog(null, CatalogLoader.bundled().catalog(), CatalogSnapshot.bundled());
    }

    public boolean isBundled() {
        return file == null;
    }

    /** A catalog file refused, with every problem in the user's words. */
    public static final class Refused extends Exception {
        private final transient List<String> lines;

        public Refused(List<String> lines) {
            super(String.join("\n", lines));
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }
    }

    /** Reads and validates {@code file} (off the FX thread): a {@code .xlsx} as a catalog workbook, else as JSON. */
    public static WizardCatalog read(Path file, Messages messages) throws Refused {
        return read(file, null, messages);
    }

    /**
     * Reads and validates {@code file} with the scoring rules of {@code rulesFile} (null for the bundled rules): the
     * rules on their own first, then the catalog with them, each refusal listing its problems in the user's language.
     */
    public static WizardCatalog read(Path file, Path rulesFile, Messages messages) throws Refused {
        Language language = messages.language();
        String name = String.valueOf(file.getFileName());
        ScoringRules scoring = CatalogLoader.bundled().rules();
        byte[] rules = CatalogSnapshot.bundled().rulesJson();
        if (rulesFile != null) {
            String rulesName = String.valueOf(rulesFile.getFileName());
            try {
                rules = Files.readAllBytes(rulesFile);
            } catch (IOException e) {
                throw new Refused(
                        List.of(messages.get("wizard.catalog.unreadable", rulesName, String.valueOf(e.getMessage()))));
            }
            try {
                scoring = new CatalogLoader().readRules(rules, rulesName);
            } catch (InvalidCatalogException e) {
                throw refused(
                        messages,
                        "wizard.rules.refused",
                        rulesName,
                        e.problems().stream().map(p -> p.describe(language)).toList());
            }
        }
        byte[] json;
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try {
                json = CatalogWorkbookImport.read(file, scoring).json();
            } catch (BookException e) {
                throw refused(
                        messages,
                        "wizard.catalog.refused",
                        name,
                        e.problems().stream().map(p -> p.describe(language)).toList());
            }
        } else {
            try {
                json = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new Refused(
                        List.of(messages.get("wizard.catalog.unreadable", name, String.valueOf(e.getMessage()))));
            }
        }
        CatalogSnapshot snapshot = new CatalogSnapshot(json, rules);
        try {
            CatalogBundle bundle = snapshot.load();
            return new WizardCatalog(
                    file, bundle.catalog(), snapshot, rulesFile, bundle.rules().id());
        } catch (InvalidCatalogException e) {
            throw refused(
                    messages,
                    "wizard.catalog.refused",
                    name,
                    e.problems().stream()
                            .map((CatalogProblem p) -> p.describe(language))
                            .toList());
        }
    }

    private static Refused refused(Messages messages, String key, String name, List<String> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(key, name, problems.size()));
        problems.stream().limit(LISTED).map(p -> "• " + p).forEach(lines::add);
        if (problems.size() > LISTED) {
            lines.add(messages.get("wizard.catalog.more", problems.size() - LISTED));
        }
        return new Refused(lines);
    }

    /** How the wizard names it: the bundled one by its title, a file by its name, id, version and item count. */
    public String label(Messages messages) {
        if (isBundled()) {
            return messages.get("wizard.catalog.bundled");
        }
        String label = messages.get(
                "wizard.catalog.fromFile",
                String.valueOf(file.getFileName()),
                catalog.id(),
                catalog.version(),
                catalog.items().size());
        return rulesFile == null
                ? label
                : label + "\n"
                        + messages.get("wizard.rules.fromFile", String.valueOf(rulesFile.getFileName()), rulesId);
    }
}
