package io.ccmm.ui.main;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.catalogbook.BookException;
import io.ccmm.catalogbook.BookProblem;
import io.ccmm.catalogbook.CatalogWorkbookImport;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The background work of File › Catalog › Import…: the chosen workbook is read and validated like the bundled catalog;
 * a valid catalog is then saved as JSON where the user says, and a refused one is listed problem by problem.
 */
public final class CatalogWorkbookWork {

    /** The problems shown in the dialog; the count says how many more there are. */
    static final int LISTED = 25;

    private CatalogWorkbookWork() {}

    /** Reads and validates {@code workbook} (off the FX thread). */
    public static CatalogWorkbookImport.Result read(Path workbook) throws BookException {
        return CatalogWorkbookImport.read(workbook, CatalogLoader.bundled().rules());
    }

    /** Writes the catalog whole to {@code target} (off the FX thread). */
    public static Path save(CatalogWorkbookImport.Result result, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> out.write(result.json()));
        return target;
    }

    /** The refusal as a readable list, one problem a line, in the window's language. */
    public static String describe(BookException e, Messages messages, Language language) {
        List<BookProblem> problems = e.problems();
        String list = problems.stream()
                .limit(LISTED)
                .map(p -> "• " + p.describe(language))
                .collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED
                ? "\n" + messages.get("catalogbook.import.more", problems.size() - LISTED)
                : "";
        return messages.get("catalogbook.import.refused", problems.size()) + "\n\n" + list + more;
    }
}
