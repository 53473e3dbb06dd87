package io.ccmm.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of CATALOG.md "Validation", each problem naming the place and the rule broken. */
final class CatalogValidator {

    static final int LOWEST_LEVEL = 1;
    static final int HIGHEST_LEVEL = 5;
    private static final Set<Integer> RATES = Set.of(0, 5, 10);
    private static final String KNOWN_SECTORS =
            Arrays.stream(Sector.values()).map(Sector::id).collect(Collectors.joining(", "));

    private final List<CatalogProblem> problems = new ArrayList<>();

    private CatalogValidator() {}

    static List<CatalogProblem> validateCatalog(Catalog c) {
        CatalogValidator v = new CatalogValidator();
        v.catalog(c);
        return v.problems;
    }

    static List<CatalogProblem> validateRules(ScoringRules r) {
        CatalogValidator v = new CatalogValidator();
        v.rules(r);
        return v.problems;
    }

    static List<CatalogProblem> validatePair(Catalog c, ScoringRules r) {
        CatalogValidator v = new CatalogValidator();
        v.pair(c, r);
        return v.problems;
    }

    private void problem(String where, String field, String key, Object... args) {
        problems.add(CatalogProblem.of(where, field, key, args));
    }

    private void text(String where, String field, LocalizedText t) {
        if (t == null) {
            problem(where, field, "text.missing", field);
            return;
        }
        for (Language l : Language.values()) {
            if (!t.isCompleteIn(l)) {
                problem(where, field + "." + l.code(), "text.blank", field, l.code());
            }
        }
    }

