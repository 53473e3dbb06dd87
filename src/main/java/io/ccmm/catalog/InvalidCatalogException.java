package io.ccmm.catalog;

import java.util.List;

/** A catalog or rules file that cannot be used; the message names the file, the place and the rule. */
public class InvalidCatalogException extends Exception {

    private final transient List<CatalogProblem> problems;
    private final String source;

    public InvalidCatalogException(String source, List<CatalogProblem> problems) {
        super(source + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /** The file and its first problem in {@code language}, with the count of the others. */
    public String describe(Language language) {
        String more = problems.size() == 1
                ? ""
                : language == Language.ZH
                        ? "（另有 " + (problems.size() - 1) + " 个问题）"
                        : " (and " + (problems.size() - 1) + " more)";
        return source + (language == Language.ZH ? "：" : ": ") + problems.get(0).describe(language) + more;
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
