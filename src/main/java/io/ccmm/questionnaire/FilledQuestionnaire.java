package io.ccmm.questionnaire;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.storage.ItemRanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellReference;

/**
 * A filled questionnaire as read: its identity and its answer rows, found by the item-number column (wherever the
 * columns, rows and sheets have moved and whatever the sheets are called), then checked against the catalog into
 * ratings, every refusal naming its sheet and cell.
 */
final class FilledQuestionnaire {

    /** How far down a sheet its column keys or headers are looked for. */
    private static final int HEADER_SEARCH_ROWS = 40;

    /** One row that names an item (or has answers), with where its cells are. */
    record AnswerRow(String sheet, int row, Columns columns, String item, Map<String, WorkbookCells.Cell> answers) {

        String ref(String key) {
            return new CellReference(row, columns.of(key)).formatAsString(false);
        }

        String text(String key) {
            WorkbookCells.Cell c = answers.get(key);
            return c == null ? "" : c.text();
        }
    }

    /** The columns of a sheet: item number, C, F, justification and note. */
    record Columns(int item, int c, int f, int justification, int note) {
        int of(String key) {
            return switch (key) {
                case QuestionnaireWorkbook.KEY_ITEM -> item;
                case QuestionnaireWorkbook.KEY_C -> c;
                case QuestionnaireWorkbook.KEY_F -> f;
                case QuestionnaireWorkbook.KEY_JUSTIFICATION -> justification;
                default -> note;
            };
        }
    }

    private final Path file;
    private final QuestionnaireIdentity identity;
    private final List<AnswerRow> rows;

    private FilledQuestionnaire(Path file, QuestionnaireIdentity identity, List<AnswerRow> rows) {
        this.file = file;
        this.identity = identity;
        this.rows = List.copyOf(rows);
    }

    QuestionnaireIdentity identity() {
        return identity;
    }

    List<AnswerRow> rows() {
        return rows;
    }

