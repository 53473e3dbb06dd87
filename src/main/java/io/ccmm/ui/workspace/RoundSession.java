package io.ccmm.ui.workspace;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import java.util.Map;
import java.util.Optional;

/** The round being rated, as the workspace sees it: where ratings come from and go to. */
public interface RoundSession {

    Catalog catalog();

    ScoringRules rules();

    Organization organization();

    RoundInfo round();

    /** A short label for the status bar: the file name, or "sample". */
    String sourceName();

    /** Ratings by item id; items not in the map are unrated. */
    Map<Integer, Rating> ratings();

    /** Durably stores one changed rating before returning. */
    void save(Rating rating) throws SessionException;

    /** Reverts the last change; returns the rating now in force for that item. */
    Optional<Rating> undo() throws SessionException;

    Optional<Rating> redo() throws SessionException;

    boolean readOnly();

    /** A storage problem a user can read (file locked, read-only, damaged). */
    final class SessionException extends Exception {
        public SessionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
