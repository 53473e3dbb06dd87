package io.ccmm.team;

import io.ccmm.failure.TypedFailure;
import java.util.List;

/**
 * A hand-out or merge refused, with a reason and its arguments; {@link TeamText} puts it into the user's words. Nothing
 * was written when this is thrown.
 */
public final class TeamException extends TypedFailure {

    /** Why; the sentence of each is {@code team.error.} and the reason in lower camel case in the team bundles. */
    public enum Reason {
        /** {0} copy file: the copy is the master itself. */
        SAME_FILE,
        /** {0} copy, {1} the copy's master name, {2} its master uid, {3} master file, {4} master uid. */
        OTHER_FILE,
        /** {0} copy, {1} the copy's round title, {2} its round uid, {3} master file, {4} round title, {5} round uid. */
        OTHER_ROUND,
        /** {0} file, {1} why (storage or interchange words). */
        UNREADABLE,
        /** {0} file, {1} why: the master cannot be changed or read. */
        MASTER,
        /** {0} the scope given. */
        BAD_SCOPE,
        /** {0} module given, {1} the modules of the catalog. */
        UNKNOWN_MODULE,
        /** An assessor's name is needed. */
        NO_ASSESSOR,
        /** {0} file: the output already exists. */
        OUTPUT_EXISTS,
        /** {0} file, {1} round id. */
        NO_SUCH_ROUND,
        /** {0} round title: a final round is not handed out or merged into. */
        ROUND_FINAL,
        /** {0} copy, {1} item, {2} attachment name, {3} its size, {4} the master's limit. */
        EVIDENCE_TOO_LARGE,
        /** {0} copy, {1} item, {2} the most attachments an item may hold. */
        EVIDENCE_TOO_MANY_ON_ITEM,
        /** {0} copy, {1} item, {2} round title, {3} the most attachments a round may hold. */
        EVIDENCE_TOO_MANY_IN_ROUND
    }

    public TeamException(Reason reason, Object... args) {
        super(reason, args, TeamText.WORDS);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    List<Object> args() {
        return arguments();
    }
}
