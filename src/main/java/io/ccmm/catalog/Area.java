package io.ccmm.catalog;

/** A practice area inside a module, e.g. "2.6 Quality management". */
public record Area(String id, LocalizedText name) {}
