package io.ccmm.questionnaire;

import io.ccmm.assessment.Rating;
import java.util.Map;

/**
 * What a questionnaire says about itself on its very hidden identity sheet, so its answers can be matched back: the
 * questionnaire's own id, the file and round it was made from, the catalog, the items it covers, who answers it, and
 * the values the answer cells held when it went out (its base; empty unless prefilled).
 *
 * @param scope item ranges ("" = every item of the catalog)
 */
public record QuestionnaireIdentity(
        int formatVersion,
        String questionnaireUid,
        String fileUid,
        String fileName,
        String roundUid,
        String roundTitle,
        String catalogId,
        String catalogSha256,
        String scope,
        String assessor,
        String language,
        String created,
        Map<Integer, Rating> base) {

    /** The format version this application writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The text in cell A1 of the identity sheet that marks it, whatever the sheet is called. */
    static final String MARKER = "ccmm-questionnaire";

    /** The name of the identity sheet (very hidden: Excel and WPS do not offer to unhide it). */
    static final String SHEET = "ccmm-identity";

    public QuestionnaireIdentity {
        base = Map.copyOf(base);
    }
}
