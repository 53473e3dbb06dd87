package io.ccmm.ui.workspace;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The round being rated, as the workspace sees it: where ratings, evidence and actions come from and go to. */
public interface RoundSession {

    Catalog catalog();

    ScoringRules rules();

    Organization organization();

    RoundInfo round();

    long roundId();

    /** A short label for the status bar: the file name. */
    String sourceName();

    /** Ratings by item id; items not in the map are unrated. */
    Map<Integer, Rating> ratings();

    /** Durably stores one changed rating before returning. */
    void save(Rating rating) throws SessionException;

    /** Reverts the last change; returns the rating now in force for that item. */
    Optional<Rating> undo() throws SessionException;

    Optional<Rating> redo() throws SessionException;

    boolean readOnly();

    /** Why the round cannot be changed, in the user's words; "" when it can. */
    String readOnlyReason();

    List<Evidence> evidence(int item) throws SessionException;

    Evidence attach(int item, Path file) throws SessionException;

    void removeEvidence(long evidenceId) throws SessionException;

    void saveEvidenceTo(long evidenceId, Path target) throws SessionException;

    List<ImprovementAction> actions() throws SessionException;

    /** Adds the action when its id is 0, else updates it. */
    ImprovementAction saveAction(ImprovementAction action) throws SessionException;

    /** A storage problem a user can read (file locked, read-only, damaged, too large). */
    final class SessionException extends Exception {
        public SessionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
