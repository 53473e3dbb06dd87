package io.ccmm.plan;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.PathStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The improvement path turned into actions in one step: one action per step, in pick order, aiming at 10/10. */
public final class PathActions {

    private PathActions() {}

    /**
     * One open action per step of {@code path} whose item is not in {@code alreadyPlanned}; floor steps are high
     * priority, threshold steps medium. Titles are in {@code language}; owner and due date are left to the user.
     */
    public static List<PlanEntry> of(
            ImprovementPath path, Catalog catalog, Language language, Set<Integer> alreadyPlanned) {
        PlanWords words = PlanWords.of(language);
        List<PlanEntry> entries = new ArrayList<>();
        for (PathStep step : path.steps()) {
            if (alreadyPlanned.contains(step.item())) {
                continue;
            }
            String title = catalog.item(step.item())
                    .map(AssessmentItem::title)
                    .map(t -> t.get(language))
                    .orElse("");
            entries.add(new PlanEntry(
                    words.get("plan.path.action", step.item(), title, step.forLevel()),
                    "",
                    "",
                    "open",
                    step.kind() == PathStep.Kind.MODULE_FLOOR ? "high" : "medium",
                    "",
                    List.of(step.item()),
                    Rate.FULL,
                    Rate.FULL));
        }
        return entries;
    }
}
