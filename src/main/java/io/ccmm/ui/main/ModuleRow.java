package io.ccmm.ui.main;

import java.util.List;

/** A module as the navigator shows it, in the current language. */
public record ModuleRow(String id, String name, String description, int itemCount, List<String> areas) {}
