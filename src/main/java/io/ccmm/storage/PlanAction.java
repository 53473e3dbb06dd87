package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import java.util.List;
import java.util.Objects;

/**
 * An improvement action of the action plan: the stored action (title in {@code what}, owner, due date, status, its
 * first item) with its priority, effort or cost estimate, the ratings it aims for ({@link Rate#UNRATED} = not said),
 * further items it raises and the finding it answers ({@code findingId} 0 = none).
 */
public record PlanAction(
        ImprovementAction action,
        Priority priority,
        String effort,
        Rate targetC,
        Rate targetF,
        List<Integer> moreItems,
        long findingId) {

    public PlanAction {
        Objects.requireNonNull(action, "action");
        priority = Objects.requireNonNullElse(priority, Priority.MEDIUM);
        effort = effort == null ? "" : effort;
        targetC = Objects.requireNonNullElse(targetC, Rate.UNRATED);
        targetF = Objects.requireNonNullElse(targetF, Rate.UNRATED);
        moreItems = moreItems == null
                ? List.of()
                : moreItems.stream()
                        .filter(i -> i != action.item())
                        .distinct()
                        .sorted()
                        .toList();
    }

    /** A plain action with the plan's defaults (medium priority, no estimate, no target). */
    public static PlanAction of(ImprovementAction action) {
        return new PlanAction(action, Priority.MEDIUM, "", Rate.UNRATED, Rate.UNRATED, List.of(), 0);
    }

    /** Every item the action raises: its own first, then the further ones ascending. */
    public List<Integer> items() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(action.item()), moreItems.stream())
                .toList();
    }

    public PlanAction withAction(ImprovementAction newAction) {
        return new PlanAction(newAction, priority, effort, targetC, targetF, moreItems, findingId);
    }

    public PlanAction withPriority(Priority newPriority) {
        return new PlanAction(action, newPriority, effort, targetC, targetF, moreItems, findingId);
    }

    public PlanAction withTarget(Rate c, Rate f) {
        return new PlanAction(action, priority, effort, c, f, moreItems, findingId);
    }

    public PlanAction withEffort(String newEffort) {
        return new PlanAction(action, priority, newEffort, targetC, targetF, moreItems, findingId);
    }

    public PlanAction withMoreItems(List<Integer> items) {
        return new PlanAction(action, priority, effort, targetC, targetF, items, findingId);
    }

    public PlanAction withFinding(long id) {
        return new PlanAction(action, priority, effort, targetC, targetF, moreItems, id);
    }
}