    /** Reads the workbook: its identity sheet, and the answer rows of every sheet with the questionnaire's columns. */
    static FilledQuestionnaire read(Path file) throws QuestionnaireException {
        List<WorkbookCells.Sheet> sheets = WorkbookCells.read(file);
        WorkbookCells.Sheet identitySheet = null;
        for (WorkbookCells.Sheet s : sheets) {
            if (QuestionnaireIdentity.MARKER.equals(s.text(0, 0).strip())) {
                identitySheet = s;
                break;
            }
        }
        if (identitySheet == null) {
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, QuestionnaireIdentity.SHEET);
        }
        QuestionnaireIdentity identity = identity(file, identitySheet);
        List<AnswerRow> rows = new ArrayList<>();
        boolean any = false;
        for (WorkbookCells.Sheet s : sheets) {
            if (s == identitySheet) {
                continue;
            }
            Optional<Map.Entry<Integer, Columns>> found = columns(s);
            if (found.isEmpty()) {
                continue;
            }
            any = true;
            int headerRow = found.get().getKey();
            Columns columns = found.get().getValue();
            for (Map.Entry<Integer, SortedMap<Integer, WorkbookCells.Cell>> e :
                    s.rows().tailMap(headerRow + 1).entrySet()) {
                SortedMap<Integer, WorkbookCells.Cell> cells = e.getValue();
                Map<String, WorkbookCells.Cell> answers = new HashMap<>();
                for (String key : List.of(
                        QuestionnaireWorkbook.KEY_C,
                        QuestionnaireWorkbook.KEY_F,
                        QuestionnaireWorkbook.KEY_JUSTIFICATION,
                        QuestionnaireWorkbook.KEY_NOTE)) {
                    int col = columns.of(key);
                    if (col >= 0 && cells.get(col) != null) {
                        answers.put(key, cells.get(col));
                    }
                }
                WorkbookCells.Cell item = cells.get(columns.item());
                String itemText = item == null ? "" : item.text();
                if (itemText.isBlank() && answers.isEmpty()) {
                    continue;
                }
                rows.add(new AnswerRow(s.name(), e.getKey(), columns, itemText, answers));
            }
        }
        if (!any) {
            throw new QuestionnaireException(QuestionnaireException.Reason.NO_ANSWER_SHEETS, file);
        }
        return new FilledQuestionnaire(file, identity, rows);
    }

    private static QuestionnaireIdentity identity(Path file, WorkbookCells.Sheet sheet) throws QuestionnaireException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<Integer, Rating> base = new HashMap<>();
        for (Map.Entry<Integer, SortedMap<Integer, WorkbookCells.Cell>> e :
                sheet.rows().entrySet()) {
            int r = e.getKey();
            String key = sheet.text(r, 0);
            if ("base".equals(key)) {
                Optional<Integer> item = AnswerText.number(sheet.text(r, 1).strip());
                if (item.isEmpty()) {
                    throw new QuestionnaireException(
                            QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, "base row " + (r + 1));
                }
                base.put(item.get(), baseRating(file, sheet, r, item.get()));
            } else if (!key.isEmpty()) {
                values.putIfAbsent(key, sheet.text(r, 1));
            }
        }
        int version = AnswerText.number(
                        values.getOrDefault(QuestionnaireIdentity.MARKER, "").strip())
                .orElse(0);
        if (version < 1) {
            throw new QuestionnaireException(QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, "version");
        }
        if (version > QuestionnaireIdentity.FORMAT_VERSION) {
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.NEWER_FORMAT,
                    file,
                    String.valueOf(version),
                    String.valueOf(QuestionnaireIdentity.FORMAT_VERSION));
        }
        for (String required : List.of("questionnaire", "round", "catalog", "catalogSha256")) {
            if (values.getOrDefault(required, "").isBlank()) {
                throw new QuestionnaireException(QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, required);
            }
        }
        String scope = values.getOrDefault("scope", "").strip();
        if (!scope.isEmpty() && ItemRanges.parse(scope).isEmpty()) {
            throw new QuestionnaireException(QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, "scope");
        }
        return new QuestionnaireIdentity(
                version,
                values.get("questionnaire").strip(),
                values.getOrDefault("file", "").strip(),
                values.getOrDefault("fileName", ""),
                values.get("round").strip(),
                values.getOrDefault("roundTitle", ""),
                values.get("catalog").strip(),
                values.get("catalogSha256").strip(),
                scope,
                values.getOrDefault("assessor", "").strip(),
                values.getOrDefault("language", ""),
                values.getOrDefault("created", ""),
                base);
    }

    private static Rating baseRating(Path file, WorkbookCells.Sheet sheet, int r, int item)
            throws QuestionnaireException {
        Rate c = baseRate(file, sheet.text(r, 2), r);
        Rate f = baseRate(file, sheet.text(r, 3), r);
        boolean na = "1".equals(sheet.text(r, 4).strip());
        if (na) {
            return new Rating(item, Rate.UNRATED, Rate.UNRATED, sheet.text(r, 6), true, sheet.text(r, 5));
        }
        return new Rating(item, c, f, sheet.text(r, 6), false, sheet.text(r, 5));
    }

    private static Rate baseRate(Path file, String text, int r) throws QuestionnaireException {
        if (text.isBlank()) {
            return Rate.UNRATED;
        }
        return AnswerText.number(text.strip())
                .flatMap(Rate::ofPoints)
                .orElseThrow(() -> new QuestionnaireException(
                        QuestionnaireException.Reason.NOT_A_QUESTIONNAIRE, file, "base row " + (r + 1)));
    }

    /** The row of column keys the questionnaire writes (hidden), else a header row in either language. */
    private static Optional<Map.Entry<Integer, Columns>> columns(WorkbookCells.Sheet sheet) {
        Map<String, String> headers = new HashMap<>();
        for (Language lang : Language.values()) {
            for (String key : List.of(
                    QuestionnaireWorkbook.KEY_ITEM,
                    QuestionnaireWorkbook.KEY_C,
                    QuestionnaireWorkbook.KEY_F,
                    QuestionnaireWorkbook.KEY_JUSTIFICATION,
                    QuestionnaireWorkbook.KEY_NOTE)) {
                headers.put(AnswerText.clean(QuestionnaireText.get(header(key), lang)), key);
            }
        }
        for (Map.Entry<Integer, SortedMap<Integer, WorkbookCells.Cell>> e :
                sheet.rows().headMap(HEADER_SEARCH_ROWS).entrySet()) {
            Map<String, Integer> byKey = new HashMap<>();
            Map<String, Integer> byHeader = new HashMap<>();
            for (Map.Entry<Integer, WorkbookCells.Cell> c : e.getValue().entrySet()) {
                String text = AnswerText.clean(c.getValue().text());
                if (text.startsWith("ccmm:")) {
                    byKey.putIfAbsent(text, c.getKey());
                }
                String key = headers.get(text);
                if (key != null) {
                    byHeader.putIfAbsent(key, c.getKey());
                }
            }
            for (Map<String, Integer> found : List.of(byKey, byHeader)) {
                if (found.containsKey(QuestionnaireWorkbook.KEY_ITEM)
                        && found.containsKey(QuestionnaireWorkbook.KEY_C)
                        && found.containsKey(QuestionnaireWorkbook.KEY_F)) {
                    int headerRow = e.getKey();
                    if (found == byKey && sheet.rows().containsKey(headerRow + 1)) {
                        // the visible headers follow the hidden keys; items start below the header row
                        headerRow = headerRowBelow(sheet, headerRow, found.get(QuestionnaireWorkbook.KEY_ITEM));
                    }
                    return Optional.of(Map.entry(
                            headerRow,
                            new Columns(
                                    found.get(QuestionnaireWorkbook.KEY_ITEM),
                                    found.get(QuestionnaireWorkbook.KEY_C),
                                    found.get(QuestionnaireWorkbook.KEY_F),
                                    found.getOrDefault(QuestionnaireWorkbook.KEY_JUSTIFICATION, -1),
                                    found.getOrDefault(QuestionnaireWorkbook.KEY_NOTE, -1))));
                }
            }
        }
        return Optional.empty();
    }

    /** Below the key row: the rows up to the first one whose item cell is a number are headings, not items. */
    private static int headerRowBelow(WorkbookCells.Sheet sheet, int keyRow, int itemColumn) {
        int last = keyRow;
        for (Map.Entry<Integer, SortedMap<Integer, WorkbookCells.Cell>> e :
                sheet.rows().tailMap(keyRow + 1).entrySet()) {
            if (e.getKey() > keyRow + 3) {
                break;
            }
            if (AnswerText.number(AnswerText.clean(sheet.text(e.getKey(), itemColumn)))
                    .isPresent()) {
                break;
            }
            last = e.getKey();
        }
        return last;
    }

    private static String header(String key) {
        return switch (key) {
            case QuestionnaireWorkbook.KEY_ITEM -> "questionnaire.column.item";
            case QuestionnaireWorkbook.KEY_C -> "questionnaire.column.c";
            case QuestionnaireWorkbook.KEY_F -> "questionnaire.column.f";
            case QuestionnaireWorkbook.KEY_JUSTIFICATION -> "questionnaire.column.justification";
            default -> "questionnaire.column.note";
        };
    }

    /**
     * The answers as ratings of the round: every answered item of the questionnaire's scope, each item the
     * questionnaire covers but does not show keeping its base value. Refuses, naming sheet and cell, what cannot be
     * read.
     */
    Map<Integer, Rating> ratings(Catalog catalog, boolean notApplicableAllowed) throws QuestionnaireException {
        Map<Integer, Rating> ratings = new HashMap<>();
        Map<Integer, AnswerRow> where = new HashMap<>();
        for (AnswerRow row : rows) {
            String itemText = AnswerText.clean(row.item());
            Optional<Integer> number = AnswerText.number(itemText);
            boolean rated = !row.text(QuestionnaireWorkbook.KEY_C).isBlank()
                    || !row.text(QuestionnaireWorkbook.KEY_F).isBlank();
            if (number.isEmpty()) {
                if (rated) {
                    throw new QuestionnaireException(
                            QuestionnaireException.Reason.NO_ITEM_NUMBER,
                            row.sheet(),
                            row.ref(QuestionnaireWorkbook.KEY_ITEM),
                            row.item().strip());
                }
                continue; // a row of the user's own (a total, a remark): not an item
            }
            int item = number.get();
            if (catalog.item(item).isEmpty()) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.UNKNOWN_ITEM,
                        row.sheet(),
                        row.ref(QuestionnaireWorkbook.KEY_ITEM),
                        String.valueOf(item),
                        catalog.id());
            }
            if (!identity.scope().isEmpty() && !ItemRanges.contains(identity.scope(), item)) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.OUT_OF_SCOPE,
                        row.sheet(),
                        row.ref(QuestionnaireWorkbook.KEY_ITEM),
                        String.valueOf(item),
                        identity.scope());
            }
            Rating rating = rating(row, item, notApplicableAllowed);
            AnswerRow before = where.putIfAbsent(item, row);
            if (before != null) {
                if (!rating.equals(ratings.get(item))) {
                    throw new QuestionnaireException(
                            QuestionnaireException.Reason.DUPLICATE_ITEM,
                            String.valueOf(item),
                            before.sheet(),
                            String.valueOf(before.row() + 1),
                            row.sheet(),
                            String.valueOf(row.row() + 1));
                }
                continue;
            }
            ratings.put(item, rating);
        }
        for (Map.Entry<Integer, Rating> b : identity.base().entrySet()) {
            ratings.putIfAbsent(b.getKey(), b.getValue());
        }
        return ratings;
    }

    private Rating rating(AnswerRow row, int item, boolean notApplicableAllowed) throws QuestionnaireException {
        for (String key : List.of(
                QuestionnaireWorkbook.KEY_C,
                QuestionnaireWorkbook.KEY_F,
                QuestionnaireWorkbook.KEY_JUSTIFICATION,
                QuestionnaireWorkbook.KEY_NOTE)) {
            WorkbookCells.Cell cell = row.answers().get(key);
            if (cell != null && cell.hasFormula()) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.FORMULA, row.sheet(), row.ref(key), cell.formula());
            }
        }
        AnswerText.Answer c = answer(row, QuestionnaireWorkbook.KEY_C, "C", notApplicableAllowed);
        AnswerText.Answer f = answer(row, QuestionnaireWorkbook.KEY_F, "F", notApplicableAllowed);
        String justification = text(row, QuestionnaireWorkbook.KEY_JUSTIFICATION);
        String note = text(row, QuestionnaireWorkbook.KEY_NOTE);
        boolean na = c instanceof AnswerText.NotApplicable || f instanceof AnswerText.NotApplicable;
        if (na) {
            String key =
                    c instanceof AnswerText.NotApplicable ? QuestionnaireWorkbook.KEY_C : QuestionnaireWorkbook.KEY_F;
            if (!notApplicableAllowed) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.NOT_APPLICABLE_NOT_ALLOWED, row.sheet(), row.ref(key));
            }
            if (c instanceof AnswerText.Rated || f instanceof AnswerText.Rated) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.RATED_AND_NOT_APPLICABLE,
                        row.sheet(),
                        String.valueOf(row.row() + 1),
                        String.valueOf(item));
            }
            if (justification.isBlank()) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.NO_JUSTIFICATION,
                        row.sheet(),
                        row.columns().justification() >= 0
                                ? row.ref(QuestionnaireWorkbook.KEY_JUSTIFICATION)
                                : row.ref(key),
                        String.valueOf(item));
            }
            return new Rating(item, Rate.UNRATED, Rate.UNRATED, note, true, justification);
        }
        if (!justification.isEmpty()) {
            // a reason typed for a rated item is kept as part of the respondent's note, below what they noted
            note = note.isEmpty() ? justification : note + "\n" + justification;
            if (note.length() > Rating.MAX_TEXT_LENGTH) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.NOTE_AND_REASON_TOO_LONG,
                        row.sheet(),
                        row.ref(QuestionnaireWorkbook.KEY_JUSTIFICATION),
                        String.valueOf(note.length()),
                        String.valueOf(Rating.MAX_TEXT_LENGTH));
            }
        }
        return new Rating(item, rate(c), rate(f), note, false, "");
    }

    private static Rate rate(AnswerText.Answer a) {
        return a instanceof AnswerText.Rated r ? r.rate() : Rate.UNRATED;
    }

    private static AnswerText.Answer answer(AnswerRow row, String key, String angle, boolean notApplicableAllowed)
            throws QuestionnaireException {
        AnswerText.Answer a = AnswerText.read(row.text(key));
        if (a instanceof AnswerText.Unreadable u) {
            String shown = u.text().length() > 40 ? u.text().substring(0, 40) + "…" : u.text();
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.BAD_RATE,
                    row.sheet(),
                    row.ref(key),
                    angle,
                    shown,
                    notApplicableAllowed
                            ? new QuestionnaireText.Localized("questionnaire.error.badRate.orNotApplicable")
                            : "");
        }
        return a;
    }

    private static String text(AnswerRow row, String key) throws QuestionnaireException {
        String text = row.text(key).strip();
        if (text.length() > Rating.MAX_TEXT_LENGTH) {
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.TEXT_TOO_LONG,
                    row.sheet(),
                    row.ref(key),
                    text.length() > WorkbookCells.MAX_CELL_CHARS
                            ? "> " + WorkbookCells.MAX_CELL_CHARS
                            : String.valueOf(text.length()),
                    String.valueOf(Rating.MAX_TEXT_LENGTH));
        }
        return text;
    }

    Path file() {
        return file;
    }
}
