package io.ccmm.storage;

/** One author's note on one item (notes of a team are kept per author). */
public record AuthorNote(int item, String author, String note) {}
