package io.ccmm.catalogbook;

import io.ccmm.catalog.CatalogProblem;
import io.ccmm.catalog.Language;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a catalog workbook, named by sheet, row and column where it has them ({@code row} 1-based, 0
 * when the problem is about the sheet or the file; {@code column} the letter, or empty). The words are either a text
 * of the workbook bundles ({@code key} with {@code args}) or a rule of the catalog validator ({@code rule}).
 */
public record BookProblem(
        String sheet, int row, String column, String columnKey, String key, List<String> args, CatalogProblem rule) {

    public BookProblem {
        args = List.copyOf(args);
    }

    static BookProblem of(String sheet, int row, String column, String columnKey, String key, Object... args) {
        return new BookProblem(
                sheet,
                row,
                column,
                columnKey,
                key,
                Arrays.stream(args).map(String::valueOf).toList(),
                null);
    }

    static BookProblem file(String key, Object... args) {
        return of("", 0, "", "", key, args);
    }

    static BookProblem rule(String sheet, int row, String column, String columnKey, CatalogProblem rule) {
        return new BookProblem(sheet, row, column, columnKey, "", List.of(), rule);
    }

    /** "sheet Items, row 37, column J (Partial (5), Chinese): empty", in {@code language}. */
    public String describe(Language language) {
        BookText text = new BookText(language);
        String what = what(text);
        if (sheet.isEmpty()) {
            return what;
        }
        String place;
        if (row > 0 && !column.isEmpty()) {
            place = text.format("place.cell", sheet, String.valueOf(row), column, text.column(columnKey));
        } else if (row > 0) {
            place = text.format("place.row", sheet, String.valueOf(row));
        } else if (!column.isEmpty()) {
            place = text.format("place.column", sheet, column, text.column(columnKey));
        } else {
            place = text.format("place.sheet", sheet);
        }
        return place + text.get("place.separator") + what;
    }

    private String what(BookText text) {
        if (rule == null) {
            return text.format(key, args.toArray());
        }
        if (row > 0
                && !column.isEmpty()
                && (rule.key().startsWith("text.") || rule.key().equals("value.blank"))) {
            return text.get("cell.empty");
        }
        if (row > 0 || java.util.Set.of("", "modules", "levels", "items").contains(rule.where())) {
            return rule.message(text.language()); // the place says where
        }
        return rule.describe(text.language());
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
