package io.ccmm.catalog;

import java.util.List;

/** A catalog or rules file that cannot be used; the message names the file, the place and the rule. */
public class InvalidCatalogException extends Exception {

    private final transient List<CatalogProblem> problems;

    public InvalidCatalogException(String source, List<CatalogProblem> problems) {
        super(source + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
