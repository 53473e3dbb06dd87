package io.ccmm.catalogbook;

import io.ccmm.catalog.Language;
import java.util.List;
import java.util.Optional;

/** The sheets of a catalog workbook, each with its columns, named in both languages. */
enum BookSheet {
    CATALOG("Catalog", "条目库", List.of("field", "value", "zh", "en")),
    MODULES("Modules", "模块", List.of("id", "name.zh", "name.en", "description.zh", "description.en")),
    AREAS("Areas", "领域", List.of("id", "module", "name.zh", "name.en")),
    LEVELS("Levels", "等级", List.of("level", "name.zh", "name.en", "description.zh", "description.en")),
    ITEMS(
            "Items",
            "条目",
            List.of(
                    "id",
                    "module",
                    "area",
                    "level",
                    "title.zh",
                    "title.en",
                    "requirement.zh",
                    "requirement.en",
                    "full.zh",
                    "full.en",
                    "partial.zh",
                    "partial.en",
                    "none.zh",
                    "none.en",
                    "revised2025",
                    "applicability",
                    "hint.zh",
                    "hint.en")),
    EVIDENCE("Evidence", "证据", List.of("item", "order", "zh", "en"));

    /** The sheet of instructions; not read back. */
    static final String INSTRUCTIONS_EN = "Instructions";

    static final String INSTRUCTIONS_ZH = "填写说明";

    private final String en;
    private final String zh;
    private final List<String> columns;

    BookSheet(String en, String zh, List<String> columns) {
        this.en = en;
        this.zh = zh;
        this.columns = columns;
    }

    String title(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The column keys in template order; a workbook may put them in any order beside extra columns. */
    List<String> columns() {
        return columns;
    }

    /** The sheet a workbook's sheet name stands for, in either language, ignoring case and spaces. */
    static Optional<BookSheet> named(String name) {
        String n = name.strip();
        for (BookSheet s : values()) {
            if (s.en.equalsIgnoreCase(n) || s.zh.equals(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
