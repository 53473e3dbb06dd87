package io.ccmm.catalog;

/** One broken rule of a catalog or rules file: where (e.g. "items[12] (id 13)") and what. */
public record CatalogProblem(String where, String message) {

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
