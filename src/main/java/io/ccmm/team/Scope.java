package io.ccmm.team;

import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.storage.ItemRanges;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The items of a field copy: item ranges ("" = every item of the catalog). */
public record Scope(String ranges) {

    public static final Scope ALL = new Scope("");

    /** The items of the modules given ("1.0,2.0"); an unknown module is refused naming the catalog's modules. */
    public static Scope ofModules(String modules, Catalog catalog) throws TeamException {
        SortedSet<Integer> items = new TreeSet<>();
        for (String part : modules.split(",", -1)) {
            String id = part.strip();
            Optional<CatalogModule> module = catalog.module(id);
            if (module.isEmpty()) {
                throw new TeamException(
                        TeamException.Reason.UNKNOWN_MODULE,
                        id,
                        catalog.modules().stream().map(CatalogModule::id).toList());
            }
            catalog.itemsOf(id).stream().map(AssessmentItem::id).forEach(items::add);
        }
        return new Scope(ItemRanges.format(items));
    }

    /** The items given as ranges ("1-25,40"); each must be an item of the catalog. */
    public static Scope ofItems(String ranges, Catalog catalog) throws TeamException {
        Optional<SortedSet<Integer>> items = ItemRanges.parse(ranges);
        if (items.isEmpty() || items.get().isEmpty()) {
            throw new TeamException(TeamException.Reason.BAD_SCOPE, ranges);
        }
        for (int item : items.get()) {
            if (catalog.item(item).isEmpty()) {
                throw new TeamException(TeamException.Reason.BAD_SCOPE, ranges);
            }
        }
        return new Scope(ItemRanges.format(items.get()));
    }

    public boolean contains(int item) {
        return ItemRanges.contains(ranges, item);
    }

    /** The scope's items among {@code items}. */
    public List<Integer> of(List<Integer> items) {
        return items.stream().filter(this::contains).toList();
    }
}
