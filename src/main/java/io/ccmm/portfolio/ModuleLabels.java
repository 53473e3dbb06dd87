package io.ccmm.portfolio;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;

/**
 * A module's label on a portfolio radar: its id and name in one language ("1.0 设计与规划", "1.0 Design &amp; Planning"),
 * as the readiness report's radar labels it. Portfolio rows carry module ids only; the names come from the bundled
 * catalog, and a module it does not know is labelled by its id.
 */
public final class ModuleLabels {

    private ModuleLabels() {}

    public static String label(String moduleId, Language language) {
        return label(CatalogLoader.bundled().catalog(), moduleId, language);
    }

    static String label(Catalog catalog, String moduleId, Language language) {
        return catalog.module(moduleId)
                .map(m -> moduleId + " " + m.name().get(language))
                .orElse(moduleId);
    }
}
