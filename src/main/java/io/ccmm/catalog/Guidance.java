package io.ccmm.catalog;

/** What a rating of 10 (full), 5 (partial) and 0 (none) looks like for one item. */
public record Guidance(LocalizedText full, LocalizedText partial, LocalizedText none) {}
