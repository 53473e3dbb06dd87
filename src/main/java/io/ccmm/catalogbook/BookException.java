package io.ccmm.catalogbook;

import io.ccmm.catalog.Language;
import java.util.List;

/** A catalog workbook that cannot become a catalog: every problem found, each naming its sheet, row and column. */
public final class BookException extends Exception {

    private final transient List<BookProblem> problems;

    BookException(List<BookProblem> problems) {
        super(problems.get(0).describe(Language.EN)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<BookProblem> problems() {
        return problems;
    }
}