    private void nonBlank(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(where, field, "value.blank", field);
        }
    }

    private void catalog(Catalog c) {
        nonBlank("", "id", c.id());
        nonBlank("", "version", c.version());
        text("", "title", c.title());
        text("", "source", c.source());
        if (c.ratingRule() != null) {
            text("", "ratingRule", c.ratingRule());
        }

        Map<String, String> areaModule = new HashMap<>();
        Set<String> moduleIds = new HashSet<>();
        if (c.modules().isEmpty()) {
            problem("modules", "", "modules.none");
        }
        for (int i = 0; i < c.modules().size(); i++) {
            CatalogModule m = c.modules().get(i);
            String where = "modules[" + i + "]" + (m.id() == null ? "" : " (" + m.id() + ")");
            nonBlank(where, "id", m.id());
            if (m.id() != null && !moduleIds.add(m.id())) {
                problem(where, "id", "module.twice", m.id());
            }
            text(where, "name", m.name());
            text(where, "description", m.description());
            if (m.areas().isEmpty()) {
                problem(where, "areas", "areas.none");
            }
            for (int a = 0; a < m.areas().size(); a++) {
                Area area = m.areas().get(a);
                String aw = where + ".areas[" + a + "]" + (area.id() == null ? "" : " (" + area.id() + ")");
                nonBlank(aw, "id", area.id());
                text(aw, "name", area.name());
                if (area.id() != null && areaModule.putIfAbsent(area.id(), m.id()) != null) {
                    problem(aw, "id", "area.twice", area.id());
                }
            }
        }

        Set<Integer> levels = new HashSet<>();
        for (int i = 0; i < c.levels().size(); i++) {
            LevelDefinition l = c.levels().get(i);
            String where = "levels[" + i + "]";
            if (l.level() < LOWEST_LEVEL || l.level() > HIGHEST_LEVEL) {
                problem(where, "level", "level.range", l.level());
            } else if (!levels.add(l.level())) {
                problem(where, "level", "level.twice", l.level());
            }
            text(where, "name", l.name());
            text(where, "description", l.description());
        }
        for (int n = LOWEST_LEVEL; n <= HIGHEST_LEVEL; n++) {
            if (!levels.contains(n)) {
                problem("levels", "", "level.undefined", n);
            }
        }

        if (c.items().isEmpty()) {
            problem("items", "", "items.none");
        }
        Map<Language, Map<String, Integer>> titles = new HashMap<>();
        for (int i = 0; i < c.items().size(); i++) {
            AssessmentItem item = c.items().get(i);
            String where = "items[" + i + "] (id " + item.id() + ")";
            if (item.id() != i + 1) {
                problem(where, "id", "item.id", item.id(), i + 1, c.items().size());
            }
            if (item.module() == null || !moduleIds.contains(item.module())) {
                problem(where, "module", "item.module", item.module());
            }
            String areaOwner = item.area() == null ? null : areaModule.get(item.area());
            if (areaOwner == null) {
                problem(where, "area", "item.area", item.area());
            } else if (!areaOwner.equals(item.module())) {
                problem(where, "area", "item.areaOfOtherModule", item.area(), areaOwner, item.module());
            }
            if (item.level() < LOWEST_LEVEL || item.level() > HIGHEST_LEVEL) {
                problem(where, "level", "level.range", item.level());
            }
            text(where, "title", item.title());
            text(where, "requirement", item.requirement());
            if (item.guidance() == null) {
                problem(where, "guidance", "guidance.missing");
            } else {
                text(where, "guidance.full", item.guidance().full());
                text(where, "guidance.partial", item.guidance().partial());
                text(where, "guidance.none", item.guidance().none());
            }
            if (item.evidence().isEmpty()) {
                problem(where, "evidence", "evidence.none");
            }
            for (int e = 0; e < item.evidence().size(); e++) {
                text(where, "evidence[" + e + "]", item.evidence().get(e));
            }
            applicability(where, item);
            if (item.title() != null) {
                for (Language l : Language.values()) {
                    String t = item.title().get(l);
                    if (t == null || t.isBlank()) {
                        continue;
                    }
                    Integer other =
                            titles.computeIfAbsent(l, k -> new HashMap<>()).putIfAbsent(t.strip(), item.id());
                    if (other != null) {
                        problem(where, "title." + l.code(), "title.duplicate", l.code(), t.strip(), other);
                    }
                }
            }
        }
    }

    private void applicability(String where, AssessmentItem item) {
        Set<String> seen = new HashSet<>();
        for (String sector : item.applicability()) {
            if (sector == null || Sector.fromId(sector).isEmpty()) {
                problem(where, "applicability", "applicability.unknown", sector, KNOWN_SECTORS);
            } else if (!seen.add(sector)) {
                problem(where, "applicability", "applicability.twice", sector);
            }
        }
        if (!item.applicability().isEmpty() && item.notApplicableHint() == null) {
            problem(where, "notApplicableHint", "hint.required");
        } else if (item.notApplicableHint() != null) {
            if (item.applicability().isEmpty()) {
                problem(where, "notApplicableHint", "hint.withoutApplicability");
            }
            text(where, "notApplicableHint", item.notApplicableHint());
        }
    }

    private void rules(ScoringRules r) {
        nonBlank("", "id", r.id());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < r.levels().size(); i++) {
            LevelRule l = r.levels().get(i);
            String where = "levels[" + i + "]";
            if (l.level() < LOWEST_LEVEL || l.level() > HIGHEST_LEVEL) {
                problem(where, "level", "level.range", l.level());
            } else if (!seen.add(l.level())) {
                problem(where, "level", "rule.twice", l.level());
            }
            percent(where, "thresholdPercent", l.thresholdPercent());
            percent(where, "moduleFloorPercent", l.moduleFloorPercent());
            if (l.minOperatingYears() < 0) {
                problem(where, "minOperatingYears", "years.negative", l.minOperatingYears());
            }
            if (l.requiredModules().isEmpty()) {
                problem(where, "requiredModules", "requiredModules.none");
            }
        }
        for (int n = LOWEST_LEVEL; n <= HIGHEST_LEVEL; n++) {
            if (!seen.contains(n)) {
                problem("levels", "", "rule.missing", n);
            }
        }
        if (r.bonus() != null) {
            nonBlank("bonus", "module", r.bonus().module());
            for (int lvl : r.bonus().levels()) {
                if (lvl < LOWEST_LEVEL || lvl > HIGHEST_LEVEL) {
                    problem("bonus", "levels", "level.range", lvl);
                }
            }
            if (!RATES.contains(r.bonus().qualifyingMinRate())) {
                problem("bonus", "qualifyingMinRate", "bonus.rate", r.bonus().qualifyingMinRate());
            }
        }
    }

    private void percent(String where, String field, int value) {
        if (value < 0 || value > 100) {
            problem(where, field, "percent", field, value);
        }
    }

    private void pair(Catalog c, ScoringRules r) {
        Set<String> modules = new HashSet<>();
        c.modules().forEach(m -> modules.add(m.id()));
        for (LevelRule l : r.levels()) {
            for (String m : l.requiredModules()) {
                if (!modules.contains(m)) {
                    problem("rules level " + l.level(), "requiredModules", "pair.requiredModule", m, c.id());
                }
            }
        }
        if (r.bonus() != null) {
            if (!modules.contains(r.bonus().module())) {
                problem("rules bonus", "module", "pair.bonusModule", r.bonus().module(), c.id());
            }
            int highestBonusLevel = r.bonus().levels().stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
            for (int i = 0; i < c.items().size(); i++) {
                AssessmentItem item = c.items().get(i);
                if (r.bonus().module().equals(item.module()) && item.level() <= highestBonusLevel) {
                    problem(
                            "items[" + i + "] (id " + item.id() + ")",
                            "level",
                            "pair.bonusLevel",
                            item.module(),
                            highestBonusLevel,
                            highestBonusLevel + 1,
                            item.level());
                }
            }
        }
    }
}
