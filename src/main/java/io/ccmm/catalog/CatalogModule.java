package io.ccmm.catalog;

import java.util.List;

/** One of the five modules ("1.0".."5.0") with its areas. */
public record CatalogModule(String id, LocalizedText name, LocalizedText description, List<Area> areas) {

    public CatalogModule {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
