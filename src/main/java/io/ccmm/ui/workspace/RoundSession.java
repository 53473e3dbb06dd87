package io.ccmm.ui.workspace;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.storage.Access;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The round being rated, as the workspace sees it: where ratings, evidence and actions come from and go to. Undo and
 * redo belong to the workspace (a command stack over {@link #save}), not to the file.
 */
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

    /** How the file is open; anything but read-write refuses changes. */
    Access access();

    /** A final round is read-only until it is reopened. */
    boolean isFinal();

    default boolean readOnly() {
        return access() != Access.READ_WRITE || isFinal();
    }

    List<Evidence> evidence(int item) throws SessionException;

    Evidence attach(int item, Path file) throws SessionException;

    void removeEvidence(long evidenceId) throws SessionException;

    void saveEvidenceTo(long evidenceId, Path target) throws SessionException;

    List<ImprovementAction> actions() throws SessionException;

    /** Adds the action when its id is 0, else updates it. */
    ImprovementAction saveAction(ImprovementAction action) throws SessionException;

    /** Field-copy scope, open conflicts and review flags of the round; none for a file of one rater. */
    default TeamMarks teamMarks() {
        return TeamMarks.NONE;
    }

    /** Each rater's note per item in a merged team assessment (FORMATS.md "Notes are kept per author"); none here. */
    default List<io.ccmm.storage.AuthorNote> authorNotes() {
        return List.of();
    }

    /** A storage problem (file locked, read-only, damaged, too large), put into words by {@link #describe}. */
    final class SessionException extends Exception {
        public SessionException(String message, Throwable cause) {
            super(message, cause);
        }

        /** The problem in the user's language: storage failures through {@link StorageText}. */
        public String describe(Locale locale) {
            return getCause() instanceof StorageException e ? StorageText.describe(e, locale) : getMessage();
        }
    }
}
