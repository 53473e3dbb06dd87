package io.ccmm.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item catalog: modules, level definitions, items and the rating rule their bands follow. {@code sha256} is the digest of the file it was read from, so
 * every score and report can say exactly which catalog it used.
 */
public record Catalog(
        String id,
        String version,
        LocalizedText title,
        LocalizedText source,
        List<CatalogModule> modules,
        List<LevelDefinition> levels,
        List<AssessmentItem> items,
        @JsonIgnore String sha256,
        LocalizedText ratingRule) {

    /** A catalog without a stated rating rule (licensed catalogs need not carry one). */
    public Catalog(
            String id,
            String version,
            LocalizedText title,
            LocalizedText source,
            List<CatalogModule> modules,
            List<LevelDefinition> levels,
            List<AssessmentItem> items,
            String sha256) {
        this(id, version, title, source, modules, levels, items, sha256, null);
    }

    public Catalog {
        modules = modules == null ? List.of() : List.copyOf(modules);
        levels = levels == null ? List.of() : List.copyOf(levels);
        items = items == null ? List.of() : List.copyOf(items);
    }

    Catalog withSha256(String digest) {
        return new Catalog(id, version, title, source, modules, levels, items, digest, ratingRule);
    }

    /**
     * The one rule every item's rating bands follow (full, partial, none; nothing to assess; how long a practice must
     * run), shown on the item card and in reports, if the catalog states one.
     */
    public Optional<LocalizedText> rule() {
        return Optional.ofNullable(ratingRule);
    }

    public Optional<AssessmentItem> item(int itemId) {
        if (itemId >= 1 && itemId <= items.size() && items.get(itemId - 1).id() == itemId) {
            return Optional.of(items.get(itemId - 1));
        }
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    public Optional<CatalogModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<LevelDefinition> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    public List<AssessmentItem> itemsOf(String moduleId) {
        return items.stream().filter(i -> i.module().equals(moduleId)).toList();
    }

    public Map<String, Area> areasById() {
        return modules.stream()
                .flatMap(m -> m.areas().stream())
                .collect(Collectors.toMap(Area::id, Function.identity(), (a, b) -> a));
    }
}
