package io.ccmm.catalogbook;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.CatalogProblem;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.ScoringRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a filled catalog workbook into a catalog file: reads the sheets, builds the catalog JSON and validates it with
 * the same loader and rules as the bundled catalog. Every problem names its sheet, row and column; nothing is returned
 * unless the whole catalog is valid.
 */
public final class CatalogWorkbookImport {

    /** The valid catalog and the exact JSON it was read from (its digest is that of these bytes). */
    public record Result(Catalog catalog, byte[] json) {}

    static final List<String> CATALOG_FIELDS = List.of("id", "version", "title", "source", "ratingRule");
    private static final Set<String> SINGLE_VALUE_FIELDS = Set.of("id", "version");
    private static final Pattern WHERE = Pattern.compile(
            "^(modules|levels|items)(?:\\[(\\d+)](?: \\([^)]*\\))?(?:\\.areas\\[(\\d+)](?: \\([^)]*\\))?)?)?$");
    private static final Pattern EVIDENCE_FIELD = Pattern.compile("^evidence\\[(\\d+)](?:\\.(zh|en))?$");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "是", "√", "✓", "x");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "否", "");

    private final List<BookProblem> problems = new ArrayList<>();
    private final Map<BookSheet, BookReader.Sheet> sheets;

    // Rows behind each part of the catalog, in the order the JSON lists them, to place the validator's problems.
    private final Map<String, BookReader.Row> catalogRows = new HashMap<>();
    private final List<BookReader.Row> moduleRows = new ArrayList<>();
    private final List<List<BookReader.Row>> areaRows = new ArrayList<>();
    private final List<BookReader.Row> levelRows = new ArrayList<>();
    private final List<BookReader.Row> itemRows = new ArrayList<>();
    private final List<List<BookReader.Row>> evidenceRows = new ArrayList<>();

    private CatalogWorkbookImport(Map<BookSheet, BookReader.Sheet> sheets) {
        this.sheets = sheets;
    }

    /**
     * Reads {@code workbook} into a catalog checked alone and together with {@code rules}.
     *
     * @throws BookException naming every problem found, when the workbook cannot be read or the catalog is not valid
     */
    public static Result read(Path workbook, ScoringRules rules) throws BookException {
        CatalogWorkbookImport in = new CatalogWorkbookImport(BookReader.read(workbook));
        in.checkStructure();
        in.stopIfAny();
        ObjectNode json = in.build();
        in.stopIfAny();
        byte[] bytes = write(json);
        CatalogLoader loader = new CatalogLoader();
        try {
            Catalog catalog = loader.readCatalog(bytes, workbook.getFileName().toString());
            loader.bundle(catalog, rules);
            return new Result(catalog, bytes);
        } catch (InvalidCatalogException e) {
            e.problems().forEach(in::place);
            in.stopIfAny();
            throw new IllegalStateException("a refused catalog without problems", e);
        }
    }

    private void stopIfAny() throws BookException {
        if (!problems.isEmpty()) {
            throw new BookException(problems);
        }
    }

    private void checkStructure() {
        for (BookSheet kind : BookSheet.values()) {
            BookReader.Sheet sheet = sheets.get(kind);
            if (sheet == null) {
                problems.add(BookProblem.file(
                        "sheet.missing",
                        kind.title(io.ccmm.catalog.Language.EN),
                        kind.title(io.ccmm.catalog.Language.ZH)));
                continue;
            }
            if (sheet.columns().isEmpty()) {
                problems.add(BookProblem.of(sheet.name(), 0, "", "", "sheet.noHeader"));
                continue;
            }
            for (String key : kind.columns()) {
                if (!sheet.columns().containsKey(key)) {
                    problems.add(BookProblem.of(sheet.name(), sheet.headerRow(), "", "", "column.missing", key));
                }
            }
        }
    }

    // ---- building the JSON --------------------------------------------------------------------------------------

    private ObjectNode build() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        BookReader.Sheet top = sheets.get(BookSheet.CATALOG);
        for (BookReader.Row row : top.rows()) {
            String field = row.get("field");
            Optional<String> known = CATALOG_FIELDS.stream()
                    .filter(k -> k.equalsIgnoreCase(field))
                    .findFirst();
            if (known.isEmpty()) {
                problems.add(cell(top, row, "field", "catalog.unknownField", field, String.join(", ", CATALOG_FIELDS)));
            } else if (catalogRows.putIfAbsent(known.get(), row) != null) {
                problems.add(cell(top, row, "field", "catalog.twice", known.get()));
            }
        }
        for (String field : CATALOG_FIELDS) {
            BookReader.Row row = catalogRows.get(field);
            if (SINGLE_VALUE_FIELDS.contains(field)) {
                root.put(field, row == null ? "" : row.get("value"));
            } else if (row != null || !field.equals("ratingRule")) {
                root.set(field, text(row, "zh", "en"));
            }
        }

        BookReader.Sheet modules = sheets.get(BookSheet.MODULES);
        List<BookReader.Row> mods = new ArrayList<>(modules.rows());
        mods.sort(Comparator.comparing(r -> new NaturalKey(moduleId(r.get("id")))));
        Map<String, Integer> moduleIndex = new HashMap<>();
        ArrayNode moduleArray = root.putArray("modules");
        for (BookReader.Row row : mods) {
            String id = moduleId(row.get("id"));
            moduleIndex.putIfAbsent(id, moduleRows.size());
            moduleRows.add(row);
            areaRows.add(new ArrayList<>());
            ObjectNode m = moduleArray.addObject();
            m.put("id", id);
            m.set("name", text(row, "name.zh", "name.en"));
            m.set("description", text(row, "description.zh", "description.en"));
            m.putArray("areas");
        }
        BookReader.Sheet areas = sheets.get(BookSheet.AREAS);
        List<BookReader.Row> areaList = new ArrayList<>(areas.rows());
        areaList.sort(Comparator.comparing(r -> new NaturalKey(r.get("id"))));
        for (BookReader.Row row : areaList) {
            String module = moduleId(row.get("module"));
            Integer index = moduleIndex.get(module);
            if (index == null) {
                problems.add(cell(areas, row, "module", "area.unknownModule", module, modules.name()));
                continue;
            }
            areaRows.get(index).add(row);
            ObjectNode a = ((ArrayNode) moduleArray.get(index).get("areas")).addObject();
            a.put("id", row.get("id"));
            a.set("name", text(row, "name.zh", "name.en"));
        }

        BookReader.Sheet levels = sheets.get(BookSheet.LEVELS);
        ArrayNode levelArray = root.putArray("levels");
        List<Map.Entry<Integer, BookReader.Row>> levelList = new ArrayList<>();
        for (BookReader.Row row : levels.rows()) {
            wholeNumber(levels, row, "level").ifPresent(n -> levelList.add(Map.entry(n, row)));
        }
        levelList.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Integer, BookReader.Row> e : levelList) {
            levelRows.add(e.getValue());
            ObjectNode l = levelArray.addObject();
            l.put("level", e.getKey());
            l.set("name", text(e.getValue(), "name.zh", "name.en"));
            l.set("description", text(e.getValue(), "description.zh", "description.en"));
        }

        BookReader.Sheet items = sheets.get(BookSheet.ITEMS);
        List<Map.Entry<Integer, BookReader.Row>> itemList = new ArrayList<>();
        for (BookReader.Row row : items.rows()) {
            wholeNumber(items, row, "id").ifPresent(n -> itemList.add(Map.entry(n, row)));
        }
        itemList.sort(Map.Entry.comparingByKey());
        Map<Integer, Integer> itemIndex = new HashMap<>();
        for (Map.Entry<Integer, BookReader.Row> e : itemList) {
            itemIndex.putIfAbsent(e.getKey(), itemRows.size());
            itemRows.add(e.getValue());
            evidenceRows.add(new ArrayList<>());
        }

        BookReader.Sheet evidence = sheets.get(BookSheet.EVIDENCE);
        List<Object[]> evidenceList = new ArrayList<>();
        for (BookReader.Row row : evidence.rows()) {
            Optional<Integer> item = wholeNumber(evidence, row, "item");
            if (item.isEmpty()) {
                continue;
            }
            Integer index = itemIndex.get(item.get());
            if (index == null) {
                problems.add(cell(evidence, row, "item", "evidence.unknownItem", item.get(), items.name()));
                continue;
            }
            int order = row.get("order").isEmpty()
                    ? Integer.MAX_VALUE
                    : wholeNumber(evidence, row, "order").orElse(Integer.MAX_VALUE);
            evidenceList.add(new Object[] {index, order, row.number(), row});
        }
        evidenceList.sort(Comparator.<Object[], Integer>comparing(o -> (Integer) o[0])
                .thenComparing(o -> (Integer) o[1])
                .thenComparing(o -> (Integer) o[2]));
        for (Object[] o : evidenceList) {
            evidenceRows.get((Integer) o[0]).add((BookReader.Row) o[3]);
        }

        ArrayNode itemArray = root.putArray("items");
        for (int i = 0; i < itemList.size(); i++) {
            BookReader.Row row = itemList.get(i).getValue();
            ObjectNode item = itemArray.addObject();
            item.put("id", itemList.get(i).getKey());
            item.put("module", moduleId(row.get("module")));
            item.put("area", row.get("area"));
            item.put("level", wholeNumber(items, row, "level").orElse(0));
            item.set("title", text(row, "title.zh", "title.en"));
            item.set("requirement", text(row, "requirement.zh", "requirement.en"));
            ObjectNode guidance = item.putObject("guidance");
            guidance.set("full", text(row, "full.zh", "full.en"));
            guidance.set("partial", text(row, "partial.zh", "partial.en"));
            guidance.set("none", text(row, "none.zh", "none.en"));
            ArrayNode ev = item.putArray("evidence");
            for (BookReader.Row e : evidenceRows.get(i)) {
                ev.add(text(e, "zh", "en"));
            }
            if (yesNo(items, row, "revised2025")) {
                item.put("revised2025", true);
            }
            String sectors = row.get("applicability");
            if (!sectors.isEmpty()) {
                ArrayNode a = item.putArray("applicability");
                for (String s : sectors.split("[,，;；、\\s]+")) {
                    if (!s.isBlank()) {
                        a.add(s.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!row.get("hint.zh").isEmpty() || !row.get("hint.en").isEmpty()) {
                item.set("notApplicableHint", text(row, "hint.zh", "hint.en"));
            }
        }
        return root;
    }

    private static ObjectNode text(BookReader.Row row, String zhKey, String enKey) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("zh", row == null ? "" : row.get(zhKey));
        t.put("en", row == null ? "" : row.get(enKey));
        return t;
    }

    /** A module id typed as a number ("1") is read as the standard's "1.0". */
    private static String moduleId(String value) {
        return value.matches("\\d+") ? value + ".0" : value;
    }

    /** A whole number however it was typed: 37, "37", " 37 ", 37.0, full-width digits; else a problem. */
    private Optional<Integer> wholeNumber(BookReader.Sheet sheet, BookReader.Row row, String key) {
        String raw = row.get(key);
        String v = toHalfWidth(raw).strip();
        if (v.matches("\\d{1,6}(\\.0+)?")) {
            return Optional.of(Integer.parseInt(v.replaceFirst("\\.0+$", "")));
        }
        problems.add(cell(sheet, row, key, raw.isEmpty() ? "cell.empty" : "cell.notWholeNumber", raw));
        return Optional.empty();
    }

    private boolean yesNo(BookReader.Sheet sheet, BookReader.Row row, String key) {
        String v = row.get(key).toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(v)) {
            return true;
        }
        if (!FALSE_WORDS.contains(v)) {
            problems.add(cell(sheet, row, key, "cell.notYesNo", row.get(key)));
        }
        return false;
    }

    private static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return b.toString();
    }

    private static BookProblem cell(
            BookReader.Sheet sheet, BookReader.Row row, String key, String text, Object... args) {
        return BookProblem.of(sheet.name(), row.number(), sheet.letter(key), key, text, args);
    }

    private static byte[] write(ObjectNode json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectMapper mapper = JsonMapper.builder().build();
        try {
            String s = mapper.writer(printer).writeValueAsString(json).replace("\" : ", "\": ");
            return s.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- placing the validator's problems ---------------------------------------------------------------------

    private void place(CatalogProblem p) {
        Matcher m = WHERE.matcher(p.where());
        String field = p.field();
        if (p.where().isEmpty()) {
            BookReader.Sheet top = sheets.get(BookSheet.CATALOG);
            String name = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            BookReader.Row row = catalogRows.get(name);
            String column = SINGLE_VALUE_FIELDS.contains(name)
                    ? "value"
                    : field.endsWith(".zh") ? "zh" : field.endsWith(".en") ? "en" : "";
            placeAt(top, row, column, p);
            return;
        }
        if (!m.matches()) {
            problems.add(BookProblem.rule("", 0, "", "", p));
            return;
        }
        String part = m.group(1);
        Integer index = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        switch (part) {
            case "modules" -> {
                if (index == null || index >= moduleRows.size()) {
                    placeAt(sheets.get(BookSheet.MODULES), null, "", p);
                } else if (m.group(3) != null) {
                    int a = Integer.parseInt(m.group(3));
                    List<BookReader.Row> rows = areaRows.get(index);
                    placeAt(sheets.get(BookSheet.AREAS), a < rows.size() ? rows.get(a) : null, field, p);
                } else if (field.equals("areas")) {
                    placeAt(sheets.get(BookSheet.AREAS), null, "", p);
                } else {
                    placeAt(sheets.get(BookSheet.MODULES), moduleRows.get(index), field, p);
                }
            }
            case "levels" -> placeAt(
                    sheets.get(BookSheet.LEVELS),
                    index == null || index >= levelRows.size() ? null : levelRows.get(index),
                    field,
                    p);
            default -> placeItem(index, field, p);
        }
    }

    private void placeItem(Integer index, String field, CatalogProblem p) {
        BookReader.Sheet items = sheets.get(BookSheet.ITEMS);
        if (index == null || index >= itemRows.size()) {
            placeAt(items, null, "", p);
            return;
        }
        Matcher e = EVIDENCE_FIELD.matcher(field);
        if (e.matches()) {
            List<BookReader.Row> rows = evidenceRows.get(index);
            int n = Integer.parseInt(e.group(1));
            placeAt(
                    sheets.get(BookSheet.EVIDENCE),
                    n < rows.size() ? rows.get(n) : null,
                    e.group(2) == null ? "" : e.group(2),
                    p);
            return;
        }
        if (field.equals("evidence")) {
            placeAt(sheets.get(BookSheet.EVIDENCE), null, "", p);
            return;
        }
        String column = field.replaceFirst("^guidance\\.", "").replaceFirst("^notApplicableHint", "hint");
        if (column.equals("hint")) {
            column = "hint.zh";
        }
        placeAt(items, itemRows.get(index), column, p);
    }

    private void placeAt(BookReader.Sheet sheet, BookReader.Row row, String column, CatalogProblem p) {
        String letter = column.isEmpty() ? "" : sheet.letter(column);
        problems.add(BookProblem.rule(
                sheet.name(), row == null ? 0 : row.number(), letter, letter.isEmpty() ? "" : column, p));
    }

    /** Sorts "2.10" after "2.9": digit runs compare as numbers. */
    private record NaturalKey(String value) implements Comparable<NaturalKey> {
        @Override
        public int compareTo(NaturalKey o) {
            String[] a = value.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
            String[] b = o.value.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                int c;
                if (a[i].matches("\\d{1,9}") && b[i].matches("\\d{1,9}")) {
                    c = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
                } else {
                    c = a[i].compareTo(b[i]);
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.length, b.length);
        }
    }
}
