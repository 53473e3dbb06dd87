package io.ccmm.ui.workspace;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A round held in memory (samples, tests): same undo/redo semantics as a file, nothing written. */
public final class InMemoryRoundSession implements RoundSession {

    private record Change(Rating before, Rating after) {}

    private final Catalog catalog;
    private final ScoringRules rules;
    private final Organization organization;
    private final RoundInfo round;
    private final String sourceName;
    private final Map<Integer, Rating> ratings = new LinkedHashMap<>();
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    public InMemoryRoundSession(Catalog catalog, ScoringRules rules, Assessment assessment, String sourceName) {
        this.catalog = catalog;
        this.rules = rules;
        this.organization = assessment.organization();
        this.round = assessment.round();
        this.sourceName = sourceName;
        assessment.ratings().forEach(r -> ratings.put(r.item(), r));
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public ScoringRules rules() {
        return rules;
    }

    @Override
    public Organization organization() {
        return organization;
    }

    @Override
    public RoundInfo round() {
        return round;
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    @Override
    public Map<Integer, Rating> ratings() {
        return Map.copyOf(ratings);
    }

    @Override
    public void save(Rating rating) {
        Rating before = ratings.getOrDefault(rating.item(), Rating.unrated(rating.item()));
        if (before.equals(rating)) {
            return;
        }
        ratings.put(rating.item(), rating);
        undo.push(new Change(before, rating));
        redo.clear();
    }

    @Override
    public Optional<Rating> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Change c = undo.pop();
        ratings.put(c.before().item(), c.before());
        redo.push(c);
        return Optional.of(c.before());
    }

    @Override
    public Optional<Rating> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Change c = redo.pop();
        ratings.put(c.after().item(), c.after());
        undo.push(c);
        return Optional.of(c.after());
    }

    @Override
    public boolean readOnly() {
        return false;
    }
}
