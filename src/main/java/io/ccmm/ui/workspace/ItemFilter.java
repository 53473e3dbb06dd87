package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;

/** The navigator's quick filters. */
public enum ItemFilter {
    ALL("workspace.filter.all"),
    UNRATED("workspace.filter.unrated"),
    ANY_ZERO("workspace.filter.anyZero"),
    REVISED_2025("workspace.filter.revised2025"),
    HAS_NOTE("workspace.filter.hasNote"),
    NOT_APPLICABLE("workspace.filter.notApplicable"),
    /** Items whose merged field copies disagree and that nobody has resolved yet. */
    CONFLICTS("workspace.filter.conflicts"),
    /** Items flagged for review, reviewed or not. */
    FLAGGED("workspace.filter.flagged"),
    /** Items flagged for review and not yet marked reviewed. */
    UNREVIEWED("workspace.filter.unreviewed");

    private final String messageKey;

    ItemFilter(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean test(AssessmentItem item, Rating rating) {
        return test(item, rating, TeamMarks.NONE);
    }

    /** Whether {@code item} passes, with what team assessment marks on the round's items. */
    public boolean test(AssessmentItem item, Rating rating, TeamMarks team) {
        return switch (this) {
            case ALL -> true;
            case UNRATED -> !rating.isDecided();
            case ANY_ZERO -> rating.c() == Rate.NONE || rating.f() == Rate.NONE;
            case REVISED_2025 -> item.revised2025();
            case HAS_NOTE -> !rating.note().isBlank();
            case NOT_APPLICABLE -> rating.notApplicable();
            case CONFLICTS -> team.conflict(item.id());
            case FLAGGED -> team.flagged().contains(item.id());
            case UNREVIEWED -> team.unreviewed().contains(item.id());
        };
    }
}
