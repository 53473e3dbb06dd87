package io.ccmm.storage;

/**
 * What the organization will do to improve one item, found in one round. {@code due} is ISO yyyy-MM-dd or "" when not
 * set; {@code owner} is "" when nobody is named. An id of 0 means "not stored yet".
 */
public record ImprovementAction(
        long id, long roundId, int item, String what, String owner, String due, ActionStatus status) {

    public ImprovementAction {
        what = what == null ? "" : what;
        owner = owner == null ? "" : owner;
        due = due == null ? "" : due;
        status = status == null ? ActionStatus.OPEN : status;
    }

    /** A new action to hand to {@link AssessmentRepository#addAction}. */
    public static ImprovementAction of(long roundId, int item, String what, String owner, String due) {
        return new ImprovementAction(0, roundId, item, what, owner, due, ActionStatus.OPEN);
    }

    public ImprovementAction withStatus(ActionStatus newStatus) {
        return new ImprovementAction(id, roundId, item, what, owner, due, newStatus);
    }
}
