package io.ccmm.questionnaire;

import io.ccmm.storage.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire handed out, as the round's audit trail records it: which questionnaire (its identity uid), when, by
 * whom (the file's user), to whom and for which items ("" = every item). Importing its answers names it.
 */
public record QuestionnaireHandout(String questionnaire, Instant at, String by, String assessor, String scope) {

    /** The audit field of a questionnaire hand-out. */
    static final String FIELD = "questionnaire.handout";

    private static final String PREFIX = "questionnaire:";

    /** The audit value: {@code questionnaire:<uid> <assessor> [<scope>]} (the uid first; it has no spaces). */
    static String value(String questionnaire, String assessor, String scope) {
        return PREFIX + questionnaire + " " + assessor + (scope.isEmpty() ? "" : " [" + scope + "]");
    }

    /** The hand-out of questionnaire {@code uid} in {@code audit}, the latest if it was recorded more than once. */
    static Optional<QuestionnaireHandout> find(List<AuditEntry> audit, String uid) {
        QuestionnaireHandout found = null;
        for (AuditEntry e : audit) {
            if (!FIELD.equals(e.field()) || !e.newValue().startsWith(PREFIX)) {
                continue;
            }
            String rest = e.newValue().substring(PREFIX.length());
            int space = rest.indexOf(' ');
            String id = space < 0 ? rest : rest.substring(0, space);
            if (!id.equalsIgnoreCase(uid)) {
                continue;
            }
            String who = space < 0 ? "" : rest.substring(space + 1);
            String scope = "";
            int open = who.lastIndexOf(" [");
            if (who.endsWith("]") && open >= 0) {
                scope = who.substring(open + 2, who.length() - 1);
                who = who.substring(0, open);
            } else if (who.startsWith("[") && who.endsWith("]")) {
                scope = who.substring(1, who.length() - 1);
                who = "";
            }
            found = new QuestionnaireHandout(id, e.at(), e.who(), who.strip(), scope);
        }
        return Optional.ofNullable(found);
    }
}
