package io.ccmm.ui.readiness;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Rescores the round on every rating change; the dashboard and the compact ladder beside the item card bind to the
 * result. Knows nothing of the screens that show it.
 */
public final class ReadinessViewModel {

    private final Catalog catalog;
    private final ReadinessEngine engine;
    private final Supplier<Map<Integer, Rating>> ratings;
    private final OptionalInt yearsInOperation;
    private final OptionalInt roundTarget;
    private final ReadOnlyObjectWrapper<ReadinessResult> result = new ReadOnlyObjectWrapper<>();
    private final WhatIfScratch whatIf = new WhatIfScratch();

    /**
     * @param ratings the round's ratings now
     * @param changes invalidated on every rating change
     * @param roundTarget the round's own target level, empty when it has none
     */
    public ReadinessViewModel(
            Catalog catalog,
            ScoringRules rules,
            OptionalInt yearsInOperation,
            OptionalInt roundTarget,
            Supplier<Map<Integer, Rating>> ratings,
            Observable changes) {
        this.catalog = catalog;
        this.engine = new ReadinessEngine(catalog, rules);
        this.ratings = ratings;
        this.yearsInOperation = yearsInOperation;
        this.roundTarget = roundTarget;
        rescore();
        // Held as long as the round is open: the view model lives exactly as long as the workspace it listens to.
        changes.addListener(o -> rescore());
    }

    /**
     * Scores the ratings as they are now. Without a target of its own the round is scored a second time against the
     * level above its readiness now, so target and path never lag one change behind.
     */
    private void rescore() {
        Map<Integer, Rating> now = ratings.get();
        if (roundTarget.isPresent()) {
            result.set(engine.score(now, yearsInOperation, roundTarget));
            return;
        }
        // The readiness level does not depend on the target: score once against the level above the last readiness,
        // and again only when this change moved the readiness.
        int assumed = result.get() == null ? 0 : result.get().readinessLevel();
        ReadinessResult scored = engine.score(now, yearsInOperation, nextAbove(assumed));
        if (scored.readinessLevel() != assumed) {
            scored = engine.score(now, yearsInOperation, nextAbove(scored.readinessLevel()));
        }
        result.set(scored);
    }

    private static OptionalInt nextAbove(int readiness) {
        return readiness >= ReadinessEngine.HIGHEST_LEVEL ? OptionalInt.empty() : OptionalInt.of(readiness + 1);
    }

    /** The round's target level, else the next level above the readiness of the ratings as they are now. */
    public OptionalInt targetLevel() {
        return roundTarget.isPresent() ? roundTarget : nextAbove(result.get().readinessLevel());
    }

    public ReadOnlyObjectProperty<ReadinessResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadinessResult result() {
        return result.get();
    }

    public Catalog catalog() {
        return catalog;
    }

    // ---- explain: what the explanation window reads (it rescored a copy and never saves)

    public ReadinessEngine engine() {
        return engine;
    }

    /** The round's ratings as they are now. */
    public Map<Integer, Rating> ratingsNow() {
        return ratings.get();
    }

    public OptionalInt yearsInOperation() {
        return yearsInOperation;
    }

    /** The round's what-if by hand ("Why?"): never saved, kept while the round is open. */
    public WhatIfScratch whatIf() {
        return whatIf;
    }
}
