package io.ccmm.ui.readiness;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The what-if of an open round: the ratings tried by hand over the round's own, and the entry typed in the what-if form
 * and not tried yet. It is never saved (the file has no place for it), but it lives as long as the round is open, so
 * closing the "Why?" window loses nothing typed: opening it again shows the what-if as it was left.
 */
public final class WhatIfScratch {

    /** The what-if form as it was left: the item number as typed (perhaps not a number yet) and the two rates. */
    public record Entry(String item, Rate c, Rate f) {}

    private final ObservableMap<Integer, Rating> tried = FXCollections.observableHashMap();
    private Entry entry;

    /** The ratings tried by hand, by item. */
    public ObservableMap<Integer, Rating> tried() {
        return tried;
    }

    /** The form as it was left, empty before the form was first used. */
    public Optional<Entry> entry() {
        return Optional.ofNullable(entry);
    }

    public void keepEntry(Entry left) {
        entry = left;
    }
}
