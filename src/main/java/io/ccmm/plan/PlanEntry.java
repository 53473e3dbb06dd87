package io.ccmm.plan;

import io.ccmm.assessment.Rate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of the plan as the plan model sees it: what, who, by when (ISO yyyy-MM-dd or ""), its status and
 * priority codes (as stored: "open", "in-progress", "done"; "high", "medium", "low"), the items it raises (first item
 * first) and the ratings it aims for ({@link Rate#UNRATED} = full compliance, 10/10).
 */
public record PlanEntry(
        String title,
        String owner,
        String due,
        String status,
        String priority,
        String effort,
        List<Integer> items,
        Rate targetC,
        Rate targetF) {

    public PlanEntry {
        title = Objects.requireNonNullElse(title, "");
        owner = Objects.requireNonNullElse(owner, "");
        due = Objects.requireNonNullElse(due, "");
        status = Objects.requireNonNullElse(status, "open");
        priority = Objects.requireNonNullElse(priority, "medium");
        effort = Objects.requireNonNullElse(effort, "");
        items = items == null ? List.of() : List.copyOf(items);
        targetC = Objects.requireNonNullElse(targetC, Rate.UNRATED);
        targetF = Objects.requireNonNullElse(targetF, Rate.UNRATED);
    }

    /** The due date, when one is set and valid. */
    public Optional<LocalDate> dueDate() {
        if (due.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(due));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The C rating the action aims for: the one set, else full compliance. */
    public Rate aimC() {
        return targetC.isRated() ? targetC : Rate.FULL;
    }

    public Rate aimF() {
        return targetF.isRated() ? targetF : Rate.FULL;
    }

    public boolean isDone() {
        return "done".equals(status);
    }
}
