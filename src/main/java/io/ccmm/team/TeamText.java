package io.ccmm.team;

import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.failure.FailureText;
import java.util.List;
import java.util.Locale;

/** The words of team assessments ({@code i18n/team.properties}, {@code team_zh_CN.properties}). */
public final class TeamText {

    /** The team bundle; interchange failures and lists among the arguments are put into their own words. */
    static final FailureText WORDS = new FailureText("i18n.team", "team.error.") {
        @Override
        protected Object word(Object arg, Locale locale) {
            if (arg instanceof InvalidAssessmentException e) {
                return e.describe(locale);
            }
            if (arg instanceof List<?> list) {
                return String.join(", ", list.stream().map(String::valueOf).toList());
            }
            return super.word(arg, locale);
        }
    };

    private TeamText() {}

    /** The refusal in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public static String describe(TeamException failure, Locale locale) {
        return WORDS.describe(failure, locale);
    }

    /** The text of {@code key} in {@code locale}'s language. */
    public static String get(String key, Locale locale, Object... args) {
        return WORDS.get(key, locale, args);
    }
}
