package io.ccmm.questionnaire;

import io.ccmm.catalog.Language;
import io.ccmm.failure.FailureText;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** The words of the questionnaire ({@code i18n/questionnaire.properties}, {@code questionnaire_zh_CN.properties}). */
public final class QuestionnaireText {

    /** The questionnaire bundle; team and file-system failures among the arguments in their own words. */
    static final FailureText WORDS = new FailureText("i18n.questionnaire", "questionnaire.error.") {
        @Override
        protected Object word(Object arg, Locale locale) {
            if (arg instanceof TeamException e) {
                return TeamText.describe(e, locale);
            }
            if (arg instanceof Localized l) {
                return get(l.key(), locale, l.args());
            }
            if (arg instanceof AccessDeniedException) {
                return get("questionnaire.accessDenied", locale);
            }
            if (arg instanceof FileSystemException e && e.getReason() != null) {
                return e.getReason();
            }
            if (arg instanceof IOException e && e.getMessage() != null) {
                return e.getMessage();
            }
            return super.word(arg, locale);
        }
    };

    private QuestionnaireText() {}

    /** The refusal in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public static String describe(QuestionnaireException failure, Locale locale) {
        return WORDS.describe(failure, locale);
    }

    /** The text of {@code key} in {@code locale}'s language; arguments are inserted as they are. */
    public static String get(String key, Locale locale, Object... args) {
        return WORDS.get(key, locale, args);
    }

    static String get(String key, Language language, Object... args) {
        return get(key, language.locale(), args);
    }

    /** Which hand-out an import answers, in {@code locale}'s language ("not recorded" when the file has none). */
    public static String handout(java.util.Optional<QuestionnaireHandout> handout, Locale locale) {
        if (handout.isEmpty()) {
            return get("questionnaire.handout.unknown", locale);
        }
        QuestionnaireHandout h = handout.get();
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(h.at().atZone(java.time.ZoneId.systemDefault()));
        return get(
                "questionnaire.handout.matched",
                locale,
                when,
                h.by(),
                h.assessor().isBlank() ? get("questionnaire.handout.noName", locale) : h.assessor(),
                h.scope().isBlank() ? get("questionnaire.handout.allItems", locale) : h.scope());
    }

    /** An argument that is itself a text of the bundle, put into the same language as the sentence around it. */
    record Localized(String key, Object... args) {}
}
