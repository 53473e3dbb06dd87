package io.ccmm.catalog;

/** A catalog together with the rules it is scored by, validated against each other. */
public record CatalogBundle(Catalog catalog, ScoringRules rules) {}
