package io.ccmm.catalog;

/** The name and description of one maturity level L1–L5. */
public record LevelDefinition(int level, LocalizedText name, LocalizedText description) {}
