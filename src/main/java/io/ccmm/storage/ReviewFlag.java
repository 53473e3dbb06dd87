package io.ccmm.storage;

import java.time.Instant;

/** An item flagged for review with a comment, and whether (and by whom) it has been reviewed. */
public record ReviewFlag(
        int item, String comment, String flaggedBy, Instant flaggedAt, boolean reviewed, String reviewedBy) {}
