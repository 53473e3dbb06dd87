package io.ccmm.questionnaire;

import io.ccmm.failure.TypedFailure;
import java.util.List;

/**
 * A questionnaire export or import refused, with a reason and its arguments; {@link QuestionnaireText} puts it into
 * the user's words. Nothing was written when this is thrown.
 */
public final class QuestionnaireException extends TypedFailure {

    /** Why; the sentence of each is {@code questionnaire.error.} and the reason in lower camel case. */
    public enum Reason {
        /** {0} file, {1} why. */
        NOT_A_WORKBOOK,
        /** {0} file, {1} which limit. */
        TOO_LARGE,
        /** {0} file, {1} what is missing. */
        NOT_A_QUESTIONNAIRE,
        /** {0} file, {1} its format version, {2} the newest this version reads. */
        NEWER_FORMAT,
        /** {0} workbook, {1} its round title, {2} its file name, {3} its file uid, {4} the file, {5} the file's uid. */
        OTHER_FILE,
        /** {0} workbook, {1} its round title, {2} its round uid, {3} the file, {4} round title, {5} round uid. */
        OTHER_ROUND,
        /** {0} workbook, {1} its catalog id, {2} its digest, {3} the round's catalog id, {4} its digest. */
        OTHER_CATALOG,
        /** {0} sheet, {1} cell, {2} C or F, {3} the value, {4} "(or N/A)" when N/A is allowed. */
        BAD_RATE,
        /** {0} sheet, {1} cell, {2} the value, {3} catalog id. */
        UNKNOWN_ITEM,
        /** {0} sheet, {1} cell, {2} item, {3} the questionnaire's items. */
        OUT_OF_SCOPE,
        /** {0} sheet, {1} cell, {2} the formula. */
        FORMULA,
        /** {0} sheet, {1} cell. */
        NOT_APPLICABLE_NOT_ALLOWED,
        /** {0} sheet, {1} row, {2} item. */
        RATED_AND_NOT_APPLICABLE,
        /** {0} sheet, {1} cell, {2} item. */
        NO_JUSTIFICATION,
        /** {0} sheet, {1} cell, {2} length, {3} the limit. */
        TEXT_TOO_LONG,
        /** {0} item, {1} sheet, {2} row, {3} other sheet, {4} other row. */
        DUPLICATE_ITEM,
        /** {0} sheet, {1} cell, {2} the value. */
        NO_ITEM_NUMBER,
        /** {0} file. */
        NO_ANSWER_SHEETS,
        /** {0} round title. */
        ROUND_FINAL,
        /** {0} file, {1} the storage failure. */
        MASTER,
        /** {0} file, {1} round id. */
        NO_SUCH_ROUND,
        /** {0} file, {1} the failure. */
        WRITE,
        /** {0} file, {1} the failure. */
        READ,
        /** {0} the team refusal (a bad scope). */
        SCOPE,
        /** The scope has no items. */
        EMPTY_SCOPE,
        /** Both modules and items given. */
        MODULES_OR_ITEMS,
        /** {0} the workbook named is the assessment file. */
        SAME_FILE,
        /** {0} sheet, {1} cell of the reason, {2} length of note and reason together, {3} the limit. */
        NOTE_AND_REASON_TOO_LONG,
        /** Items assigned to an assessor asked for together with modules or items. */
        ASSIGNED_OR_SCOPE,
        /** {0} the assessor, {1} round title, {2} the round's assessors with assigned items (or that it has none). */
        NOT_ASSIGNED
    }

    public QuestionnaireException(Reason reason, Object... args) {
        super(reason, args, QuestionnaireText.WORDS);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    List<Object> args() {
        return arguments();
    }
}
